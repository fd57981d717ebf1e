#lang racket/base
;; racket/generic: generic interfaces (Racket 8.7's define-generics, define/generic,
;; raise-support-error), written for JRacket.
;;
;; (define-generics NAME method-spec ... option ...) defines a struct-type property whose value
;; is a method table: a vector holding, for each method in declaration order, the instance's
;; implementation or #f. An instance's table is found by trying the #:fast-defaults
;; predicates, then the property, then the #:defaults predicates. A method procedure has the
;; formals of its declaration (so arity errors are the usual ones); it looks up the table of
;; its NAME argument and calls the implementation, else the #:fallbacks one, else raises
;; exn:fail:support ("not implemented for"); a value without a table is a contract violation
;; worded as Racket's.
;;
;; gen:NAME is bound to static info, a vector #(jracket-generic-info expand), which the
;; struct form (racket/private/struct.rkt) recognises in #:methods: (expand gen defs) turns a
;; #:methods body into the property (and #:derive-property) pairs for the struct type. A
;; method table is built from definitions by `table-expr`: the body's definitions are local
;; (so methods calling each other reach the local implementations), define/generic binds a
;; name to the generic method itself, and methods not defined get #f.
;; Not provided: generic-instance/c, NAME/c, #:requires, impersonate-generics and friends.
(require (for-syntax racket/base))
(provide define-generics define/generic raise-support-error)

;; ---- run time ------------------------------------------------------------------------------

;; the value of an optional argument the caller did not supply
(define unsupplied (string->uninterned-symbol "default-arg"))

(define (raise-support-error name v)
  (raise (exn:fail:support (format "~a: not implemented for ~e" name v)
                           (current-continuation-marks))))

