;; racket/splicing: splicing-let-syntax and friends, whose body forms are
;; spliced into the enclosing definition context (so definitions in the
;; body are visible outside, while the local bindings are not).
;;
;; In a definition context the local bindings become definitions of fresh
;; identifiers (same name, macro-introduced scope) and each occurrence of a
;; bound identifier in the body is replaced by its fresh counterpart.  In an
;; expression context the plain let-style form is used.
(module splicing '#%kernel
  (#%require "private/core-macros.rkt" "private/stxparam.rkt" (for-syntax "private/small-lists.rkt")
             (for-syntax '#%kernel '#%stx "private/core-macros.rkt"))
  (#%provide splicing-let-syntax splicing-letrec-syntax
             splicing-let-syntaxes splicing-letrec-syntaxes
             splicing-let splicing-letrec splicing-let-values splicing-letrec-values
             splicing-syntax-parameterize)

  (begin-for-syntax
    ;; replace identifiers of `from` (bound-identifier=?) by `to` in stx
    (define (subst stx from to)
      (cond
        [(identifier? stx)
         (let loop ([f from] [t to])
           (cond [(null? f) stx]
                 [(bound-identifier=? stx (car f)) (car t)]
                 [else (loop (cdr f) (cdr t))]))]
        [(syntax? stx)
         (let ([d (syntax-e stx)])
           (if (or (pair? d) (vector? d) (box? d))
               (datum->syntax stx (subst d from to) stx stx)
               stx))]
        [(pair? stx) (cons (subst (car stx) from to) (subst (cdr stx) from to))]
        [(vector? stx) (list->vector (map (lambda (x) (subst x from to)) (vector->list stx)))]
        [(box? stx) (box (subst (unbox stx) from to))]
        [else stx]))

    (define (fresh id) (datum->syntax (quote-syntax here) (syntax-e id)))

    (define (definition-context?)
      (not (eq? (syntax-local-context) 'expression)))

    ;; (kind ([(id ...) rhs] ...) body ...) in a definition context
    (define (splice stx def-form idss rhss body rec?)
      (let* ([ids (apply append idss)]
             [news (map fresh ids)]
             [rn (lambda (x) (subst x ids news))])
        (datum->syntax
         (quote-syntax here)
         (cons (quote-syntax begin)
               (append
                (map (lambda (ids rhs)
                       (list def-form (map rn ids) (if rec? (rn rhs) rhs)))
                     idss rhss)
                (map rn body)))
         stx))))

  (define-syntaxes (splicing-let-syntaxes splicing-letrec-syntaxes
                    splicing-let-values splicing-letrec-values)
    (let-values ([(make)
                  (lambda (def-form expr-form rec?)
                    (lambda (stx)
                      (syntax-case stx ()
                        [(_ ([(id ...) rhs] ...) body ...)
                         (if (definition-context?)
                             (splice stx def-form
                                     (map syntax->list (syntax->list (syntax ((id ...) ...))))
                                     (syntax->list (syntax (rhs ...)))
                                     (syntax->list (syntax (body ...)))
                                     rec?)
                             (datum->syntax (quote-syntax here)
                                            (list* expr-form (syntax ([(id ...) rhs] ...)) (syntax (body ...)))
                                            stx))])))])
      (values (make (quote-syntax define-syntaxes) (quote-syntax let-syntaxes) #f)
              (make (quote-syntax define-syntaxes) (quote-syntax letrec-syntaxes) #t)
              (make (quote-syntax define-values) (quote-syntax let-values) #f)
              (make (quote-syntax define-values) (quote-syntax letrec-values) #t))))

  (define-syntaxes (splicing-let-syntax splicing-letrec-syntax splicing-let splicing-letrec)
    (let-values ([(make)
                  (lambda (target)
                    (lambda (stx)
                      (syntax-case stx ()
                        [(_ ([id rhs] ...) body ...)
                         (datum->syntax (quote-syntax here)
                                        (list* target (syntax ([(id) rhs] ...)) (syntax (body ...)))
                                        stx)])))])
      (values (make (quote-syntax splicing-let-syntaxes))
              (make (quote-syntax splicing-letrec-syntaxes))
              (make (quote-syntax splicing-let-values))
              (make (quote-syntax splicing-letrec-values)))))

  ;; approximation: in a definition context the body is spliced and the
  ;; parameterization applies to the expressions in it
  (define-syntaxes (splicing-syntax-parameterize)
    (lambda (stx)
      (syntax-case stx ()
        [(_ binds body ...)
         (syntax (syntax-parameterize binds body ...))]))))
