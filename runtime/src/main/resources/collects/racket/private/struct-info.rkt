;; Static struct information, as bound by `struct` / `define-struct` to the
;; struct name (see struct.rkt).  Used at compile time by struct-copy,
;; struct-out, racket/match, ... through the racket/struct-info API:
;;   (extract-struct-info v) => (list descriptor-id constructor-id predicate-id
;;                                    (accessor-id ...)   ; reversed, super's last
;;                                    (mutator-id/#f ...) ; reversed, super's last
;;                                    super-id / #t / #f)
;;
;; A struct name is also usable as an expression (the constructor), so the
;; value we bind is an applicable struct: prop:procedure makes it a syntax
;; transformer that rewrites the name to the constructor's identifier.
(module struct-info '#%kernel
  (#%provide make-struct-info struct-info? extract-struct-info
             prop:struct-info
             struct-field-info? struct-field-info-list
             make-struct-binding struct-binding-constructor)

  (define-values (prop:struct-info struct-info-prop? struct-info-prop-ref)
    (make-struct-type-property 'struct-info))

  ;; fields: 0 thunk producing the info list, 1 field names (symbols, own
  ;; fields last) or #f, 2 constructor identifier (or #f: not an expression)
  (define-values (struct:struct-binding make-binding struct-binding? sb-ref sb-set!)
    (make-struct-type 'struct-binding #f 3 0 #f
                      (list (cons prop:struct-info (lambda (v) ((sb-ref v 0))))
                            (cons prop:procedure
                                  (lambda (self stx) (expand-struct-name self stx))))
                      (current-inspector) #f '(0 1 2) #f))

  ;; plain struct info made by make-struct-info (no transformer)
  (define-values (struct:plain-info make-plain-info plain-info? pi-ref pi-set!)
    (make-struct-type 'struct-info #f 1 0 #f
                      (list (cons prop:struct-info (lambda (v) ((pi-ref v 0)))))
                      (current-inspector) #f '(0) #f))

  (define-values (make-struct-info)
    (lambda (thunk)
      (if (if (procedure? thunk) (procedure-arity-includes? thunk 0) #f)
          (make-plain-info thunk)
          (raise-argument-error 'make-struct-info "(-> list?)" thunk))))

  (define-values (make-struct-binding)
    (lambda (info-list field-names ctor-id)
      (make-binding (lambda () info-list) field-names ctor-id)))

  (define-values (struct-binding-constructor)
    (lambda (v) (if (struct-binding? v) (sb-ref v 2) #f)))

  (define-values (struct-info?)
    (lambda (v) (struct-info-prop? v)))

  (define-values (extract-struct-info)
    (lambda (v)
      (if (struct-info-prop? v)
          ((struct-info-prop-ref v) v)
          (raise-argument-error 'extract-struct-info "struct-info?" v))))

  (define-values (struct-field-info?)
    (lambda (v) (if (struct-binding? v) (if (sb-ref v 1) #t #f) #f)))
  (define-values (struct-field-info-list)
    (lambda (v)
      (if (struct-field-info? v)
          (sb-ref v 1)
          (raise-argument-error 'struct-field-info-list "struct-field-info?" v))))

  ;; the struct name used as an expression: (name arg ...) or name alone
  (define-values (expand-struct-name)
    (lambda (self stx)
      (let-values ([(ctor) (sb-ref self 2)])
        (if ctor
            (if (identifier? stx)
                ctor
                (let-values ([(d) (syntax-e stx)])
                  (if (pair? d)
                      (datum->syntax stx (cons ctor (cdr d)) stx stx)
                      (raise-syntax-error #f "bad syntax" stx))))
            (raise-syntax-error
             #f "identifier for static struct type information cannot be used as an expression"
             stx))))))
