;; racket/base's #%module-begin: the kernel's #%printing-module-begin
;; (module-level expression results are printed through print-values /
;; current-print), with `provide` forms moved to the end of the body so that
;; struct-out / all-defined-out see every definition wherever the provide
;; is written (Racket defers provides to the end of the module likewise).
(module modbeg '#%kernel
  (#%require "reqprov.rkt" (for-syntax '#%kernel '#%stx "small-lists.rkt" "core-macros.rkt"))
  (#%provide (rename printing-module-begin #%module-begin))

  (begin-for-syntax
    (define (provide-form? stx)
      (let ([d (syntax-e stx)])
        (and (pair? d) (identifier? (car d))
             (free-identifier=? (car d) (quote-syntax provide)))))

    (define (reorder forms)
      (let loop ([fs forms] [others '()] [provides '()])
        (cond [(null? fs) (append (reverse others) (reverse provides))]
              [(provide-form? (car fs)) (loop (cdr fs) others (cons (car fs) provides))]
              [else (loop (cdr fs) (cons (car fs) others) provides)]))))

  (define-syntaxes (printing-module-begin)
    (lambda (stx)
      (let ([forms (cdr (syntax->list stx))])
        (datum->syntax stx
                       (cons (quote-syntax #%printing-module-begin) (reorder forms))
                       stx stx)))))
