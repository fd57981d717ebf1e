;; Syntax parameters (racket/stxparam): define-syntax-parameter,
;; syntax-parameterize, syntax-parameter-value.
;;
;; A syntax parameter is bound to an applicable struct (so it is a macro)
;; holding a key and its default transformer.  Each syntax-parameterize
;; binds, with letrec-syntaxes+values around its body, a fresh identifier
;; with no lexical context of its own (so only the scope of that
;; letrec-syntaxes+values is on it) to the new value, and records that
;; identifier's symbol under the parameter's key.  A use of the parameter
;; looks the recorded symbols up, most recent first, in the lexical context
;; of the use: a binding is found exactly when the use is inside that
;; syntax-parameterize's body, and the most recent one found is the
;; innermost enclosing one.  So the parameterization is lexical, as in
;; Racket: code outside the body (e.g. a function defined elsewhere) is
;; unaffected.
(module stxparam '#%kernel
  (#%require "core-macros.rkt" (for-syntax '#%kernel '#%stx "small-lists.rkt" "core-macros.rkt"))
  (#%provide define-syntax-parameter syntax-parameterize
             (for-syntax syntax-parameter-value make-syntax-parameter syntax-parameter?))

  (begin-for-syntax
    ;; fields: 0 key (symbol), 1 default transformer
    (define-values (struct:stxparam make-stxparam syntax-parameter? sp-ref sp-set!)
      (make-struct-type 'syntax-parameter #f 2 0 #f
                        (list (cons prop:procedure (lambda (self stx) (apply-param self stx))))
                        (current-inspector) #f '(0 1) #f))
    ;; the value bound by syntax-parameterize (not a procedure: not a macro)
    (define-values (struct:spval make-spval spval? spv-ref spv-set!)
      (make-struct-type 'syntax-parameter-binding #f 1 0 #f '() (current-inspector) #f '(0) #f))

    (define (make-syntax-parameter key default) (make-stxparam key default))

    ;; key -> list of binding symbols, most recent first
    (define bindings (make-hasheq))
    (define counter 0)

    (define (use-id stx)
      (if (identifier? stx) stx
          (let ([d (syntax-e stx)])
            (if (and (pair? d) (identifier? (car d))) (car d) stx))))

    (define (current-value p stx)
      (let ([ctx (use-id stx)])
        (let loop ([syms (hash-ref bindings (sp-ref p 0) '())])
          (if (null? syms)
              (sp-ref p 1)
              (let ([v (syntax-local-value (datum->syntax ctx (car syms)) (lambda () #f))])
                (if (spval? v) (spv-ref v 0) (loop (cdr syms))))))))

    ;; syntax-parameter-value : identifier -> value
    (define (syntax-parameter-value id)
      (let ([p (syntax-local-value id (lambda () #f))])
        (if (syntax-parameter? p)
            (current-value p id)
            (raise-argument-error 'syntax-parameter-value "syntax-parameter?" id))))

    (define (apply-param p stx)
      (let ([t (current-value p stx)])
        (cond
          [(rename-transformer? t)
           (let ([target (rename-transformer-target t)])
             (if (identifier? stx)
                 target
                 (datum->syntax stx (cons target (cdr (syntax-e stx))) stx stx)))]
          [(set!-transformer? t) ((set!-transformer-procedure t) stx)]
          [(procedure? t) (t stx)]
          [else (raise-syntax-error #f "bad syntax" stx)])))

    (define (new-binding-symbol! key)
      (set! counter (add1 counter))
      (let ([sym (string->symbol (format "~a:stxparam-binding:~a" key counter))])
        (hash-set! bindings key (cons sym (hash-ref bindings key '())))
        sym)))

  (define-syntaxes (define-syntax-parameter)
    (lambda (stx)
      (syntax-case stx ()
        [(_ id default)
         (identifier? (syntax id))
         (with-syntax ([key (string->symbol
                             (format "~a:~a:~a" (syntax-e (syntax id))
                                     (current-inexact-milliseconds) (random 1000000000)))])
           (syntax (define-syntaxes (id) (make-syntax-parameter 'key default))))])))

  (define-syntaxes (syntax-parameterize)
    (lambda (stx)
      (syntax-case stx ()
        [(_ ([id val] ...) body1 body ...)
         (let ([keys
                (map (lambda (id)
                       (let ([p (syntax-local-value id (lambda () #f))])
                         (unless (syntax-parameter? p)
                           (raise-syntax-error #f "not bound as a syntax parameter" stx id))
                         (syntax-local-introduce
                          (datum->syntax #f (new-binding-symbol! (sp-ref p 0))))))
                     (syntax->list (syntax (id ...))))])
           (with-syntax ([(k ...) keys])
             (syntax (letrec-syntaxes+values ([(k) (make-spval val)] ...) ()
                       body1 body ...))))]))))
