;; racket/place: places are parallel instances of the runtime, each on its own kernel
;; task (the Java module '#%place); the place forms are macros.
(module place "private/pre-base.rkt"
  (#%require (rename '#%place prim:dynamic-place dynamic-place)
             (rename '#%place prim:dynamic-place* dynamic-place*)
             (all-except '#%place dynamic-place dynamic-place*)
             (only '#%futures processor-count)
             (for-syntax '#%kernel))
  (#%provide dynamic-place dynamic-place* place-channel place-channel-put place-channel-get
             place-channel-put/get place-channel? place? place-wait place-kill place-break
             place-dead-evt place-enabled? place-message-allowed? place-location?
             prop:place-location processor-count place place* place/context)

  (define (dynamic-place module-path start-name #:at [at #f] #:named [named #f])
    (prim:dynamic-place module-path start-name))

  (define (dynamic-place* module-path start-name #:at [at #f] #:named [named #f]
                          #:in [in #f] #:out [out (current-output-port)] #:err [err (current-error-port)])
    (prim:dynamic-place* module-path start-name))

  ;; The place forms need the expander to lift the body into a submodule of the
  ;; enclosing module (syntax-local-lift-module-end-declaration), which it cannot do yet.
  (define-syntaxes (place place* place/context)
    (let-values ([(unsupported)
                  (lambda (stx)
                    (raise-syntax-error #f "not supported yet by jracket (use dynamic-place)" stx))])
      (values unsupported unsupported unsupported))))