(define (ordinal n)
  (string-append (number->string n)
                 (cond [(memv (modulo n 100) '(11 12 13)) "th"]
                       [(= (modulo n 10) 1) "st"]
                       [(= (modulo n 10) 2) "nd"]
                       [(= (modulo n 10) 3) "rd"]
                       [else "th"])))

;; others: list of (label . value); label #f marks the rest arguments
(define (generic-arg-error who pred-name pos v others)
  (raise (exn:fail:contract
          (apply string-append
                 (format "~a: contract violation:\n  expected: ~a\n  given: ~e\n  argument position: ~a"
                         who pred-name v (ordinal pos))
                 (map (lambda (o)
                        (if (car o)
                            (format "\n  ~a: ~e" (car o) (cdr o))
                            (format "\n  rest args: ~e" (cdr o))))
                      others))
          (current-continuation-marks))))

;; kvs: list of (keyword . value) in keyword<? order, unsupplied ones included
(define (apply/keywords f kvs pos)
  (let ([kvs (let loop ([l kvs])
               (cond [(null? l) '()]
                     [(eq? (cdar l) unsupplied) (loop (cdr l))]
                     [else (cons (car l) (loop (cdr l)))]))])
    (if (null? kvs)
        (apply f pos)
        (keyword-apply f (map car kvs) (map cdr kvs) pos))))

(define (table-or-error who pred-name lookup v)
  (or (lookup v) (generic-arg-error who pred-name 1 v '())))

;; ---- compile time --------------------------------------------------------------------------

(begin-for-syntax
  ;; definitions -> (let ([tmp generic-method] ...) (let () def ... (vector impl-or-#f ...)))
  (define (table-expr stx methods defs)
    (let* ([tmps (generate-temporaries methods)]
           [method-syms (map syntax-e methods)]
           [defined '()]
           [defs
            (map (lambda (d)
                   (syntax-case d ()
                     [(head local m)
                      (and (identifier? #'head) (eq? (syntax-e #'head) 'define/generic))
                      (begin
                        (unless (and (identifier? #'local) (identifier? #'m))
                          (raise-syntax-error 'define/generic "bad syntax" d))
                        (let loop ([ms method-syms] [ts tmps])
                          (cond [(null? ms)
                                 (raise-syntax-error 'define/generic
                                                     (format "~a is not a method of the generic interface"
                                                             (syntax-e #'m))
                                                     d #'m)]
                                [(eq? (car ms) (syntax-e #'m))
                                 (quasisyntax/loc d (define local #,(car ts)))]
                                [else (loop (cdr ms) (cdr ts))])))]
                     [(head name . _)
                      (and (identifier? #'head) (eq? (syntax-e #'head) 'define))
                      (let find ([n #'name])
                        (syntax-case n ()
                          [id (identifier? #'id) (set! defined (cons #'id defined))]
                          [(inner . _) (find #'inner)]
                          [_ (void)])
                        d)]
                     [_ d]))
                 defs)]
           [impls (map (lambda (m)
                         (let loop ([ds defined])
                           (cond [(null? ds) #'#f]
                                 [(eq? (syntax-e (car ds)) (syntax-e m)) (car ds)]
                                 [else (loop (cdr ds))])))
                       methods)])
      (with-syntax ([(tmp ...) tmps] [(m ...) methods] [(def ...) defs] [(impl ...) impls])
        #'(let ([tmp m] ...)
            (let ()
              def ...
              (vector impl ...))))))

  ;; #:methods gen:NAME [def ...] in a struct form -> list of (property value) syntax pairs
  (define (struct-methods prop methods derived)
    (lambda (gen defs)
      (cons (list prop (table-expr gen (syntax->list methods) defs))
            (map syntax->list (syntax->list derived)))))

  ;; a method declaration -> (values positional kws rest) where positional is a list of
  ;; (id . optional?), kws a list of (keyword id optional?) in declaration order, rest an id or #f
  (define (parse-formals stx formals)
    (let loop ([f formals] [pos '()] [kws '()] [seen-opt #f])
      (syntax-case f ()
        [() (values (reverse pos) (reverse kws) #f)]
        [rest (identifier? #'rest) (values (reverse pos) (reverse kws) #'rest)]
        [(kw arg . more)
         (keyword? (syntax-e #'kw))
         (syntax-case #'arg ()
           [id (identifier? #'id) (loop #'more pos (cons (list (syntax-e #'kw) #'id #f) kws) seen-opt)]
           [(id) (identifier? #'id) (loop #'more pos (cons (list (syntax-e #'kw) #'id #t) kws) seen-opt)]
           [_ (raise-syntax-error #f "bad keyword argument" stx #'arg)])]
        [(id . more)
         (identifier? #'id)
         (if seen-opt
             (raise-syntax-error #f "required argument after optional argument" stx #'id)
             (loop #'more (cons (cons #'id #f) pos) kws #f))]
        [((id) . more)
         (identifier? #'id)
         (loop #'more (cons (cons #'id #t) pos) kws #t)]
        [_ (raise-syntax-error #f "bad method declaration" stx f)])))

  ;; (keyword . tmp) pairs in keyword<? order, as keyword-apply wants them
  (define (sorted-kw-pairs kws tmps)
    (sort (map (lambda (k t) (cons (car k) t)) kws tmps)
          (lambda (a b) (keyword<? (car a) (car b)))))

  ;; the definition of one generic method
  (define (method-def stx name-sym pred-id lookup fallbacks index decl)
    (syntax-case decl ()
      [(m . formals)
       (identifier? #'m)
       (let-values ([(pos kws rest) (parse-formals stx #'formals)])
         (let* ([self-index (let loop ([p pos] [i 0])
                              (cond [(null? p)
                                     (raise-syntax-error #f
                                                         (format "no argument named ~a in the method declaration" name-sym)
                                                         stx decl)]
                                    [(eq? (syntax-e (caar p)) name-sym)
                                     (when (cdar p)
                                       (raise-syntax-error #f "the generic argument must not be optional" stx decl))
                                     i]
                                    [else (loop (cdr p) (add1 i))]))]
                [pos-tmps (generate-temporaries (map car pos))]
                [kw-tmps (generate-temporaries (map cadr kws))]
                [rest-tmp (and rest (car (generate-temporaries (list rest))))]
                [self (list-ref pos-tmps self-index)]
                [formals*
                 (append
                  (apply append
                         (map (lambda (p t) (if (cdr p) (list #`[#,t unsupplied]) (list t))) pos pos-tmps))
                  (apply append
                         (map (lambda (k t)
                                (list (car k) (if (caddr k) #`[#,t unsupplied] t)))
                              kws kw-tmps)))]
                [formals* (if rest-tmp (append formals* rest-tmp) formals*)]
                [simple? (and (null? kws) (not rest) (andmap (lambda (p) (not (cdr p))) pos))]
                [pos-expr
                 (let loop ([ps pos] [ts pos-tmps])
                   (cond [(null? ps) (or rest-tmp #''())]
                         [(cdar ps) #`(if (eq? #,(car ts) unsupplied)
                                          #,(or rest-tmp #''())
                                          (cons #,(car ts) #,(loop (cdr ps) (cdr ts))))]
                         [else #`(cons #,(car ts) #,(loop (cdr ps) (cdr ts)))]))]
                [call (lambda (f)
                        (cond [simple? #`(#,f #,@pos-tmps)]
                              [(null? kws) #`(apply #,f #,pos-expr)]
                              [else #`(apply/keywords
                                       #,f
                                       (list #,@(map (lambda (p) #`(cons '#,(car p) #,(cdr p)))
                                                    (sorted-kw-pairs kws kw-tmps)))
                                       #,pos-expr)]))]
                [others
                 (append
                  (let loop ([ps pos] [ts pos-tmps] [i 0])
                    (cond [(null? ps) '()]
                          [(= i self-index) (loop (cdr ps) (cdr ts) (add1 i))]
                          [else
                           (cons #`(cons #,(format (if (cdar ps) "~a (optional) argument..." "~a argument...")
                                                   (syntax-e (caar ps)))
                                         #,(car ts))
                                 (loop (cdr ps) (cdr ts) (add1 i)))]))
                  (map (lambda (k t)
                         #`(cons #,(format (if (caddr k) "~a (optional) argument..." "~a argument...")
                                           (car k))
                                 #,t))
                       kws kw-tmps)
                  (if rest-tmp (list #`(cons #f #,rest-tmp)) '()))])
           (with-syntax ([formals* formals*] [self self] [i index]
                         [lookup lookup] [fallbacks fallbacks])
             #`(define (m . formals*)
                 (let* ([tbl (lookup self)]
                        [impl (and tbl (vector-ref tbl i))])
                   (cond [impl #,(call #'impl)]
                         [(not tbl)
                          (generic-arg-error 'm '#,pred-id #,(add1 self-index) self
                                             (list #,@others))]
                         [(vector-ref fallbacks i) => (lambda (fb) #,(call #'fb))]
                         [else (raise-support-error 'm self)]))))))]
      [_ (raise-syntax-error #f "bad method declaration" stx decl)])))

(define-syntax (define/generic stx)
  (raise-syntax-error #f "only allowed inside methods" stx))

(define-syntax (define-generics stx)
  (syntax-case stx ()
    [(_ name . body)
     (identifier? #'name)
     (let loop ([b (syntax->list #'body)] [decls '()] [fallbacks #f] [defaults '()]
                [fast '()] [derived '()] [table #f] [defpred #f])
       (define (next-arg) (if (and (pair? b) (pair? (cdr b))) (cadr b)
                              (raise-syntax-error #f "missing argument after keyword" stx (car b))))
       (cond
         [(and (pair? b) (keyword? (syntax-e (car b))))
          (case (syntax-e (car b))
            [(#:fallbacks)
             (loop (cddr b) decls (syntax->list (next-arg)) defaults fast derived table defpred)]
            [(#:defaults)
             (loop (cddr b) decls fallbacks (append defaults (syntax->list (next-arg))) fast derived table defpred)]
            [(#:fast-defaults)
             (loop (cddr b) decls fallbacks defaults (append fast (syntax->list (next-arg))) derived table defpred)]
            [(#:derive-property)
             (unless (and (pair? (cdr b)) (pair? (cddr b)))
               (raise-syntax-error #f "expected a property and a value after #:derive-property" stx (car b)))
             (loop (cdddr b) decls fallbacks defaults fast
                   (append derived (list (list (cadr b) (caddr b)))) table defpred)]
            [(#:defined-table)
             (loop (cddr b) decls fallbacks defaults fast derived (next-arg) defpred)]
            [(#:defined-predicate)
             (loop (cddr b) decls fallbacks defaults fast derived table (next-arg))]
            [(#:requires) (loop (cddr b) decls fallbacks defaults fast derived table defpred)]
            [else (raise-syntax-error #f "unknown option" stx (car b))])]
         [(pair? b) (loop (cdr b) (cons (car b) decls) fallbacks defaults fast derived table defpred)]
         [else
          (let* ([decls (reverse decls)]
                 [methods (map (lambda (d)
                                 (syntax-case d ()
                                   [(m . _) (identifier? #'m) #'m]
                                   [_ (raise-syntax-error #f "bad method declaration" stx d)]))
                               decls)]
                 [name-sym (syntax-e #'name)]
                 [id (lambda (fmt) (datum->syntax #'name (string->symbol (format fmt name-sym)) #'name))]
                 [pred-id (id "~a?")]
                 [gen-id (id "gen:~a")]
                 [default-clause
                   (lambda (d)
                     (syntax-case d ()
                       [(pred def ...) #`[pred #,(table-expr stx methods (syntax->list #'(def ...)))]]))])
            (with-syntax ([pred? pred-id] [gen gen-id]
                          [(m ...) methods]
                          [(method-def ...)
                           (let loop ([ds decls] [i 0])
                             (if (null? ds) '()
                                 (cons (method-def stx name-sym pred-id #'lookup #'fallback-table i (car ds))
                                       (loop (cdr ds) (add1 i)))))]
                          [fallback-expr (if fallbacks
                                             (table-expr stx methods fallbacks)
                                             #`(make-vector #,(length methods) #f))]
                          [((fast-pred fast-table) ...) (map default-clause fast)]
                          [((def-pred def-table) ...) (map default-clause defaults)]
                          [((dprop dval) ...) derived]
                          [(dprop-tmp ...) (generate-temporaries derived)]
                          [(dval-tmp ...) (generate-temporaries derived)]
                          [(fast-tmp ...) (generate-temporaries fast)]
                          [(def-tmp ...) (generate-temporaries defaults)]
                          [name-sym name-sym])
              #`(begin
                  (define-values (prop has-prop? prop-ref) (make-struct-type-property 'name-sym))
                  (define (lookup v)
                    (cond [(fast-pred v) fast-tmp] ...
                          [(has-prop? v) (prop-ref v)]
                          [(def-pred v) def-tmp] ...
                          [else #f]))
                  (define (pred? v) (and (lookup v) #t))
                  method-def ...
                  (define fallback-table fallback-expr)
                  (define fast-tmp fast-table) ...
                  (define def-tmp def-table) ...
                  (define dprop-tmp dprop) ...
                  (define dval-tmp dval) ...
                  #,@(if table
                         (list #`(define (#,table v)
                                   (let ([tbl (table-or-error '#,table 'pred? lookup v)])
                                     (for/hasheq ([k (in-list '(m ...))] [impl (in-vector tbl)])
                                       (values k (and impl #t))))))
                         '())
                  #,@(if defpred
                         (list #`(define (#,defpred v . ms)
                                   (let ([tbl (table-or-error '#,defpred 'pred? lookup v)])
                                     (andmap (lambda (sym)
                                               (let loop ([ks '(m ...)] [i 0])
                                                 (cond [(null? ks) #f]
                                                       [(eq? (car ks) sym) (and (vector-ref tbl i) #t)]
                                                       [else (loop (cdr ks) (add1 i))])))
                                             ms))))
                         '())
                  (define-syntax gen
                    (vector 'jracket-generic-info
                            (struct-methods (quote-syntax prop)
                                            (quote-syntax (m ...))
                                            (quote-syntax ((dprop-tmp dval-tmp) ...))))))))]))]))
