#lang racket/base
;; syntax/parse: syntax-parse, syntax-parser, define-syntax-class,
;; define-splicing-syntax-class, attribute, define/syntax-parse and the built-in syntax classes.
;;
;; A pattern compiles (below, at expansion time) to an expression building a matcher out of
;; the combinators in private/runtime.rkt; side conditions, #:with, #:do and the clause body
;; become the code in the matcher's success continuation, where the pattern variables bound
;; so far are in scope. An attribute's value lives in a hidden variable, and the attribute
;; name is bound with make-syntax-mapping so that syntax templates and `attribute` find it.
(require "parse/private/runtime.rkt" racket/stxparam
         (for-syntax racket/base
                     (only-in '#%stx make-syntax-mapping make-attribute-mapping syntax-pattern-variable? syntax-mapping-valvar)))
(provide syntax-parse syntax-parser define-syntax-class define-splicing-syntax-class
         attribute pattern define/syntax-parse this-syntax define-literal-set
         id identifier expr nat exact-nonnegative-integer exact-integer exact-positive-integer
         number integer boolean char str keyword bytes)

(begin-for-syntax
  ;; ---- syntax classes as compile-time values --------------------------------------------
  ;; (vector 'syntax-class parser-id description attrs splicing? opaque?), attrs a list of
  ;; (name . depth)
;; the form being compiled, for error messages
  (define current-form (make-parameter #f))
  (define (bad msg at)
    (let ([f (current-form)])
      (raise-syntax-error (and f (let ([e (syntax-e f)]) (and (pair? e) (identifier? (car e)) (syntax-e (car e)))))
                          msg f at)))

  (define (class-info? v) (and (vector? v) (= (vector-length v) 6) (eq? (vector-ref v 0) 'syntax-class)))
  (define (class-parser v) (vector-ref v 1))
  (define (class-desc v) (vector-ref v 2))
  (define (class-attrs v) (vector-ref v 3))
  (define (class-splicing? v) (vector-ref v 4))
  (define (class-opaque? v) (vector-ref v 5))

  ;; compile-time configuration of one syntax-parse or class: literals ((sym . id) ...),
  ;; datum literals (sym ...), #:declare'd classes ((sym . spec) ...), the class being defined
  ;; ((id . info) or #f)
  (struct cfg (lits dlits declares self))

  ;; a pattern variable (attribute): its identifier, name and ellipsis depth
  (define (pvar id sym depth [nested? #f]) (vector id sym depth nested?))
  (define (pvar-nested? v) (vector-ref v 3))
  (define (pvar-id v) (vector-ref v 0))
  (define (pvar-sym v) (vector-ref v 1))
  (define (pvar-depth v) (vector-ref v 2))
  (define (deeper vars) (map (lambda (v) (pvar (pvar-id v) (pvar-sym v) (add1 (pvar-depth v)) (pvar-nested? v))) vars))
  (define (syms vars) (map pvar-sym vars))

  ;; body in the scope of vars, whose values are in the hash env-id names
  (define (bind-vars vars env-id body)
    (let* ([vars (let loop ([vs (reverse vars)] [seen '()] [acc '()])
                   (cond [(null? vs) acc]
                         [(memq (pvar-sym (car vs)) seen) (loop (cdr vs) seen acc)]
                         [else (loop (cdr vs) (cons (pvar-sym (car vs)) seen) (cons (car vs) acc))]))]
           [tmps (map (lambda (v) (datum->syntax (pvar-id v) (string->uninterned-symbol (symbol->string (pvar-sym v)))))
                      vars)])
      (if (null? vars)
          body
          (with-syntax ([(tmp ...) tmps]
                        [(sym ...) (syms vars)]
                        [(id ...) (map (lambda (v) (datum->syntax (pvar-id v) (pvar-sym v) (pvar-id v))) vars)]
                        [(depth ...) (map pvar-depth vars)]
                        [env env-id]
                        [body body])
            #'(let-values ([(tmp ...) (values (hash-ref env 'sym #f) ...)])
                (letrec-syntaxes+values ([(id) (make-attribute-mapping 'depth (quote-syntax tmp))] ...) ()
                  body))))))

  (define (env-lambda scope expr)
    #`(lambda (env) #,(bind-vars scope #'env expr)))

  (define (tilde-head p)
    (let ([e (syntax-e p)])
      (and (pair? e) (identifier? (car e))
           (let ([s (symbol->string (syntax-e (car e)))])
             (and (> (string-length s) 1) (char=? (string-ref s 0) #\~) (syntax-e (car e)))))))

  (define (ellipsis? p) (and (identifier? p) (memq (syntax-e p) '(... ...+)) #t))

  ;; x:cls => (x . cls) as identifiers
  (define (split-colon p)
    (let* ([s (symbol->string (syntax-e p))]
           [n (string-length s)])
      (let loop ([i 1])
        (cond [(>= i (sub1 n)) #f]
              [(char=? (string-ref s i) #\:)
               (cons (datum->syntax p (string->symbol (substring s 0 i)) p p)
                     (datum->syntax p (string->symbol (substring s (add1 i))) p p))]
              [else (loop (add1 i))]))))

  (define (lookup-class id c)
    (let ([self (cfg-self c)])
      (if (and self (eq? (syntax-e id) (syntax-e (car self))) (not (identifier-binding id)))
          (cdr self)
          (let ([v (syntax-local-value id (lambda () #f))])
            (if (class-info? v)
                v
                (bad "not defined as syntax class" id))))))

  (define (literal-of p c)
    (let ([a (assq (syntax-e p) (cfg-lits c))]) (and a (cdr a))))

  ;; ---- patterns ---------------------------------------------------------------------------
  ;; Each compile function gives (values code vars head?): head? when the pattern matches a
  ;; part of a list (code is then a list-part matcher) rather than a single term.

  (define (compile-s p c scope)
    (let-values ([(code vars head?) (compile-any p c scope)])
      (when head? (bad "head pattern not allowed here" p))
      (values code vars)))

  (define (compile-h p c scope)
    (let-values ([(code vars head?) (compile-any p c scope)])
      (cond [head? (values code vars)]
            ;; action patterns take no term of the list
            [(or (memq (tilde-head p) '(~parse ~fail ~bind))
                 (and (identifier? p) (eq? (syntax-e p) '~!)))
             (values #`(h:action #,code) vars)]
            [else (values #`(h:single #,code '#,(more-desc p c)) vars)])))

  (define (compile-any p c scope)
    (let ([e (syntax-e p)])
      (cond
        [(identifier? p) (compile-id p c scope)]
        [(tilde-head p) => (lambda (k) (compile-tilde k p c scope))]
        [(or (pair? e) (null? e))
         (let-values ([(l vars) (compile-l e c scope #t)]) (values #`(s:list #,l) vars #f))]
        [(vector? e)
         (let-values ([(l vars) (compile-l (vector->list e) c scope #t)]) (values #`(s:vector #,l) vars #f))]
        [else (values #`(s:datum '#,p) '() #f)])))

  (define (compile-id p c scope)
    (let ([s (syntax-e p)])
      (cond
        [(eq? s '_) (values #'s:any '() #f)]
        [(ellipsis? p) (bad "pattern keyword not allowed here" p)]
        [(eq? s '~!) (values #'s:cut '() #f)]
        [(literal-of p c) => (lambda (lit) (values #`(s:literal (quote-syntax #,lit)) '() #f))]
        [(memq s (cfg-dlits c)) (values #`(s:datum '#,p) '() #f)]
        [(split-colon p) => (lambda (nc) (compile-class-use (car nc) (cdr nc) '() c scope))]
        [(assq s (cfg-declares c))
         => (lambda (d) (let ([spec (cdr d)])
                          (if (identifier? spec)
                              (compile-class-use p spec '() c scope)
                              (let ([l (syntax->list spec)]) (compile-class-use p (car l) (cdr l) c scope)))))]
        [else (values #`(s:var '#,p) (list (pvar p s 0)) #f)])))

  (define (compile-class-use name-id cls-id args c scope)
    (let* ([info (lookup-class cls-id c)]
           [name (and name-id (not (eq? (syntax-e name-id) '_)) (syntax-e name-id))]
           [full (lambda (a) (string->symbol (format "~a.~a" name (car a))))]
           [vars (if name
                     (cons (pvar name-id name 0)
                           (map (lambda (a) (pvar name-id (full a) (cdr a) #t)) (class-attrs info)))
                     '())]
           [attrs (if name (map (lambda (a) (cons (car a) (full a))) (class-attrs info)) '())]
           [argsf (env-lambda scope #`(list #,@args))])
      (if (class-splicing? info)
          (values #`(h:class '#,name #,(class-parser info) '#,attrs #,argsf) vars #t)
          (values #`(s:class '#,name #,(class-parser info) '#,attrs #,argsf) vars #f))))

  (define (union-vars varss)
    (let loop ([vs (apply append varss)] [acc '()])
      (cond [(null? vs) (reverse acc)]
            [(memq (pvar-sym (car vs)) (syms acc)) (loop (cdr vs) acc)]
            [else (loop (cdr vs) (cons (car vs) acc))])))

  (define (compile-tilde k p c scope)
    (let ([args (cdr (syntax->list p))])
      (case k
        [(~var)
         (cond [(null? (cdr args)) (compile-id (car args) c scope)]
               [(identifier? (cadr args)) (compile-class-use (car args) (cadr args) '() c scope)]
               [else (let ([l (syntax->list (cadr args))]) (compile-class-use (car args) (car l) (cdr l) c scope))])]
        [(~literal) (values #`(s:literal (quote-syntax #,(car args))) '() #f)]
        [(~datum) (values #`(s:datum '#,(car args)) '() #f)]
        [(~and)
         (if (ormap (lambda (a) (call-with-values (lambda () (compile-any a c scope)) (lambda (code vars head?) head?)))
                    args)
             ;; head patterns: all on the same terms; a single-term one gets them as a syntax list
             (let loop ([ps args] [codes '()] [vars '()])
               (if (null? ps)
                   (values #`(h:and (list #,@(reverse codes))) vars #t)
                   (let-values ([(code vs head?) (compile-any (car ps) c (append scope vars))])
                     (loop (cdr ps)
                           (cons (if head? #`(cons 'h #,code) #`(cons 's #,code)) codes)
                           (append vars vs)))))
         (let loop ([ps args] [codes '()] [vars '()])
           (if (null? ps)
               (values #`(s:and (list #,@(reverse codes))) vars #f)
               (let-values ([(code vs) (compile-s (car ps) c (append scope vars))])
                 (loop (cdr ps) (cons code codes) (append vars vs))))))]
        [(~or ~or*)
         (let* ([results (map (lambda (a) (call-with-values (lambda () (compile-any a c scope)) list)) args)]
                [head? (ormap caddr results)]
                [varss (map cadr results)]
                [all (union-vars varss)])
           (if head?
               (let ([hs (map (lambda (a) (call-with-values (lambda () (compile-h a c scope)) list)) args)])
                 (values #`(h:or (list #,@(map car hs)) '#,(map syms varss) '#,(syms all)) all #t))
               (values #`(s:or (list #,@(map car results)) '#,(map syms varss) '#,(syms all)) all #f)))]
        [(~not)
         (let-values ([(code vars) (compile-s (car args) c scope)])
           (values #`(s:not #,code) '() #f))]
        [(~describe)
         (let loop ([args args] [opaque? #f])
           (cond [(and (keyword? (syntax-e (car args))) (eq? (syntax-e (car args)) '#:opaque)) (loop (cdr args) #t)]
                 [(keyword? (syntax-e (car args))) (loop (cddr args) opaque?)]
                 [else
                  (let-values ([(code vars head?) (compile-any (cadr args) c scope)])
                    (if head?
                        (values #`(h:describe #,(env-lambda scope (car args)) #,code) vars #t)
                        (values #`(s:describe #,(env-lambda scope (car args)) #,opaque? #,code) vars #f)))]))]
        [(~seq)
         (let-values ([(l vars) (compile-l (syntax-e (datum->syntax p args)) c scope #f)])
           (values l vars #t))]
        [(~optional)
         (let-values ([(h vars) (compile-h (car args) c scope)])
           (let ([defaults (let loop ([o (cdr args)])
                             (cond [(null? o) '()]
                                   [(eq? (syntax-e (car o)) '#:defaults) (syntax->list (cadr o))]
                                   [else (loop (cddr o))]))])
             (values #`(h:optional #,h '#,(syms vars)
                                   (lambda (env)
                                     #,(let loop ([ds defaults])
                                         (if (null? ds)
                                             #'env
                                             (let* ([d (syntax->list (car ds))]
                                                    [name (if (identifier? (car d)) (car d) (car (syntax->list (car d))))])
                                               #`(let ([env (hash-set env '#,name #,(bind-vars scope #'env (cadr d)))])
                                                   #,(loop (cdr ds))))))))
                     vars #t)))]
        [(~parse)
         (let-values ([(code vars) (compile-s (car args) c scope)])
           (values #`(s:parse #,code #,(env-lambda scope (cadr args))) vars #f))]
        [(~fail)
         (let loop ([args args] [cnd #'#t])
           (cond [(and (pair? args) (eq? (syntax-e (car args)) '#:when)) (loop (cddr args) (cadr args))]
                 [(and (pair? args) (eq? (syntax-e (car args)) '#:unless)) (loop (cddr args) #`(not #,(cadr args)))]
                 [else (values #`(s:fail #,(env-lambda scope cnd)
                                         #,(env-lambda scope (if (pair? args) (car args) #'#f)))
                               '() #f)]))]
        [(~bind)
         (let* ([binds (map syntax->list args)]
                [names (map (lambda (b) (if (identifier? (car b)) (car b) (car (syntax->list (car b))))) binds)]
                [depths (map (lambda (b) (if (identifier? (car b)) 0 (syntax-e (cadr (syntax->list (car b)))))) binds)])
           (values #`(s:bind '#,names #,(env-lambda scope #`(list #,@(map cadr binds))))
                   (map (lambda (n d) (pvar n (syntax-e n) d)) names depths) #f))]
        [(~commit ~delimit-cut ~post) (compile-any (car args) c scope)]
        [(~peek ~peek-not)
         (let-values ([(code vars) (compile-h (car args) c scope)])
           (values #`(#,(if (eq? k '~peek) #'h:peek #'h:peek-not) #,code) (if (eq? k '~peek) vars '()) #t))]
        [(~rest)
         (let-values ([(code vars) (compile-s (car args) c scope)])
           (values #`(l:tail #,code) vars #t))]
        [else
         (let-values ([(l vars) (compile-l (syntax-e p) c scope #t)]) (values #`(s:list #,l) vars #f))])))

  ;; list patterns: e is a pair chain (or '()); closed? says the list must end there
  (define (compile-l e c scope closed?)
    (let-values ([(elems tail)
                  (let loop ([x e] [acc '()])
                    (cond [(pair? x) (loop (cdr x) (cons (car x) acc))]
                          [(and (syntax? x) (or (pair? (syntax-e x)) (null? (syntax-e x)))) (loop (syntax-e x) acc)]
                          [(null? x) (values (reverse acc) #f)]
                          [else (values (reverse acc) x)]))])
      ;; items left to right: (list code vars min-or-#f)
      (let loop ([es elems] [items '()] [scope scope] [vars '()])
        (cond
          [(null? es)
           (let-values ([(end end-vars)
                         (cond [tail (let-values ([(code vs) (compile-s tail c scope)]) (values #`(l:tail #,code) vs))]
                               [closed? (values #'l:null '())]
                               [else (values #'l:open '())])])
             (values (for/fold ([l end]) ([it (in-list items)])
                       (if (caddr it)
                           #`(l:ellipsis #,(car it) #,(caddr it) #f '#,(syms (cadr it)) #,l
                                         '#,(syms (cadddr it)) #,(or (list-ref it 4) #'#f) #,(or (list-ref it 5) #''()))
                           #`(l:cons #,(car it) #,l)))
                     (append vars end-vars)))]
          [(and (pair? (cdr es)) (ellipsis? (cadr es)))
           (let-values ([(code vs once defaults bounds)
                         (case (tilde-head (car es))
                           [(~or ~alt) (compile-or-each (cdr (syntax->list (car es))) c scope)]
                           [(~between ~once ~optional) (compile-or-each (list (car es)) c scope)]
                           [else (let-values ([(code vs) (compile-h (car es) c scope)]) (values code vs '() #f #f))])])
             (let* ([min (if (eq? (syntax-e (cadr es)) '...+) 1 0)]
                    [once-syms (syms once)]
                    [each (filter (lambda (v) (not (memq (pvar-sym v) once-syms))) vs)]
                    [out (append (deeper each) once)])
               (loop (cddr es) (cons (list code each min once defaults bounds) items) (append scope out) (append vars out))))]
          [else
           (let-values ([(code vs) (compile-h (car es) c scope)])
             (loop (cdr es) (cons (list code vs #f) items) (append scope vs) (append vars vs)))]))))

  ;; (~or alt ...) directly before an ellipsis: each repetition matches one alternative
  ;; (~optional p) and (~once p) alternatives match at most once: their attributes keep their
  ;; depth. Gives the code, the attributes, those of them that are matched once, and the code
  ;; of a procedure adding the #:defaults (or #f).
  (define (compile-or-each alts c scope)
    (let loop ([alts alts] [i 0] [codes '()] [varss '()] [once '()] [defaults '()] [bounds '()])
      (if (null? alts)
          (values #`(h:or-each (list #,@(reverse codes))) (union-vars (reverse varss)) once
                  (and (pair? defaults)
                       #`(lambda (env)
                           #,(let dl ([ds (reverse defaults)])
                               (if (null? ds)
                                   #'env
                                   (let* ([d (syntax->list (car ds))]
                                          [name (if (identifier? (car d)) (car d) (car (syntax->list (car d))))])
                                     #`(let ([env (if (hash-ref env '#,name #f) env (hash-set env '#,name #,(bind-vars scope #'env (cadr d))))])
                                         #,(dl (cdr ds))))))))
                  (and (pair? bounds) #`(list #,@(reverse bounds))))
          (let ([k (tilde-head (car alts))])
            (if (memq k '(~optional ~once ~between))
                (let* ([args (cdr (syntax->list (car alts)))]
                       [lo (case k [(~optional) 0] [(~once) 1] [else (syntax-e (cadr args))])]
                       [hi (case k [(~optional ~once) 1] [else (syntax-e (caddr args))])]
                       [ds (let o ([o (if (eq? k '~between) (cdddr args) (cdr args))])
                             (cond [(null? o) '()]
                                   [(eq? (syntax-e (car o)) '#:defaults) (syntax->list (cadr o))]
                                   [else (o (cddr o))]))])
                  (let-values ([(code vs) (compile-h (car args) c scope)])
                    (loop (cdr alts) (add1 i) (cons code codes) (cons vs varss)
                          (if (eq? k '~between) once (append once vs))
                          (append (reverse ds) defaults)
                          (cons #`(list #,i #,lo #,hi #,code) bounds))))
                (let-values ([(code vs) (compile-h (car alts) c scope)])
                  (loop (cdr alts) (add1 i) (cons code codes) (cons vs varss) once defaults bounds)))))))

  ;; how "expected more terms starting with ..." describes p, or #f
  (define (more-desc p c)
    (let ([e (syntax-e p)])
      (cond
        [(identifier? p)
         (let ([s (syntax-e p)])
           (cond [(literal-of p c) (format "the identifier `~a'" s)]
                 [(memq s (cfg-dlits c)) (format "the literal symbol `~a'" s)]
                 [(split-colon p) => (lambda (nc) (class-desc (lookup-class (cdr nc) c)))]
                 [else "any term"]))]
        [(tilde-head p)
         => (lambda (k)
              (let ([args (cdr (syntax->list p))])
                (case k
                  [(~literal) (format "the identifier `~a'" (syntax-e (car args)))]
                  [(~datum) (format "the literal symbol `~a'" (syntax-e (car args)))]
                  [(~var) (cond [(null? (cdr args)) "any term"]
                                [(identifier? (cadr args)) (class-desc (lookup-class (cadr args) c))]
                                [else (class-desc (lookup-class (car (syntax->list (cadr args))) c))])]
                  [(~describe) (let ([d (let loop ([a args]) (if (keyword? (syntax-e (car a))) (loop (if (eq? (syntax-e (car a)) '#:opaque) (cdr a) (cddr a))) (car a)))])
                                 (and (string? (syntax-e d)) (syntax-e d)))]
                  [(~and) (and (pair? args) (more-desc (car args) c))]
                  [else #f])))]
        [(or (pair? e) (null? e) (vector? e)) #f]
        [(symbol? e) (format "the literal symbol `~a'" e)]
        [else (format "the literal ~s" e)])))

  ;; ---- clauses and directives --------------------------------------------------------------

  ;; code for the directives, then (end scope); in scope: x, ps, env, rec, fk
  (define (compile-directives dirs c scope end)
    (if (null? dirs)
        (end scope)
        (let ([kw (syntax-e (car dirs))])
          (case kw
            [(#:when)
             #`(if #,(cadr dirs) #,(compile-directives (cddr dirs) c scope end)
                   (begin (rec (cons 'post ps) #f x) (fk)))]
            [(#:fail-when #:fail-unless)
             #`(let ([v #,(cadr dirs)])
                 (if #,(if (eq? kw '#:fail-when) #'v #'(not v))
                     (begin (rec (cons 'post ps) (list 'msg #,(caddr dirs)) (if (syntax? v) v x)) (fk))
                     #,(compile-directives (cdddr dirs) c scope end)))]
            [(#:with)
             (let-values ([(code vars) (compile-s (cadr dirs) c scope)])
               #`(#,code (->stx #,(caddr dirs)) (cons 'post ps) env rec fk
                         (lambda (env fk)
                           #,(bind-vars vars #'env (compile-directives (cdddr dirs) c (append scope vars) end)))))]
            [(#:attr)
             (let* ([spec (cadr dirs)]
                    [name (if (identifier? spec) spec (car (syntax->list spec)))]
                    [depth (if (identifier? spec) 0 (syntax-e (cadr (syntax->list spec))))]
                    [vars (list (pvar name (syntax-e name) depth))])
               #`(let ([env (hash-set env '#,name #,(caddr dirs))])
                   #,(bind-vars vars #'env (compile-directives (cdddr dirs) c (append scope vars) end))))]
            [(#:do)
             #`(let () #,@(syntax->list (cadr dirs)) #,(compile-directives (cddr dirs) c scope end))]
            [(#:declare) (compile-directives (cdddr dirs) c scope end)]
            [(#:cut) (compile-directives (cdr dirs) c scope end)]
            [else (bad "unexpected keyword" (car dirs))]))))

  ;; splits (directive ... body ...) at the body
  (define (split-directives l)
    (let loop ([l l] [acc '()])
      (if (and (pair? l) (keyword? (syntax-e (car l))))
          (let ([n (if (memq (syntax-e (car l)) '(#:with #:attr #:fail-when #:fail-unless #:declare)) 3
                       (if (eq? (syntax-e (car l)) '#:cut) 1 2))])
            (when (< (length l) n) (bad "too few arguments for keyword" (car l)))
            (loop (list-tail l n) (append (reverse (for/list ([x (in-list l)] [i (in-range n)]) x)) acc)))
          (values (reverse acc) l))))

  (define (declares-of dirs)
    (let loop ([d dirs] [acc '()])
      (cond [(null? d) (reverse acc)]
            [(eq? (syntax-e (car d)) '#:declare) (loop (cdddr d) (cons (cons (syntax-e (cadr d)) (caddr d)) acc))]
            [(eq? (syntax-e (car d)) '#:cut) (loop (cdr d) acc)]
            [(memq (syntax-e (car d)) '(#:with #:attr #:fail-when #:fail-unless)) (loop (cdddr d) acc)]
            [else (loop (cddr d) acc)])))

  ;; every variable a clause binds (its pattern's, then #:with's and #:attr's), for classes
  (define (clause-code pattern dirs c head? end)
    (let* ([c (struct-copy cfg c [declares (append (declares-of dirs) (cfg-declares c))])])
      (let-values ([(code vars) (if head? (compile-h pattern c '()) (compile-s pattern c '()))])
        (check-duplicates vars)
        (let* ([all-vars vars]
               [body (compile-directives dirs c vars
                                         (lambda (scope) (set! all-vars scope) (end scope)))])
          (values code
                  #`(lambda (env fk)
                      (syntax-parameterize ([this-syntax (make-rename-transformer (quote-syntax x))])
                        #,(bind-vars vars #'env body)))
                  all-vars)))))

  (define (check-duplicates vars)
    (let loop ([vs vars] [seen '()])
      (unless (null? vs)
        (when (memq (pvar-sym (car vs)) seen) (bad "duplicate attribute" (pvar-id (car vs))))
        (loop (cdr vs) (cons (pvar-sym (car vs)) seen)))))

  ;; options before the clauses: ((kw . value) ...) and the rest
  (define (split-options l)
    (let loop ([l l] [acc '()])
      (if (and (pair? l) (keyword? (syntax-e (car l))))
          (if (memq (syntax-e (car l)) '(#:opaque #:commit #:no-delimit-cut #:disable-colon-notation #:track-literals))
              (loop (cdr l) (cons (cons (syntax-e (car l)) #t) acc))
              (loop (cddr l) (cons (cons (syntax-e (car l)) (cadr l)) acc)))
          (values (reverse acc) l))))

  (define (literals-of opts)
    (append
     (apply append
            (for/list ([o (in-list opts)] #:when (eq? (car o) '#:literals))
              (for/list ([l (in-list (syntax->list (cdr o)))])
                (let ([lit (if (identifier? l)
                               (cons (syntax-e l) l)
                               (let ([ll (syntax->list l)]) (cons (syntax-e (car ll)) (cadr ll))))])
                  ;; literals are compared as bindings: an unbound one is a mistake
                  (unless (identifier-binding (cdr lit) 0)
                    (bad "literal is unbound in phase 0 (phase 0 relative to the enclosing module)" (cdr lit)))
                  lit))))
     ;; #:literal-sets (set ...): a set's identifiers, named in the context of the set's use
     (apply append
            (for/list ([o (in-list opts)] #:when (eq? (car o) '#:literal-sets))
              (apply append
                     (for/list ([ls (in-list (syntax->list (cdr o)))])
                       (let* ([set-id (if (identifier? ls) ls (car (syntax->list ls)))]
                              [v (syntax-local-value set-id (lambda () #f))])
                         (unless (and (vector? v) (eq? (vector-ref v 0) 'literal-set))
                           (bad "expected literal set name" set-id))
                         (for/list ([lit (in-list (vector-ref v 1))])
                           (cons (syntax-e lit) lit)))))))))

  (define (datum-literals-of opts)
    (apply append
           (for/list ([o (in-list opts)] #:when (eq? (car o) '#:datum-literals))
             (for/list ([l (in-list (syntax->list (cdr o)))])
               (syntax-e (if (identifier? l) l (car (syntax->list l))))))))

  (define (compile-syntax-parse stx-expr rest)
    (let-values ([(opts clauses) (split-options rest)])
      (let ([c (cfg (literals-of opts) (datum-literals-of opts) '() #f)]
            [ctx (let ([a (assq '#:context opts)]) (if a (cdr a) #'#f))])
        #`(let ([x #,stx-expr])
            (parse-clauses
             x #,ctx
             (list
              #,@(for/list ([cl (in-list clauses)])
                   (let ([l (syntax->list cl)])
                     (unless (and l (pair? l)) (bad "expected clause" cl))
                     (let-values ([(dirs body) (split-directives (cdr l))])
                       (when (null? body) (bad "expected non-empty clause body" cl))
                       (let-values ([(code k vars)
                                     (clause-code (car l) dirs c #f (lambda (scope) #`(let () #,@body)))])
                         #`(lambda (x rec fk cut) (let ([ps '()]) (#,code x ps (hasheq '%cut cut) rec fk #,k)))))))))))))

  (define (compile-define-class stx splicing?)
    (let* ([l (syntax->list stx)]
           [spec (cadr l)]
           [name (if (identifier? spec) spec (car (syntax->list spec)))]
           [params (if (identifier? spec) '() (cdr (syntax->list spec)))])
      (let-values ([(opts patterns) (split-options (cddr l))])
        (let* ([desc-expr (let ([a (assq '#:description opts)])
                            (if a (cdr a) (datum->syntax name (symbol->string (syntax-e name)))))]
               [desc (and (string? (syntax-e desc-expr)) (syntax-e desc-expr))]
               [declared (let ([a (assq '#:attributes opts)])
                           (and a (for/list ([x (in-list (syntax->list (cdr a)))])
                                    (if (identifier? x)
                                        (cons (syntax-e x) 0)
                                        (let ([xl (syntax->list x)]) (cons (syntax-e (car xl)) (syntax-e (cadr xl))))))))]
               [opaque? (and (assq '#:opaque opts) #t)]
               [parser (car (generate-temporaries (list name)))]
               [self (vector 'syntax-class parser desc (or declared '()) splicing? opaque?)]
               [c (cfg (literals-of opts) (datum-literals-of opts) '() (cons name self))]
               [compiled
                (for/list ([p (in-list patterns)])
                  (let ([pl (syntax->list p)])
                    (unless (and pl (pair? pl) (identifier? (car pl)) (eq? (syntax-e (car pl)) 'pattern) (pair? (cdr pl)))
                      (bad "expected syntax-class variant" p))
                    (let-values ([(dirs body) (split-directives (cddr pl))])
                      (let-values ([(code k vars) (clause-code (cadr pl) dirs c splicing?
                                                               (lambda (scope)
                                                                 (if splicing? #'(k rest rps env fk) #'(k env fk))))])
                        (list (if splicing?
                                  #`(lambda (x ps within rec fk k cut) (#,code x ps within (hasheq '%cut cut) rec fk (lambda (rest rps env fk) (#,k env fk))))
                                  #`(lambda (x ps rec fk k cut) (#,code x ps (hasheq '%cut cut) rec fk #,k)))
                              vars)))))]
               [attrs (or declared
                          (if (null? compiled)
                              '()
                              (let ([first (map (lambda (v) (cons (pvar-sym v) (pvar-depth v)))
                                                (filter (lambda (v) (not (pvar-nested? v))) (cadr (car compiled))))])
                                (filter (lambda (a) (andmap (lambda (cv) (memq (car a) (syms (cadr cv)))) (cdr compiled)))
                                        (let loop ([a first] [acc '()])
                                          (cond [(null? a) (reverse acc)]
                                                [(assq (car (car a)) acc) (loop (cdr a) acc)]
                                                [else (loop (cdr a) (cons (car a) acc))]))))))])
          (with-syntax ([name name] [parser parser] [desc desc] [desc-expr desc-expr] [attrs attrs] [spl? splicing?] [opq? opaque?]
                        [(param ...) params]
                        [(alt ...) (map car compiled)])
            (if splicing?
                (let ()
                  #'(begin
                      (define-syntax name (vector 'syntax-class (quote-syntax parser) 'desc 'attrs 'spl? 'opq?))
                      (define (parser x ps within rec fk k param ...)
                        (let ([rec (describing-recorder rec ps desc-expr x 'splicing within)])
                          (splicing-alternatives (list alt ...) x ps within rec fk k)))))
                #'(begin
                    (define-syntax name (vector 'syntax-class (quote-syntax parser) 'desc 'attrs 'spl? 'opq?))
                    (define (parser x ps rec fk k param ...)
                      (let ([rec (describing-recorder rec ps desc-expr x 'opq?)])
                        (class-alternatives (list alt ...) x ps rec fk k)))))))))))

(define-syntax (syntax-parse stx)
  (let ([l (syntax->list stx)])
    (unless (and l (>= (length l) 2)) (raise-syntax-error #f "bad syntax" stx))
    (parameterize ([current-form stx]) (compile-syntax-parse (cadr l) (cddr l)))))

(define-syntax (syntax-parser stx)
  (let ([l (syntax->list stx)])
    (unless l (raise-syntax-error #f "bad syntax" stx))
    (with-syntax ([body (parameterize ([current-form stx]) (compile-syntax-parse #'x (cdr l)))])
      #'(lambda (x) body))))

(define-syntax (define-syntax-class stx) (parameterize ([current-form stx]) (compile-define-class stx #f)))
(define-syntax (define-splicing-syntax-class stx) (parameterize ([current-form stx]) (compile-define-class stx #t)))

;; the term being parsed, in clause bodies and directives
(define-syntax-parameter this-syntax
  (lambda (stx) (raise-syntax-error #f "used out of context: not within a syntax class definition" stx)))

;; (define-literal-set name (id ...)): literals to share with #:literal-sets
(define-syntax (define-literal-set stx)
  (syntax-case stx ()
    [(_ name opt ... (lit ...))
     #'(define-syntax name (vector 'literal-set (list (quote-syntax lit) ...)))]))

(define-syntax (pattern stx)
  (raise-syntax-error #f "keyword used out of context" stx))

(define-syntax (attribute stx)
  (let ([l (syntax->list stx)])
    (unless (and l (= (length l) 2) (identifier? (cadr l))) (raise-syntax-error #f "bad syntax" stx))
    (let ([v (syntax-local-value (cadr l) (lambda () #f))])
      (unless (syntax-pattern-variable? v)
        (raise-syntax-error #f "not bound as a pattern variable" stx (cadr l)))
      (datum->syntax (cadr l) (syntax-e (syntax-mapping-valvar v)) (cadr l)))))

;; (define/syntax-parse pattern expr): the pattern's attributes as definitions
(define-syntax (define/syntax-parse stx)
  (let* ([l (syntax->list stx)]
         [c (cfg '() '() '() #f)])
    (let-values ([(code vars) (compile-s (cadr l) c '())])
      (let ([tmps (map (lambda (v) (datum->syntax (pvar-id v) (string->uninterned-symbol (symbol->string (pvar-sym v)))))
                       vars)])
        (with-syntax ([(tmp ...) tmps]
                      [(sym ...) (syms vars)]
                      [(id ...) (map (lambda (v) (datum->syntax (pvar-id v) (pvar-sym v) (pvar-id v))) vars)]
                      [(depth ...) (map pvar-depth vars)]
                      [code code]
                      [e (caddr l)]
                      [ctx stx])
          #'(begin
              (define-values (tmp ...)
                (let ([x e])
                  (parse-clauses x (quote-syntax ctx)
                                 (list (lambda (x rec fk cut)
                                         (code x '() (hasheq) rec fk
                                               (lambda (env fk) (values (hash-ref env 'sym #f) ...))))))))
              (define-syntax id (make-attribute-mapping 'depth (quote-syntax tmp))) ...))))))

(define-syntax-rule (define-builtin-class name parser desc)
  (define-syntax name (vector 'syntax-class (quote-syntax parser) desc '() #f #f)))
(define-builtin-class id p:identifier "identifier")
(define-builtin-class identifier p:identifier "identifier")
(define-builtin-class expr p:expr "expression")
(define-builtin-class nat p:nat "exact-nonnegative-integer")
(define-builtin-class exact-nonnegative-integer p:nat "exact-nonnegative-integer")
(define-builtin-class exact-integer p:exact-integer "exact-integer")
(define-builtin-class exact-positive-integer p:exact-positive-integer "exact-positive-integer")
(define-builtin-class number p:number "number")
(define-builtin-class integer p:integer "integer")
(define-builtin-class boolean p:boolean "boolean")
(define-builtin-class char p:char "character")
(define-builtin-class str p:str "string")
(define-builtin-class keyword p:keyword "keyword")
(define-builtin-class bytes p:bytes "bytes")
