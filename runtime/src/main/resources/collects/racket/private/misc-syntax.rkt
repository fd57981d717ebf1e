;; Small racket/base forms that need nothing but the kernel:
;; time, define-for-syntax, syntax/loc, quasisyntax/loc, syntax-id-rules, set!-values,
;; #%top-interaction.
(module misc-syntax '#%kernel
  ;; '#%stx at phase 0 too: syntax/loc expands into (syntax tmpl) where it is used, which is
  ;; usually a transformer, that is, this module's phase 0 seen from the user's phase 1
  (#%require "core-macros.rkt" '#%breaks '#%stx (for-syntax '#%kernel '#%stx "small-lists.rkt"))
  (#%provide time define-for-syntax define-values-for-syntax
             syntax/loc quasisyntax/loc syntax-id-rules
             #%top-interaction parameterize-break set!-values)

  ;; the body runs with a fresh break-enabled cell; a pending break is raised on entry
  ;; if that enables breaks (after the body, at the thread's next check, as in Racket)
  (define-syntaxes (parameterize-break)
    (lambda (stx)
      (syntax-case stx ()
        [(_ on? body1 body ...)
         (syntax (with-continuation-mark break-enabled-key (make-break-cell on?)
                   (begin (check-for-break) (let-values () body1 body ...))))])))

;; (set!-values (id ...) e): e's values assigned to the ids in order. One id is a plain set!;
  ;; otherwise let-values takes the values first, so a count mismatch is its error, as Racket's.
  (define-syntaxes (set!-values)
    (lambda (stx)
      (syntax-case stx ()
        [(_ (id ...) e)
         (let-values ([(ids) (syntax->list (syntax (id ...)))])
           (for-each (lambda (id) (if (identifier? id) (void) (raise-syntax-error #f "not an identifier" stx id))) ids)
           (if (if (pair? ids) (null? (cdr ids)) #f)
               (datum->syntax (quote-syntax here) (list (quote-syntax set!) (car ids) (syntax e)) stx)
               (let-values ([(tmps) (generate-temporaries ids)])
                 (datum->syntax
                  (quote-syntax here)
                  (list (quote-syntax let-values) (list (list tmps (syntax e)))
                        (cons (quote-syntax begin)
                              (append (map (lambda (id t) (list (quote-syntax set!) id t)) ids tmps)
                                      (list (list (quote-syntax void))))))
                  stx))))])))

  ;; (time e) prints "cpu time: N real time: N gc time: N" and returns e's values
  (define-syntaxes (time)
    (lambda (stx)
      (syntax-case stx ()
        [(_ e1 e ...) (syntax (time-thunk (lambda () e1 e ...)))])))

  (define-values (time-thunk)
    (lambda (thunk)
      (let-values ([(cpu0) (current-process-milliseconds)]
                   [(real0) (current-inexact-milliseconds)]
                   [(gc0) (current-gc-milliseconds)])
        (call-with-values
         thunk
         (lambda results
           (let-values ([(cpu1) (current-process-milliseconds)]
                        [(real1) (current-inexact-milliseconds)]
                        [(gc1) (current-gc-milliseconds)])
             (printf "cpu time: ~a real time: ~a gc time: ~a\n"
                     (- cpu1 cpu0)
                     (inexact->exact (round (- real1 real0)))
                     (- gc1 gc0))
             (apply values results)))))))

  (define-syntaxes (define-for-syntax)
    (lambda (stx)
      (syntax-case stx ()
        [(_ (id . formals) body1 body ...)
         (identifier? (syntax id))
         (syntax (begin-for-syntax (define-values (id) (lambda formals body1 body ...))))]
        [(_ id e)
         (syntax (begin-for-syntax (define-values (id) e)))])))

  (define-syntaxes (define-values-for-syntax)
    (lambda (stx)
      (syntax-case stx ()
        [(_ (id ...) e)
         (syntax (begin-for-syntax (define-values (id ...) e)))])))

  ;; syntax/loc: a syntax template whose outermost syntax object gets the
  ;; source location of `loc`
  (define-syntaxes (syntax/loc)
    (lambda (stx)
      (syntax-case stx ()
        [(_ loc tmpl)
         (syntax (relocate-syntax (syntax tmpl) loc))])))
  (define-syntaxes (quasisyntax/loc)
    (lambda (stx)
      (syntax-case stx ()
        [(_ loc tmpl)
         (syntax (relocate-syntax (quasisyntax tmpl) loc))])))
  ;; at phase 0: the expansion of syntax/loc calls it at the phase syntax/loc is used in
  (define-values (relocate-syntax)
    (lambda (r loc)
      (if (if (syntax? r) (pair? (syntax-e r)) #f)
          (datum->syntax r (syntax-e r) loc r)
          r)))

  ;; syntax-id-rules: a set!-transformer made of syntax-rules clauses
  (define-syntaxes (syntax-id-rules)
    (lambda (stx)
      (syntax-case stx ()
        [(_ lits clause ...)
         (syntax (make-set!-transformer (syntax-rules lits clause ...)))])))

  (define-syntaxes (#%top-interaction)
    (lambda (stx)
      (let-values ([(d) (syntax-e stx)])
        (datum->syntax stx (cdr d) stx)))))
