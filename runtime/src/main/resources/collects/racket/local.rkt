;; racket/local: (local [definition ...] body ...+)
(module local "private/pre-base.rkt"
  (require (for-syntax '#%kernel '#%stx))
  (provide local)
  ;; the definitions are spliced into an internal-definition context; the
  ;; body is nested so that it may not add definitions to that scope
  (define-syntax (local stx)
    (syntax-case stx ()
      [(_ (def ...) body1 body ...)
       (syntax (let-values () def ... (let-values () body1 body ...)))])))
