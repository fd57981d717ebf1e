;; racket/base's #%module-begin: like the kernel's, but the results of
;; module-level expressions are printed (print-values calls current-print
;; on each value; current-print skips void), and `provide` forms are moved
;; to the end of the body so that struct-out / all-defined-out see every
;; definition wherever the provide is written.
;;
;; Which forms are expressions is only known after partial expansion, so
;; each body form goes through `wrap-form`, which local-expands it up to a
;; core form: definitions, requires, submodules, ... are left alone, `begin`
;; is spliced (each element wrapped again), anything else is an expression
;; and gets wrapped in the printing call.
(module modbeg '#%kernel
  (#%require "reqprov.rkt" (for-syntax '#%kernel '#%stx "core-macros.rkt"))
  (#%provide (rename printing-module-begin #%module-begin)
             #%printing-module-begin)

  (begin-for-syntax
    (define stop-list
      (list (quote-syntax begin) (quote-syntax begin0)
            (quote-syntax define-values) (quote-syntax define-syntaxes)
            (quote-syntax begin-for-syntax) (quote-syntax #%require) (quote-syntax #%provide)
            (quote-syntax module) (quote-syntax module*) (quote-syntax module+)
            (quote-syntax #%declare)
            (quote-syntax #%expression) (quote-syntax if) (quote-syntax let-values)
            (quote-syntax letrec-values) (quote-syntax letrec-syntaxes+values)
            (quote-syntax set!) (quote-syntax quote) (quote-syntax quote-syntax)
            (quote-syntax with-continuation-mark) (quote-syntax #%app) (quote-syntax #%top)
            (quote-syntax lambda) (quote-syntax case-lambda) (quote-syntax #%variable-reference)
            (quote-syntax #%datum)))

    (define (head-is? stx id)
      (let ([d (syntax-e stx)])
        (and (pair? d) (identifier? (car d)) (free-identifier=? (car d) id))))

    ;; provide forms last
    (define (reorder forms)
      (let loop ([fs forms] [others '()] [provides '()])
        (cond [(null? fs) (append (reverse others) (reverse provides))]
              [(head-is? (car fs) (quote-syntax provide))
               (loop (cdr fs) others (cons (car fs) provides))]
              [else (loop (cdr fs) (cons (car fs) others) provides)]))))

  (define-syntaxes (printing-module-begin #%printing-module-begin)
    (let-values ([(mb)
                  (lambda (stx)
                    (let ([forms (cdr (syntax->list stx))])
                      (datum->syntax
                       stx
                       (cons (quote-syntax #%module-begin)
                             (map (lambda (f) (list (quote-syntax wrap-form) f))
                                  (reorder forms)))
                       stx stx)))])
      (values mb mb)))

  (define-syntaxes (wrap-form)
    (lambda (stx)
      (let* ([form (cadr (syntax->list stx))]
             [e (local-expand form 'module stop-list)])
        (cond
          [(head-is? e (quote-syntax begin))
           (datum->syntax
            e
            (cons (quote-syntax begin)
                  (map (lambda (f) (list (quote-syntax wrap-form) f))
                       (cdr (syntax->list e))))
            e)]
          [(ormap (lambda (id) (head-is? e id))
                  (list (quote-syntax define-values) (quote-syntax define-syntaxes)
                        (quote-syntax begin-for-syntax) (quote-syntax #%require)
                        (quote-syntax #%provide) (quote-syntax module)
                        (quote-syntax module*) (quote-syntax module+)
                        (quote-syntax #%declare)))
           e]
          [else
           (datum->syntax
            (quote-syntax here)
            (list (quote-syntax #%app) (quote-syntax call-with-values)
                  (list (quote-syntax lambda) '() e)
                  (quote-syntax print-values))
            e)])))))
