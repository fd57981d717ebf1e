;; racket/match: pattern matching.
;;
;; Each clause compiles to nested tests and bindings; a failing test calls
;; the clause's fail thunk, which runs the next clause (the last one raises
;; exn:misc:match).  The compiler works on one pattern at a time:
;;   (compile-pat pat x bound succ fail)
;; tests the value in identifier x against pat; `succ` is a procedure from
;; the list of pattern variables bound so far to the success expression, and
;; `fail` the expression to run on failure.  All names the generated code
;; binds for itself are fresh temporaries.
(module match "private/pre-base.rkt"
  (#%require "private/list-base.rkt" "match/runtime.rkt"
             (for-syntax "private/pre-base.rkt" "private/list-base.rkt" "private/struct-info.rkt"))
  (#%provide match match* match-lambda match-lambda* match-let match-let*
             match-letrec match-define match-define-values define/match
             exn:misc:match? exn:misc:match-value exn:misc:match-srclocs
             match/derived match*/derived ==)

  (define-syntax (== stx)
    (raise-syntax-error #f "may only be used in a match pattern" stx))

  (begin-for-syntax
    (define (tmp name) (car (generate-temporaries (list name))))

    (define (head-is? stx name)
      (syntax-case stx ()
        [(h . _) (and (identifier? #'h) (eq? (syntax-e #'h) name))]
        [_ #f]))

    (define (ellipsis? stx)
      (and (identifier? stx)
           (memq (syntax-e stx) '(... ___))))

    ;; ..k / __k: the minimum count, or #f
    (define (ellipsis-min stx)
      (and (identifier? stx)
           (let ([s (symbol->string (syntax-e stx))])
             (cond [(memq (syntax-e stx) '(... ___)) 0]
                   [(and (> (string-length s) 2)
                         (member (substring s 0 2) '(".." "__"))
                         (string->number (substring s 2)))
                    => (lambda (n) (and (exact-nonnegative-integer? n) n))]
                   [else #f]))))

    (define (literal? d)
      (or (number? d) (string? d) (char? d) (boolean? d) (keyword? d) (bytes? d)))

    (define (struct-info-of id)
      (and (identifier? id)
           (let ([v (syntax-local-value id (lambda () #f))])
             (and v (struct-info? v) v))))

    ;; ------------------------------------------------------------------
    ;; Pattern variables, in order of first occurrence

    (define (pattern-vars pat)
      (let ([acc '()])
        (let walk ([p pat])
          (let ([add (lambda (id)
                       (unless (ormap (lambda (b) (bound-identifier=? b id)) acc)
                         (set! acc (cons id acc))))])
            (syntax-case p ()
              [id (identifier? #'id)
                  (unless (or (eq? (syntax-e #'id) '_) (ellipsis-min #'id))
                    (add #'id))]
              [(h . args)
               (identifier? #'h)
               (case (syntax-e #'h)
                 [(quote == regexp pregexp) (void)]
                 [(quasiquote) (walk (quasi->pattern (cadr (syntax->list p))))]
                 [(? app)
                  (for-each walk (cddr (syntax->list p)))]
                 [(struct)
                  (for-each walk (syntax->list (caddr (syntax->list p))))]
                 [(struct*)
                  (for-each (lambda (fp) (walk (cadr (syntax->list fp))))
                            (syntax->list (caddr (syntax->list p))))]
                 [(hash-table)
                  (for-each (lambda (kp)
                              (let ([l (syntax->list kp)])
                                (when l (walk (cadr l)))))
                            (cdr (syntax->list p)))]
                 [(not) (void)]
                 [(or) (walk (cadr (syntax->list p)))]
                 [else
                  (for-each walk
                            (let ([l (syntax->list #'args)])
                              (if l l (let loop ([a #'args])
                                        (syntax-case a ()
                                          [(x . r) (cons #'x (loop #'r))]
                                          [() '()]
                                          [x (list #'x)])))))])]
              [#(e ...) (for-each walk (syntax->list #'(e ...)))]
              [_ (void)])))
        (reverse acc)))

    ;; ------------------------------------------------------------------
    ;; Quasi-patterns become ordinary patterns

    (define (quasi->pattern qp)
      (syntax-case qp (unquote)
        [(unquote p) #'p]
        [(a . b)
         ;; walk the pair chain: a proper list, or a tail that is an
         ;; unquoted pattern (`(x . ,y)` reads as (x unquote y)) or an atom
         (let loop ([q qp] [elems '()])
           (let ([conv (lambda (es) (map (lambda (e) (if (ellipsis-min e) e (quasi->pattern e)))
                                         (reverse es)))])
             (syntax-case q (unquote)
               [() #`(list #,@(conv elems))]
               [(unquote p) (pair? elems) #`(list-rest #,@(conv elems) p)]
               [(x . y) (loop #'y (cons #'x elems))]
               [atom #`(list-rest #,@(conv elems) #,(quasi->pattern #'atom))])))]
        [#(e ...)
         #`(vector #,@(map (lambda (q) (if (ellipsis-min q) q (quasi->pattern q)))
                           (syntax->list #'(e ...))))]
        [()  #''()]
        [a (identifier? #'a) #''a]
        [a #'a]))

    ;; ------------------------------------------------------------------
    ;; The compiler

    (define (compile-pat pat x bound succ fail)
      (syntax-case pat ()
        [id
         (identifier? #'id)
         (cond
           [(eq? (syntax-e #'id) '_) (succ bound)]
           [(ellipsis-min #'id)
            (raise-syntax-error 'match "ellipsis not allowed here" pat)]
           [(ormap (lambda (b) (bound-identifier=? b #'id)) bound)
            #`(if (equal? id #,x) #,(succ bound) #,fail)]
           [else
            #`(let ([id #,x]) #,(succ (cons #'id bound)))])]
        [(h . args)
         (identifier? #'h)
         (compile-compound pat (syntax-e #'h) x bound succ fail)]
        [#(e ...)
         (raise-syntax-error 'match "syntax error in pattern" pat)]
        [lit
         (literal? (syntax-e #'lit))
         #`(if (equal? #,x 'lit) #,(succ bound) #,fail)]
        [_ (raise-syntax-error 'match "syntax error in pattern" pat)]))

    (define (compile-compound pat head x bound succ fail)
      (let ([args (cdr (syntax-e pat))])
        (case head
          [(quote)
           #`(if (equal? #,x #,pat) #,(succ bound) #,fail)]
          [(quasiquote)
           (compile-pat (quasi->pattern (cadr (syntax->list pat))) x bound succ fail)]
          [(list) (compile-list (syntax->list (datum->syntax #f args)) x bound succ fail #t)]
          [(list-rest list*)
           (let* ([ps (syntax->list (datum->syntax #f args))]
                  [rev (reverse ps)])
             (compile-list (reverse (cdr rev)) x bound succ fail (car rev)))]
          [(cons mcons)
           (let* ([ps (syntax->list (datum->syntax #f args))]
                  [a (tmp 'a)] [d (tmp 'd)]
                  [m? (eq? head 'mcons)])
             #`(if (#,(if m? #'mpair? #'pair?) #,x)
                   (let ([#,a (#,(if m? #'mcar #'car) #,x)]
                         [#,d (#,(if m? #'mcdr #'cdr) #,x)])
                     #,(compile-pat (car ps) a bound
                                    (lambda (b) (compile-pat (cadr ps) d b succ fail))
                                    fail))
                   #,fail))]
          [(vector)
           (let ([ps (syntax->list (datum->syntax #f args))])
             (if (ormap ellipsis-min ps)
                 (let ([l (tmp 'l)])
                   #`(if (vector? #,x)
                         (let ([#,l (vector->list #,x)])
                           #,(compile-list ps l bound succ fail #t))
                         #,fail))
                 (let ([es (map (lambda (p) (tmp 'e)) ps)])
                   #`(if (and (vector? #,x) (= (vector-length #,x) #,(length ps)))
                         (let #,(let loop ([es es] [i 0])
                                  (if (null? es)
                                      '()
                                      (cons #`[#,(car es) (vector-ref #,x #,i)]
                                            (loop (cdr es) (add1 i)))))
                           #,(compile-seq ps es bound succ fail))
                         #,fail))))]
          [(box)
           (let ([b (tmp 'b)])
             #`(if (box? #,x)
                   (let ([#,b (unbox #,x)])
                     #,(compile-pat (car (syntax->list (datum->syntax #f args))) b bound succ fail))
                   #,fail))]
          [(?)
           (let ([ps (syntax->list (datum->syntax #f args))])
             #`(if (#,(car ps) #,x)
                   #,(compile-and (cdr ps) x bound succ fail)
                   #,fail))]
          [(and) (compile-and (syntax->list (datum->syntax #f args)) x bound succ fail)]
          [(or) (compile-or (syntax->list (datum->syntax #f args)) x bound succ fail)]
          [(not)
           (let ([p (car (syntax->list (datum->syntax #f args)))])
             #`(if #,(compile-pat p x bound (lambda (b) #'#t) #'#f)
                   #,fail
                   #,(succ bound)))]
          [(app)
           (let* ([ps (syntax->list (datum->syntax #f args))]
                  [f (car ps)]
                  [subs (cdr ps)]
                  [ys (map (lambda (p) (tmp 'y)) subs)])
             #`(let-values ([#,ys (#,f #,x)])
                 #,(compile-seq subs ys bound succ fail)))]
          [(==)
           (let ([ps (syntax->list (datum->syntax #f args))])
             #`(if (#,(if (null? (cdr ps)) #'equal? (cadr ps)) #,x #,(car ps))
                   #,(succ bound)
                   #,fail))]
          [(regexp pregexp)
           (let* ([ps (syntax->list (datum->syntax #f args))]
                  [r (tmp 'r)]
                  [rx (if (eq? head 'pregexp)
                          #`(let ([v #,(car ps)]) (if (string? v) (pregexp v) v))
                          #`(let ([v #,(car ps)]) (if (string? v) (regexp v) v)))])
             #`(let ([#,r (and (or (string? #,x) (bytes? #,x)) (regexp-match #,rx #,x))])
                 (if #,r
                     #,(if (null? (cdr ps)) (succ bound) (compile-pat (cadr ps) r bound succ fail))
                     #,fail)))]
          [(hash-table) (compile-hash (syntax->list (datum->syntax #f args)) x bound succ fail)]
          [(list-no-order) (compile-no-order (syntax->list (datum->syntax #f args)) x bound succ fail)]
          [(struct)
           (let ([ps (syntax->list (datum->syntax #f args))])
             (compile-struct pat (car ps) (syntax->list (cadr ps)) x bound succ fail))]
          [(struct*)
           (let ([ps (syntax->list (datum->syntax #f args))])
             (compile-struct* pat (car ps) (syntax->list (cadr ps)) x bound succ fail))]
          [else
           (let ([h (car (syntax-e pat))])
             (if (struct-info-of h)
                 (compile-struct pat h (syntax->list (datum->syntax #f args)) x bound succ fail)
                 (raise-syntax-error 'match "syntax error in pattern" pat)))])))

    ;; matches ps against the identifiers xs, in order
    (define (compile-seq ps xs bound succ fail)
      (if (null? ps)
          (succ bound)
          (compile-pat (car ps) (car xs) bound
                       (lambda (b) (compile-seq (cdr ps) (cdr xs) b succ fail))
                       fail)))

    (define (compile-and ps x bound succ fail)
      (if (null? ps)
          (succ bound)
          (compile-pat (car ps) x bound
                       (lambda (b) (compile-and (cdr ps) x b succ fail))
                       fail)))

    ;; every alternative binds the variables of the first one; success goes
    ;; through one shared procedure taking those variables
    (define (compile-or ps x bound succ fail)
      (let* ([vars (pattern-vars (car ps))]
             [k (tmp 'k)])
        #`(let ([#,k (lambda #,vars #,(succ (append vars bound)))])
            #,(let loop ([ps ps])
                (if (null? ps)
                    fail
                    (let ([next (tmp 'next)])
                      #`(let ([#,next (lambda () #,(loop (cdr ps)))])
                          #,(compile-pat (car ps) x bound
                                         (lambda (b) #`(#,k #,@vars))
                                         #`(#,next)))))))))

    ;; list patterns: single elements and at most one repeated element
    ;; (p ... / p ..k); `tail` is #t for a proper list, or the pattern
    ;; for the rest (list-rest)
    (define (compile-list ps x bound succ fail tail)
      (let parse ([ps ps] [items '()])
        (cond
          [(null? ps) (compile-items (reverse items) x bound succ fail tail)]
          [(and (pair? (cdr ps)) (ellipsis-min (cadr ps)))
           (parse (cddr ps) (cons (list 'repeat (car ps) (ellipsis-min (cadr ps))) items))]
          [else (parse (cdr ps) (cons (list 'single (car ps)) items))])))

    (define (compile-items items x bound succ fail tail)
      (cond
        [(null? items)
         (if (eq? tail #t)
             #`(if (null? #,x) #,(succ bound) #,fail)
             (compile-pat tail x bound succ fail))]
        [(eq? (car (car items)) 'single)
         (let ([a (tmp 'a)] [d (tmp 'd)])
           #`(if (pair? #,x)
                 (let ([#,a (car #,x)] [#,d (cdr #,x)])
                   #,(compile-pat (cadr (car items)) a bound
                                  (lambda (b) (compile-items (cdr items) d b succ fail tail))
                                  fail))
                 #,fail))]
        [else
         ;; a repeat: it takes all but the elements the later singles need
         (let* ([p (cadr (car items))]
                [min (caddr (car items))]
                [after (length (cdr items))]
                [n (tmp 'n)] [seg (tmp 'seg)] [rest (tmp 'rest)])
           (when (ormap (lambda (i) (eq? (car i) 'repeat)) (cdr items))
             (raise-syntax-error 'match "only one ellipsis per list pattern is supported" p))
           #`(if (list? #,x)
                 (let ([#,n (- (length #,x) #,after)])
                   (if (>= #,n #,min)
                       (let-values ([(#,seg #,rest) (split-segment #,x #,n)])
                         #,(compile-repeat p seg bound
                                           (lambda (b) (compile-items (cdr items) rest b succ fail tail))
                                           fail))
                       #,fail))
                 #,fail))]))

    ;; matches p against every element of the list in seg; each variable
    ;; of p is bound to the list of its values
    (define (compile-repeat p seg bound succ fail)
      (cond
        [(and (identifier? p) (eq? (syntax-e p) '_)) (succ bound)]
        [(identifier? p) #`(let ([#,p #,seg]) #,(succ (cons p bound)))]
        [else
         (let* ([vars (pattern-vars p)]
                [accs (map (lambda (v) (tmp 'acc)) vars)]
                [loop (tmp 'loop)] [l (tmp 'l)] [e (tmp 'e)])
           #`(let #,loop ([#,l #,seg] #,@(map (lambda (a) #`[#,a '()]) accs))
               (if (null? #,l)
                   (let #,(map (lambda (v a) #`[#,v (reverse #,a)]) vars accs)
                     #,(succ (append vars bound)))
                   (let ([#,e (car #,l)])
                     #,(compile-pat p e '()
                                    (lambda (b)
                                      #`(#,loop (cdr #,l)
                                                #,@(map (lambda (v a) #`(cons #,v #,a)) vars accs)))
                                    fail)))))]))

    (define (compile-hash kps x bound succ fail)
      #`(if (hash? #,x)
            #,(let loop ([kps kps] [bound bound])
                (if (null? kps)
                    (succ bound)
                    (let* ([kp (syntax->list (car kps))]
                           [v (tmp 'v)])
                      #`(let ([#,v (hash-ref #,x #,(car kp) no-key)])
                          (if (eq? #,v no-key)
                              #,fail
                              #,(compile-pat (cadr kp) v bound
                                             (lambda (b) (loop (cdr kps) b))
                                             fail))))))
            #,fail))

    (define (compile-no-order ps x bound succ fail)
      (let-values ([(fixed rest-pat)
                    (let ([rev (reverse ps)])
                      (if (and (pair? rev) (ellipsis-min (car rev)))
                          (values (reverse (cddr rev)) (cadr rev))
                          (values ps #f)))])
        (let* ([varss (map pattern-vars fixed)]
               [r (tmp 'r)]
               [matchers
                (map (lambda (p vars)
                       (let ([v (tmp 'v)])
                         #`(lambda (#,v)
                             #,(compile-pat p v '() (lambda (b) #`(list #,@vars)) #'#f))))
                     fixed varss)])
          #`(let ([#,r (and (list? #,x) (list-no-order-match #,x (list #,@matchers)))])
              (if #,r
                  #,(let loop ([varss varss] [r r] [bound bound])
                      (if (null? varss)
                          (let ([remaining (tmp 'remaining)])
                            #`(let ([#,remaining (car #,r)])
                                #,(if rest-pat
                                      (compile-repeat rest-pat remaining bound succ fail)
                                      #`(if (null? #,remaining) #,(succ bound) #,fail))))
                          (let ([vals (tmp 'vals)] [r2 (tmp 'r)])
                            #`(let ([#,vals (car #,r)] [#,r2 (cdr #,r)])
                                (let-values ([#,(car varss) (apply values #,vals)])
                                  #,(loop (cdr varss) r2 (append (car varss) bound)))))))
                  #,fail)))))

    (define (struct-parts who pat name-id)
      (let ([info (struct-info-of name-id)])
        (unless info
          (raise-syntax-error 'match "not a structure definition" pat name-id))
        (let ([l (extract-struct-info info)])
          (values info (caddr l) (reverse (cadddr l))))))

    (define (compile-struct pat name-id ps x bound succ fail)
      (let-values ([(info pred accessors) (struct-parts 'match pat name-id)])
        (unless (= (length ps) (length accessors))
          (raise-syntax-error 'match
                              (format "wrong number for fields for structure ~a: expected ~a but got ~a"
                                      (syntax-e name-id) (length accessors) (length ps))
                              pat))
        (let ([fs (map (lambda (p) (tmp 'f)) ps)])
          #`(if (#,pred #,x)
                (let #,(map (lambda (f acc) #`[#,f (#,acc #,x)]) fs accessors)
                  #,(compile-seq ps fs bound succ fail))
                #,fail))))

    (define (compile-struct* pat name-id fps x bound succ fail)
      (let-values ([(info pred accessors) (struct-parts 'match pat name-id)])
        (let* ([names (if (struct-field-info? info)
                          (struct-field-info-list info)
                          (raise-syntax-error 'match "struct* needs field names" pat))]
               [fps (map syntax->list fps)]
               [fs (map (lambda (fp) (tmp 'f)) fps)]
               [accs (map (lambda (fp)
                            (let loop ([ns names] [as accessors])
                              (cond [(null? ns)
                                     (raise-syntax-error 'match "unknown field" pat (car fp))]
                                    [(eq? (car ns) (syntax-e (car fp))) (car as)]
                                    [else (loop (cdr ns) (cdr as))])))
                          fps)])
          #`(if (#,pred #,x)
                (let #,(map (lambda (f acc) #`[#,f (#,acc #,x)]) fs accs)
                  #,(compile-seq (map cadr fps) fs bound succ fail))
                #,fail))))

    ;; ------------------------------------------------------------------
    ;; Clauses

    ;; xs: identifiers of the matched values; clause: [(pat ...) body ...]
    (define (compile-clauses who-stx xs clauses)
      (let loop ([clauses clauses])
        (if (null? clauses)
            #`(match-failure '#,who-stx (list #,@xs))
            (let* ([c (syntax->list (car clauses))]
                   [pats (syntax->list (car c))]
                   [fail-id (tmp 'fail)])
              (unless (and pats (= (length pats) (length xs)))
                (raise-syntax-error #f "wrong number of match patterns" (car clauses)))
              #`(let ([#,fail-id (lambda () #,(loop (cdr clauses)))])
                  #,(compile-seq pats xs '()
                                 (lambda (b) (clause-body (cdr c) fail-id))
                                 #`(#,fail-id)))))))

    (define (clause-body body fail-id)
      (cond
        [(and (pair? body) (eq? (syntax-e (car body)) '#:when))
         #`(if #,(cadr body) #,(clause-body (cddr body) fail-id) (#,fail-id))]
        [(and (pair? body) (head-is? (car body) '=>))
         (let ([id (cadr (syntax->list (car body)))])
           #`(let ([#,id #,fail-id]) (let () #,@(cdr body))))]
        [else #`(let () #,@body)]))

    (define (expand-match* who es clauses)
      (let ([xs (map (lambda (e) (tmp 'x)) es)])
        #`(let #,(map (lambda (x e) #`[#,x #,e]) xs es)
            #,(compile-clauses who xs clauses)))))

  ;; ------------------------------------------------------------------
  ;; The forms

  (define-syntax (match*/derived stx)
    (syntax-case stx ()
      [(_ who (e ...) clause ...)
       (expand-match* #'who (syntax->list #'(e ...)) (syntax->list #'(clause ...)))]))

  (define-syntax (match/derived stx)
    (syntax-case stx ()
      [(_ who e clause ...)
       (expand-match* #'who (list #'e)
                      (map (lambda (c)
                             (syntax-case c ()
                               [(pat . body) #'((pat) . body)]))
                           (syntax->list #'(clause ...))))]))

  (define-syntax-rule (match e clause ...) (match/derived match e clause ...))
  (define-syntax-rule (match* (e ...) clause ...) (match*/derived match* (e ...) clause ...))

  (define-syntax-rule (match-lambda clause ...)
    (lambda (x) (match/derived match-lambda x clause ...)))

  (define-syntax-rule (match-lambda* clause ...)
    (lambda args (match/derived match-lambda* args clause ...)))

  (define-syntax (match-let stx)
    (syntax-case stx ()
      [(_ name ([pat e] ...) body ...)
       (identifier? #'name)
       (with-syntax ([(x ...) (generate-temporaries #'(e ...))])
         #'(let name ([x e] ...) (match*/derived match-let (x ...) [(pat ...) (let () body ...)])))]
      [(_ ([pat e] ...) body ...)
       #'(match*/derived match-let (e ...) [(pat ...) (let () body ...)])]))

  (define-syntax match-let*
    (syntax-rules ()
      [(_ () body ...) (let () body ...)]
      [(_ ([pat e] rest ...) body ...)
       (match*/derived match-let* (e) [(pat) (match-let* (rest ...) body ...)])]))

  (define-syntax (match-letrec stx)
    (syntax-case stx ()
      [(_ ([pat e] ...) body ...)
       (let ([vars (apply append (map pattern-vars (syntax->list #'(pat ...))))])
         #`(letrec-values ([#,vars (match*/derived match-letrec (e ...)
                                                   [(pat ...) (values #,@vars)])])
             body ...))]))

  (define-syntax (match-define stx)
    (syntax-case stx ()
      [(_ pat e)
       (let ([vars (pattern-vars #'pat)])
         #`(define-values #,vars
             (match*/derived match-define (e) [(pat) (values #,@vars)])))]))

  (define-syntax (match-define-values stx)
    (syntax-case stx ()
      [(_ (pat ...) e)
       (let ([vars (apply append (map pattern-vars (syntax->list #'(pat ...))))]
             [tmps (generate-temporaries #'(pat ...))])
         #`(define-values #,vars
             (let-values ([#,tmps e])
               (match*/derived match-define-values #,tmps [(pat ...) (values #,@vars)]))))]))

  (define-syntax (define/match stx)
    (syntax-case stx ()
      [(_ (name arg ...) clause ...)
       (let ([ids (generate-temporaries #'(arg ...))])
         #`(define (name #,@ids)
             (match*/derived name #,ids clause ...)))])))
