;; Layer 1 of racket/base's syntax: the everyday derived forms, written
;; directly on '#%kernel.
;;
;; Every macro here expands to kernel forms in ONE step (the expansion of
;; `define`, `let`, `cond`, ... is on the hot path of every program and of
;; racket/base itself), and the transformers use nothing but kernel forms at
;; phase 1, so this module is the bottom of the layering.  Higher layers
;; import it `for-syntax` to get a comfortable phase-1 language.
;;
;; `define` here is the simple one (no optional/keyword arguments); kw.rkt
;; defines the final `define`/`lambda` on top of it.
(module core-macros '#%kernel
  (#%require (for-syntax '#%kernel '#%stx "small-lists.rkt"))

  (#%provide let let* letrec let*-values
             and or when unless cond case else =>
             define define-syntax define-syntax-rule
             do let/ec let/cc
             let-syntax letrec-syntax let-syntaxes letrec-syntaxes)

  ;; ------------------------------------------------------------------
  ;; phase-1 helpers (kernel only)
  (begin-for-syntax
    ;; all-identifiers? : syntax-list -> boolean
    (define-values (all-ids?)
      (lambda (l)
        (if (null? l) #t
            (if (identifier? (car l)) (all-ids? (cdr l)) #f))))
    ;; check that a binding list is ([id expr] ...) and report like Racket
    (define-values (check-bindings)
      (lambda (who stx bindings)
        (let-values ([(l) (syntax->list bindings)])
          (if l
              (for-each
               (lambda (b)
                 (let-values ([(p) (syntax->list b)])
                   (if (if p (if (= (length p) 2) (identifier? (car p)) #f) #f)
                       (void)
                       (raise-syntax-error
                        #f
                        (if (if p (= (length p) 2) #f)
                            "not an identifier"
                            "bad syntax (not an identifier and expression for a binding)")
                        stx (if (if p (= (length p) 2) #f) (car p) b)))))
               l)
              (raise-syntax-error #f "bad syntax (not a sequence of identifier--expression bindings)"
                                  stx bindings))))))

  ;; ------------------------------------------------------------------
  ;; let family

  ;; (let ([x e] ...) body ...+) and named let.
  ;; Named let is ((letrec ([name (lambda (x ...) body ...)]) name) e ...),
  ;; which keeps the init expressions outside the scope of `name`.
  (define-syntaxes (let)
    (lambda (stx)
      (syntax-case stx ()
        [(_ name ([x e] ...) body1 body ...)
         (identifier? (syntax name))
         (syntax ((letrec-values ([(name) (lambda (x ...) body1 body ...)]) name) e ...))]
        [(_ ([x e] ...) body1 body ...)
         (syntax (let-values ([(x) e] ...) body1 body ...))]
        [(_ name bindings . _)
         (identifier? (syntax name))
         (begin (check-bindings 'let stx (syntax bindings))
                (raise-syntax-error #f "bad syntax (missing body)" stx))]
        [(_ bindings . _)
         (begin (check-bindings 'let stx (syntax bindings))
                (raise-syntax-error #f "bad syntax (missing body)" stx))])))

  (define-syntaxes (let*)
    (lambda (stx)
      (syntax-case stx ()
        [(_ () body1 body ...)
         (syntax (let-values () body1 body ...))]
        [(_ ([x e]) body1 body ...)
         (syntax (let-values ([(x) e]) body1 body ...))]
        [(_ ([x e] . rest) body1 body ...)
         (syntax (let-values ([(x) e]) (let* rest body1 body ...)))])))

  (define-syntaxes (letrec)
    (lambda (stx)
      (syntax-case stx ()
        [(_ ([x e] ...) body1 body ...)
         (syntax (letrec-values ([(x) e] ...) body1 body ...))])))

  (define-syntaxes (let*-values)
    (lambda (stx)
      (syntax-case stx ()
        [(_ () body1 body ...)
         (syntax (let-values () body1 body ...))]
        [(_ (b) body1 body ...)
         (syntax (let-values (b) body1 body ...))]
        [(_ (b . rest) body1 body ...)
         (syntax (let-values (b) (let*-values rest body1 body ...)))])))

  ;; local macros: the kernel only has letrec-syntaxes+values.  The
  ;; non-recursive variants evaluate the transformers outside the scope of
  ;; the new names by binding them to fresh compile-time aliases first.
  (define-syntaxes (letrec-syntaxes)
    (lambda (stx)
      (syntax-case stx ()
        [(_ ([(id ...) e] ...) body1 body ...)
         (syntax (letrec-syntaxes+values ([(id ...) e] ...) () body1 body ...))])))
  (define-syntaxes (letrec-syntax)
    (lambda (stx)
      (syntax-case stx ()
        [(_ ([id e] ...) body1 body ...)
         (syntax (letrec-syntaxes+values ([(id) e] ...) () body1 body ...))])))
  ;; let-syntax: the right-hand sides must not see the new bindings.  We
  ;; evaluate them in an outer letrec-syntaxes+values under temporary names
  ;; (introduced by this macro, so invisible to user code) and bind the user
  ;; names, in an inner scope, as rename transformers to those.
  (begin-for-syntax
    (define-values (temp-counter) 0)
    ;; fresh-looking identifiers; the macro-introduction scope makes them
    ;; private to one expansion, the counter only helps debugging
    (define-values (make-temps)
      (lambda (ids)
        (map (lambda (id)
               (set! temp-counter (add1 temp-counter))
               (datum->syntax (quote-syntax here)
                              (string->symbol (string-append "tmp-" (number->string temp-counter)))))
             (syntax->list ids)))))
  (define-syntaxes (let-syntaxes)
    (lambda (stx)
      (syntax-case stx ()
        [(_ ([(id ...) e] ...) body1 body ...)
         (let-values ([(tmps) (map make-temps
                                   (syntax->list (syntax ((id ...) ...))))])
           (with-syntax ([((tmp ...) ...) tmps])
             (syntax (letrec-syntaxes+values ([(tmp ...) e] ...) ()
                       (letrec-syntaxes+values ([(id) (make-rename-transformer (quote-syntax tmp))] ... ...) ()
                         body1 body ...)))))])))
  (define-syntaxes (let-syntax)
    (lambda (stx)
      (syntax-case stx ()
        [(_ ([id e] ...) body1 body ...)
         (syntax (let-syntaxes ([(id) e] ...) body1 body ...))])))

  ;; ------------------------------------------------------------------
  ;; and / or / when / unless

  (define-syntaxes (and)
    (lambda (stx)
      (syntax-case stx ()
        [(_) (syntax #t)]
        [(_ e) (syntax e)]
        [(_ e . rest) (syntax (if e (and . rest) #f))])))

  (define-syntaxes (or)
    (lambda (stx)
      (syntax-case stx ()
        [(_) (syntax #f)]
        [(_ e) (syntax e)]
        [(_ e . rest) (syntax (let-values ([(t) e]) (if t t (or . rest))))])))

  (define-syntaxes (when)
    (lambda (stx)
      (syntax-case stx ()
        [(_ test body1 body ...)
         (syntax (if test (let-values () body1 body ...) (void)))])))

  (define-syntaxes (unless)
    (lambda (stx)
      (syntax-case stx ()
        [(_ test body1 body ...)
         (syntax (if test (void) (let-values () body1 body ...)))])))

  ;; ------------------------------------------------------------------
  ;; cond / case, with their auxiliary keywords

  (define-syntaxes (else =>)
    (let-values ([(aux) (lambda (stx)
                          (raise-syntax-error #f "not allowed as an expression" stx))])
      (values aux aux)))

  ;; Clause bodies are (let-values () ...) so they may contain definitions,
  ;; as in Racket.
  (define-syntaxes (cond)
    (lambda (stx)
      (syntax-case stx (else =>)
        [(_) (syntax (void))]
        [(_ [else body1 body ...])
         (syntax (let-values () body1 body ...))]
        [(_ [else . _] . _)
         (raise-syntax-error #f "`else' clause must be last" stx (car (cdr (syntax->list stx))))]
        [(_ [test => f] . rest)
         (syntax (let-values ([(t) test]) (if t (f t) (cond . rest))))]
        [(_ [test] . rest)
         (syntax (let-values ([(t) test]) (if t t (cond . rest))))]
        [(_ [test body1 body ...] . rest)
         (syntax (if test (let-values () body1 body ...) (cond . rest)))]
        [(_ bad . _)
         (raise-syntax-error #f "bad syntax (clause is not a test-value pair)" stx (syntax bad))])))

  ;; case compares with equal? (Racket 8 semantics).  Datums that are
  ;; eqv?-comparable use memv/eqv? (cheap); others use equal?.
  (begin-for-syntax
    (define-values (eqv-datum?)
      (lambda (d)
        (if (symbol? d) #t
            (if (number? d) #t
                (if (char? d) #t
                    (if (boolean? d) #t
                        (if (keyword? d) #t (null? d))))))))
    (define-values (case-test)
      (lambda (t-id datums)
        (let-values ([(ds) (map syntax->datum (syntax->list datums))])
          (if (andmap eqv-datum? ds)
              (if (if (pair? ds) (null? (cdr ds)) #f)
                  (list (quote-syntax eqv?) t-id (list (quote-syntax quote) (car ds)))
                  (list (quote-syntax memv) t-id (list (quote-syntax quote) ds)))
              (list (quote-syntax member) t-id (list (quote-syntax quote) ds)))))))

  (define-syntaxes (case)
    (lambda (stx)
      (syntax-case stx ()
        [(_ v clause ...)
         (syntax (let-values ([(t) v]) (case/t t clause ...)))])))

  (define-syntaxes (case/t)
    (lambda (stx)
      (syntax-case stx (else =>)
        [(_ t) (syntax (void))]
        [(_ t [else => f]) (syntax (f t))]
        [(_ t [else body1 body ...]) (syntax (let-values () body1 body ...))]
        [(_ t [(d ...) => f] . rest)
         (with-syntax ([test (datum->syntax (quote-syntax here) (case-test (syntax t) (syntax (d ...))))])
           (syntax (if test (f t) (case/t t . rest))))]
        [(_ t [(d ...) body1 body ...] . rest)
         (with-syntax ([test (datum->syntax (quote-syntax here) (case-test (syntax t) (syntax (d ...))))])
           (syntax (if test (let-values () body1 body ...) (case/t t . rest))))]
        [(_ t bad . _)
         (raise-syntax-error 'case "bad syntax (not a datum sequence)" (syntax bad))])))

  ;; ------------------------------------------------------------------
  ;; do

  (define-syntaxes (do)
    (lambda (stx)
      (syntax-case stx ()
        [(_ ([var init step ...] ...) (test res ...) command ...)
         (with-syntax ([(step-e ...)
                        (map (lambda (v s)
                               (let-values ([(sl) (syntax->list s)])
                                 (if (null? sl) v
                                     (if (null? (cdr sl)) (car sl)
                                         (raise-syntax-error #f "bad syntax (multiple step expressions)" stx s)))))
                             (syntax->list (syntax (var ...)))
                             (syntax->list (syntax ((step ...) ...))))])
           (syntax (letrec-values ([(doloop)
                                    (lambda (var ...)
                                      (if test
                                          (begin (void) res ...)
                                          (begin command ... (doloop step-e ...))))])
                     (doloop init ...))))])))

  ;; ------------------------------------------------------------------
  ;; define / define-syntax (basic shapes; kw.rkt adds optional/keyword args)

  (define-syntaxes (define)
    (lambda (stx)
      (syntax-case stx ()
        [(_ id e)
         (identifier? (syntax id))
         (syntax (define-values (id) e))]
        [(_ id)
         (identifier? (syntax id))
         (raise-syntax-error #f "bad syntax (missing expression after identifier)" stx)]
        [(_ (id . formals) body1 body ...)
         (identifier? (syntax id))
         (syntax (define-values (id) (lambda formals body1 body ...)))]
        [(_ ((head . formals1) . formals) body1 body ...)
         (syntax (define (head . formals1) (lambda formals body1 body ...)))])))

  (define-syntaxes (define-syntax)
    (lambda (stx)
      (syntax-case stx ()
        [(_ id e)
         (identifier? (syntax id))
         (syntax (define-syntaxes (id) e))]
        [(_ (id . formals) body1 body ...)
         (identifier? (syntax id))
         (syntax (define-syntaxes (id) (lambda formals body1 body ...)))]
        [(_ ((head . formals1) . formals) body1 body ...)
         (syntax (define-syntax (head . formals1) (lambda formals body1 body ...)))])))

  (define-syntaxes (define-syntax-rule)
    (lambda (stx)
      (syntax-case stx ()
        [(_ (name . pattern) template)
         (identifier? (syntax name))
         (syntax (define-syntaxes (name)
                   (syntax-rules () [(_ . pattern) template])))])))

  ;; ------------------------------------------------------------------
  ;; escapes

  (define-syntaxes (let/ec)
    (lambda (stx)
      (syntax-case stx ()
        [(_ k body1 body ...)
         (syntax (call-with-escape-continuation (lambda (k) body1 body ...)))])))

  (define-syntaxes (let/cc)
    (lambda (stx)
      (syntax-case stx ()
        [(_ k body1 body ...)
         (syntax (call-with-current-continuation (lambda (k) body1 body ...)))]))))
