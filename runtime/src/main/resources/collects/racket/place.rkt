;; racket/place: places are parallel instances of the runtime, each on its own kernel
;; task (the Java module '#%place); the place forms are macros.
(module place "private/pre-base.rkt"
  (#%require (rename '#%place prim:dynamic-place dynamic-place)
             (rename '#%place prim:dynamic-place* dynamic-place*)
             (all-except '#%place dynamic-place dynamic-place*)
             (only '#%futures processor-count)
             (for-syntax "private/pre-base.rkt" '#%stx))
  (#%provide dynamic-place dynamic-place* place-channel place-channel-put place-channel-get
             place-channel-put/get place-channel? place? place-wait place-kill place-break
             place-dead-evt place-enabled? place-message-allowed? place-location?
             prop:place-location processor-count place place* place/context)

  (define (dynamic-place module-path start-name #:at [at #f] #:named [named #f])
    (prim:dynamic-place module-path start-name))

  (define (dynamic-place* module-path start-name #:at [at #f] #:named [named #f]
                          #:in [in #f] #:out [out (current-output-port)] #:err [err (current-error-port)])
    (prim:dynamic-place* module-path start-name))

;; (place ch body ...): the body becomes the `main` function of a submodule
  ;; (module* place-body-N #f ...) lifted to the end of the enclosing module; the new
  ;; place requires that submodule, which instantiates the enclosing module again there
  ;; (but not its main submodule) and runs main with the place's channel end.
  (define (start-place vr name dynamic)
    (let* ([mn (#%variable-reference-module-name vr)]
           [root (if (pair? mn) (car mn) mn)]
           [subs (if (pair? mn) (cdr mn) '())])
      (unless root (raise-arguments-error 'place "only allowed in a module"))
      (dynamic (list* 'submod
                      (if (path? root) (list 'file (path->string root)) (list 'quote root))
                      (append subs (list name)))
               'main)))

  (define (place*-values p) (values p #f #f #f))

  (begin-for-syntax
    (define counter 0)

    ;; lifts (module* place-body-N #f (#%provide main) (define (main ch) body ...)); returns its name
    (define (lift-place-body stx ch body)
      (set! counter (add1 counter))
      (let ([name (datum->syntax stx (string->symbol (format "place-body-~a" counter)))])
        (syntax-local-lift-module-end-declaration
         (with-syntax ([name name] [ch ch] [(body ...) body])
           (syntax (module* name #f (#%provide main) (define (main ch) body ...)))))
        name))

    (define (check-channel stx ch)
      (unless (identifier? ch) (raise-syntax-error #f "expected an identifier for the channel" stx ch)))

    ;; identifiers of the body bound as local variables where the form is used
    (define (free-locals body)
      (let loop ([x body] [acc '()])
        (cond
          [(syntax? x)
           (if (identifier? x)
               (if (and (eq? (identifier-binding x) 'lexical)
                        (not (ormap (lambda (y) (free-identifier=? x y)) acc)))
                   (cons x acc)
                   acc)
               (loop (syntax-e x) acc))]
          [(pair? x) (loop (cdr x) (loop (car x) acc))]
          [(vector? x) (loop (vector->list x) acc)]
          [else acc])))

    ;; (#:kw val ...) before the channel: skipped (standard ports are the creator's)
    (define (skip-keywords l)
      (if (and (pair? l) (keyword? (syntax-e (car l))) (pair? (cdr l)))
          (skip-keywords (cddr l))
          l)))

  (define-syntaxes (place)
    (lambda (stx)
      (syntax-case stx ()
        [(_ ch body ...)
         (begin
           (check-channel stx #'ch)
           (with-syntax ([name (lift-place-body stx #'ch (syntax->list #'(body ...)))])
             (syntax (start-place (#%variable-reference) 'name prim:dynamic-place))))])))

  (define-syntaxes (place*)
    (lambda (stx)
      (let ([l (skip-keywords (cdr (syntax->list stx)))])
        (check-channel stx (car l))
        (with-syntax ([name (lift-place-body stx (car l) (cdr l))])
          (syntax (place*-values (start-place (#%variable-reference) 'name prim:dynamic-place)))))))

  ;; place/context: the body's free local variables are sent to the new place first.
  (define-syntaxes (place/context)
    (lambda (stx)
      (syntax-case stx ()
        [(_ ch body ...)
         (begin
           (check-channel stx #'ch)
           (let ([vars (reverse (free-locals #'(body ...)))])
             (with-syntax ([(v ...) vars]
                           [(i ...) (let loop ([n 0] [vs vars]) (if (null? vs) '() (cons n (loop (add1 n) (cdr vs)))))])
               (syntax
                 (let ([p (place ch (let ([vals (place-channel-get ch)])
                                      (let ([v (vector-ref vals i)] ...) body ...)))])
                   (place-channel-put p (vector v ...))
                   p)))))]))))
