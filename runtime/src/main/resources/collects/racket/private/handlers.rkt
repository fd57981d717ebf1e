;; with-handlers, with-handlers*, parameterize, parameterize*.
;;
;; with-handlers installs (through the exception-handler-key continuation
;; mark, which `raise` consults) a handler that escapes to a prompt around
;; the body; the predicates are then tried in order in the context of the
;; with-handlers form, and the first match's handler is called there.  If no
;; predicate matches, the exception is re-raised from that context, so it
;; reaches the enclosing handlers.
(module handlers '#%kernel
  (#%require "core-macros.rkt" '#%breaks (for-syntax '#%kernel '#%stx "small-lists.rkt"))
  (#%provide with-handlers with-handlers* parameterize parameterize*
             call-handled-body)

  (define-values (handler-prompt-key) (make-continuation-prompt-tag 'with-handlers))

  (define-values (call-handled-body)
    (lambda (handlers body-thunk)
      (call-with-continuation-prompt
       (lambda ()
         (with-continuation-mark exception-handler-key
           (lambda (e) (abort-current-continuation handler-prompt-key e))
           (body-thunk)))
       handler-prompt-key
       (lambda (e) (select-handler e handlers)))))

  ;; handlers: list of (predicate . handler); as in Racket, the handler runs with
  ;; breaks disabled
  (define-values (select-handler)
    (lambda (e handlers)
      (if (null? handlers)
          (raise e #t)
          (if ((caar handlers) e)
              (with-continuation-mark break-enabled-key (make-break-cell #f)
                ((cdar handlers) e))
              (select-handler e (cdr handlers))))))

  (define-syntaxes (with-handlers with-handlers*)
    (let-values ([(expand)
                  (lambda (stx)
                    (syntax-case stx ()
                      [(_ () body1 body ...)
                       (syntax (let-values () body1 body ...))]
                      [(_ ([pred handler] ...) body1 body ...)
                       (syntax (call-handled-body (list (cons pred handler) ...)
                                                  (lambda () body1 body ...)))]))])
      (values expand expand)))

  ;; parameterize: one new parameterization for all the parameters
  (define-syntaxes (parameterize)
    (lambda (stx)
      (syntax-case stx ()
        [(_ () body1 body ...)
         (syntax (let-values () body1 body ...))]
        [(_ ([param val] ...) body1 body ...)
         (with-syntax ([(pv ...) (apply append (map list
                                                    (syntax->list (syntax (param ...)))
                                                    (syntax->list (syntax (val ...)))))])
           (syntax (with-continuation-mark parameterization-key
                     (extend-parameterization (current-parameterization)
                                              pv ...)
                     (let-values () body1 body ...))))])))

  (define-syntaxes (parameterize*)
    (lambda (stx)
      (syntax-case stx ()
        [(_ () body1 body ...)
         (syntax (let-values () body1 body ...))]
        [(_ ([param val] . rest) body1 body ...)
         (syntax (parameterize ([param val]) (parameterize* rest body1 body ...)))]))))
