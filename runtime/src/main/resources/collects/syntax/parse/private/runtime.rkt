#lang racket/base
;; syntax/parse's run-time half: the matchers that compiled patterns are built from, the
;; built-in syntax classes' parsers, and failure reporting.
;;
;; Matchers work in continuation-passing style, which gives backtracking for free:
;;   single-term matcher  (S x ps env rec fk k)         k: (lambda (env fk) ...)
;;   list-part matcher    (L x ps within env rec fk k)  k: (lambda (rest rest-ps env fk) ...)
;; x is the term (or the rest of a list), env an immutable hasheq from attribute names to
;; values, fk the thunk to call on failure (after recording it with rec), within the list being
;; parsed. ps, the progress, says how far into the term the matcher is: a list of steps,
;; innermost first, each the index of a term in its list or 'post (after a pattern matched, for
;; side conditions). The failure that got furthest is the one reported; failures that tie have
;; their expectations combined.
;;
;; An expectation is #f (bad syntax), 'end (unexpected term), (list 'desc string),
;; (list 'lit identifier), (list 'datum value), (list 'msg string) or
;; (list 'more description-or-#f within).
(provide (all-defined-out))

;; ---- terms -------------------------------------------------------------------------------

(define (term-e x) (if (syntax? x) (syntax-e x) x))
(define (term-pair x) (let ([c (term-e x)]) (and (pair? c) c)))
(define (term-null? x) (null? (term-e x)))
(define (->stx v) (if (syntax? v) v (datum->syntax #f v)))
(define (ps-next ps) (cons (add1 (car ps)) (cdr ps)))

;; -1, 0 or 1 as progress a is less than, equal to or greater than b
(define (ps-compare a b)
  (let loop ([a (reverse a)] [b (reverse b)])
    (cond [(and (null? a) (null? b)) 0]
          [(null? a) -1]
          [(null? b) 1]
          [else (let ([x (car a)] [y (car b)])
                  (cond [(equal? x y) (loop (cdr a) (cdr b))]
                        [(eq? x 'post) 1]
                        [(eq? y 'post) -1]
                        [(< x y) -1]
                        [else 1]))])))

;; ---- single-term matchers ------------------------------------------------------------------

(define (s:any x ps env rec fk k) (k env fk))

;; ~!: from here on, failing does not try the other alternatives of the clause (or pattern)
(define (s:cut x ps env rec fk k) (k env (hash-ref env '%cut fk)))

(define ((s:var name) x ps env rec fk k) (k (hash-set env name x) fk))

(define ((s:datum v) x ps env rec fk k)
  (if (let ([e (term-e x)]) (and (not (pair? e)) (not (vector? e)) (equal? (syntax->datum (->stx x)) v)))
      (k env fk)
      (begin (rec ps (list 'datum v) x) (fk))))

(define ((s:literal id) x ps env rec fk k)
  (if (and (identifier? x) (free-identifier=? x id))
      (k env fk)
      (begin (rec ps (list 'lit id) x) (fk))))

(define ((s:list l) x ps env rec fk k)
  (if (or (term-pair x) (term-null? x))
      (l x (cons 0 ps) x env rec fk (lambda (rest rps env fk) (k env fk)))
      (begin (rec ps #f x) (fk))))

(define ((s:vector l) x ps env rec fk k)
  (let ([e (term-e x)])
    (if (vector? e)
        ((s:list l) (vector->list e) ps env rec fk k)
        (begin (rec ps #f x) (fk)))))

;; (~and s ...): each on the same term, in order
(define ((s:and ss) x ps env rec fk k)
  (let loop ([ss ss] [env env] [fk fk])
    (if (null? ss)
        (k env fk)
        ((car ss) x ps env rec fk (lambda (env fk) (loop (cdr ss) env fk))))))

;; (~or* s ...): the first alternative that leads to success; an alternative's missing
;; attributes are #f. varss: each alternative's attribute names; all: every alternative's.
(define ((s:or ss varss all) x ps env rec fk k)
  (let loop ([ss ss] [varss varss])
    (if (null? ss)
        (fk)
        ((car ss) x ps env rec (lambda () (loop (cdr ss) (cdr varss)))
                  (lambda (env fk) (k (absent env (remq* (car varss) all)) fk))))))

(define (absent env names)
  (for/fold ([env env]) ([n (in-list names)]) (hash-set env n #f)))

(define ((s:not s) x ps env rec fk k)
  (if (s x ps env void (lambda () #f) (lambda (e f) #t))
      (begin (rec ps #f x) (fk))
      (k env fk)))

;; (~describe desc s): failures at the term itself become "expected desc"
(define ((s:describe descf opaque? s) x ps env rec fk k)
  (define d (descf env))
  (s x ps env (describing-recorder rec ps d x opaque?) fk k))

;; opaque? is #t (everything), #f (failures at the term itself, or without an expectation) or
;; 'splicing (failures without an expectation)
;; The failure keeps its progress. A splicing class's description is about the terms from x on,
;; within the list `within`.
(define (describing-recorder rec ps d x opaque? [within #f])
  (lambda (p e t [cx '()])
    (if (and d (or (eq? opaque? #t) (not e)))
        (rec p (if within (list 'desc d within) (list 'desc d)) x)
        (rec p e t (if d (append cx (list (cons d x))) cx)))))

;; (~parse s expr): s against expr's value, not the term
(define ((s:parse s exprf) x ps env rec fk k)
  (s (->stx (exprf env)) (cons 'post ps) env rec fk k))

;; (~fail #:when c msg): condf gives #f to pass, else a value (a syntax object says where)
(define ((s:fail condf msgf) x ps env rec fk k)
  (let ([c (condf env)])
    (if c
        (begin (rec ps (list 'msg (msgf env)) (if (syntax? c) c x)) (fk))
        (k env fk))))

;; (~bind [name expr] ...) / #:attr
(define ((s:bind names exprf) x ps env rec fk k)
  (k (for/fold ([env env]) ([n (in-list names)] [v (in-list (exprf env))]) (hash-set env n v)) fk))

;; a syntax class use: parser is the class's parser (which describes its failures), attrs pairs
;; the class's attribute names with the names they take here (name.attr)
(define ((s:class name parser attrs argsf) x ps env rec fk k)
  (apply parser x ps rec fk
         (lambda (cenv fk) (k (bind-class env name x cenv attrs) fk))
         (argsf env)))

(define (bind-class env name x cenv attrs)
  (if name
      (for/fold ([env (hash-set env name x)]) ([a (in-list attrs)])
        (hash-set env (cdr a) (hash-ref cenv (car a) #f)))
      env))

;; ---- list-part matchers --------------------------------------------------------------------

;; a single-term pattern as a list element; more-desc describes it for "expected more terms"
(define ((h:single s more-desc) x ps within env rec fk k)
  (let ([c (term-pair x)])
    (cond [c (s (car c) ps env rec fk (lambda (env fk) (k (cdr c) (ps-next ps) env fk)))]
          [(term-null? x) (rec ps (list 'more more-desc within) x) (fk)]
          [else (rec ps #f x) (fk)])))

;; an action pattern (~parse, ~fail, ~bind) among a list's elements: it takes no term
(define ((h:action s) x ps within env rec fk k)
  (s x ps env rec fk (lambda (env fk) (k x ps env fk))))

;; (~peek h): h must match here, but takes nothing; (~peek-not h): h must not match here
(define ((h:peek h) x ps within env rec fk k)
  (h x ps within env rec fk (lambda (rest rps env fk) (k x ps env fk))))

(define ((h:peek-not h) x ps within env rec fk k)
  (if (h x ps within env void (lambda () #f) (lambda (rest rps e f) #t))
      (begin (rec ps #f (let ([c (term-pair x)]) (if c (car c) x))) (fk))
      (k x ps env fk)))

;; (~and p ...) with head patterns, each (cons 'h matcher) or (cons 's matcher): the first
;; head pattern decides which terms are taken; the other head patterns must take the same, and
;; single-term patterns match those terms as a syntax list
(define ((h:and ps-list) x ps within env rec fk k)
  (define first-h (let find ([l ps-list]) (if (eq? (car (car l)) 'h) (car l) (find (cdr l)))))
  ((cdr first-h) x ps within env rec fk
   (lambda (rest rps env fk)
     (let loop ([l ps-list] [env env] [fk fk])
       (cond
         [(null? l) (k rest rps env fk)]
         [(eq? (car l) first-h) (loop (cdr l) env fk)]
         [(eq? (car (car l)) 's)
          ((cdr (car l)) (take-terms x rest) ps env rec fk (lambda (env fk) (loop (cdr l) env fk)))]
         [else
          ((cdr (car l)) x ps within env rec fk
                         (lambda (rest2 rps2 env fk)
                           (if (eq? rest2 rest)
                               (loop (cdr l) env fk)
                               (begin (rec rps2 #f x) (fk)))))])))))

;; the end of a list pattern
(define (l:null x ps within env rec fk k)
  (let ([c (term-pair x)])
    (cond [(term-null? x) (k x ps env fk)]
          [c (rec ps 'end (car c)) (fk)]
          [else (rec ps #f x) (fk)])))

;; the end of a ~seq: the rest is left for what follows
(define (l:open x ps within env rec fk k) (k x ps env fk))

;; a dotted tail
;; (a dotted tail that is not a syntax object becomes one, with the list's context)
(define ((l:tail s) x ps within env rec fk k)
  (s (if (syntax? x) x (datum->syntax (and (syntax? within) within) x (and (syntax? within) within)))
     ps env rec fk (lambda (env fk) (k '() ps env fk))))

(define ((l:cons h l) x ps within env rec fk k)
  (h x ps within env rec fk (lambda (rest rps env fk) (l rest rps within env rec fk k))))

;; h ... l: greedy, giving back repetitions when what follows fails. vars: h's attributes,
;; whose values become lists of the repetitions' values.
;; bounds: for ellipsis-head alternatives that may match only so often, (list index min max h)
(define ((l:ellipsis h min max vars l [once '()] [defaultsf #f] [bounds '()]) x ps within env0 rec fk k)
  (define (count i accs) (for/sum ([a (in-list accs)]) (if (eqv? (hash-ref a '%alt #f) i) 1 0)))
  (let loop ([x x] [ps ps] [accs '()] [n 0] [fk fk])
    (define (stop)
      (cond
        [(< n min) (fk)]
        ;; an alternative that had to match more often: its failure here says what was expected
        [(ormap (lambda (b) (and (< (count (car b) accs) (cadr b)) b)) bounds)
         => (lambda (b) ((list-ref b 3) x ps within env0 rec fk (lambda (rest rps e f) (fk))))]
        [else (l x ps within (collect-once (collect env0 vars (reverse accs)) once accs defaultsf) rec fk k)]))
    (if (or (and max (>= n max)) (and (>= n min) (term-null? x)))
        (stop)
        (h x ps within env0 rec stop
           (lambda (rest rps henv fk2)
             (let* ([i (hash-ref henv '%alt #f)]
                    [b (and i (assv i bounds))])
               (cond
                 [(equal? rps ps) (stop)]
                 ;; one time too many
                 [(and b (>= (count i accs) (caddr b))) (rec rps #f x) (fk2)]
                 [else (loop rest rps (cons henv accs) (add1 n) fk2)])))))))

(define (collect env vars envs)
  (for/fold ([env env]) ([v (in-list vars)])
    ;; an iteration without v matched another alternative of a (~or ...) head
    (hash-set env v (for/list ([e (in-list envs)] #:when (hash-has-key? e v)) (hash-ref e v)))))

;; the attributes of (~optional h) and (~once h) alternatives: the last match's, else #f
(define (collect-once env once accs defaultsf)
  (let ([env (for/fold ([env env]) ([v (in-list once)])
               (hash-set env v (let find ([as accs])
                                 (cond [(null? as) #f]
                                       [(hash-has-key? (car as) v) (hash-ref (car as) v)]
                                       [else (find (cdr as))]))))])
    (if defaultsf (defaultsf env) env)))

;; (~or h ...) as an ellipsis head: an alternative's attributes only where it matched
(define ((h:or-each hs) x ps within env rec fk k)
  (let loop ([hs hs] [i 0])
    (if (null? hs)
        (fk)
        ((car hs) x ps within env rec (lambda () (loop (cdr hs) (add1 i)))
                  (lambda (rest rps env fk) (k rest rps (hash-set env '%alt i) fk))))))

;; (~optional h): absent, its attributes are #f, then the defaults
(define ((h:optional h vars defaultsf) x ps within env rec fk k)
  (define (none) (k x ps (defaultsf (absent env vars)) fk))
  (if (term-null? x)
      (none)
      (h x ps within env rec none k)))

(define ((h:or hs varss all) x ps within env rec fk k)
  (let loop ([hs hs] [varss varss])
    (if (null? hs)
        (fk)
        ((car hs) x ps within env rec (lambda () (loop (cdr hs) (cdr varss)))
                  (lambda (rest rps env fk) (k rest rps (absent env (remq* (car varss) all)) fk))))))

(define ((h:describe descf h) x ps within env rec fk k)
  (define d (descf env))
  (define t (let ([c (term-pair x)]) (if c (car c) x)))
  (h x ps within env (describing-recorder rec ps d t #f) fk k))

;; a splicing syntax class use
(define ((h:class name parser attrs argsf) x ps within env rec fk k)
  (apply parser x ps within rec fk
         (lambda (rest rps cenv fk) (k rest rps (bind-class env name (take-terms x rest) cenv attrs) fk))
         (argsf env)))

(define (take-terms x rest)
  (let loop ([x x] [acc '()])
    (let ([c (term-pair x)])
      (if (or (not c) (eq? x rest)) (datum->syntax #f (reverse acc)) (loop (cdr c) (cons (car c) acc))))))

;; ---- syntax classes ------------------------------------------------------------------------

;; a class's patterns, each (lambda (x ps rec fk k) ...), tried in order
(define (class-alternatives alts x ps rec fk k)
  (let loop ([alts alts])
    (if (null? alts) (fk) ((car alts) x ps rec (lambda () (loop (cdr alts))) k fk))))

(define (splicing-alternatives alts x ps within rec fk k)
  (let loop ([alts alts])
    (if (null? alts) (fk) ((car alts) x ps within rec (lambda () (loop (cdr alts))) k fk))))

(define ((predicate-class desc pred) x ps rec fk k)
  (if (pred (term-e x)) (k #hasheq() fk) (begin (rec ps (list 'desc desc) x) (fk))))

(define p:identifier (lambda (x ps rec fk k)
                       (if (identifier? x) (k #hasheq() fk) (begin (rec ps (list 'desc "identifier") x) (fk)))))
(define p:expr (predicate-class "expression" (lambda (e) (not (keyword? e)))))
(define p:nat (predicate-class "exact-nonnegative-integer" exact-nonnegative-integer?))
(define p:exact-integer (predicate-class "exact-integer" exact-integer?))
(define p:exact-positive-integer (predicate-class "exact-positive-integer" exact-positive-integer?))
(define p:number (predicate-class "number" number?))
(define p:integer (predicate-class "integer" integer?))
(define p:boolean (predicate-class "boolean" boolean?))
(define p:char (predicate-class "character" char?))
(define p:str (predicate-class "string" string?))
(define p:bytes (predicate-class "bytes" bytes?))
(define p:keyword (predicate-class "keyword" keyword?))

;; ---- syntax-parse --------------------------------------------------------------------------

;; clauses: each (lambda (x rec fk) ...) giving its body's value or calling fk
(define (parse-clauses x ctx clauses)
  (define best-ps #f)
  (define best '())
  (define (rec ps e t [cx '()])
    (let ([c (if best-ps (ps-compare ps best-ps) 1)])
      (cond [(> c 0) (set! best-ps ps) (set! best (list (failure e t cx)))]
            [(= c 0) (set! best (cons (failure e t cx) best))])))
  (let loop ([cs clauses])
    (if (null? cs)
        (report-failure x ctx (reverse best))
        ((car cs) x rec (lambda () (loop (cdr cs)))
                  (lambda () (report-failure x ctx (reverse best)))))))

(define (context-name ctx)
  (cond [(symbol? ctx) ctx]
        [(identifier? ctx) (syntax-e ctx)]
        [(and (syntax? ctx) (pair? (syntax-e ctx)) (identifier? (car (syntax-e ctx))))
         (syntax-e (car (syntax-e ctx)))]
        [else #f]))

(struct failure (expect term context))

(define (report-failure x ctx failures)
  (define name (context-name (or ctx x)))
  (define in (if (syntax? ctx) ctx (->stx x)))
  (define (kind? k) (lambda (f) (let ([e (failure-expect f)]) (and (pair? e) (eq? (car e) k)))))
  (define (raise-at msg at fs)
    (raise-parse-error name msg in (and at (->stx at)) (context-suffix fs) (list (->stx (or at in)))))
  (set! failures (same-term failures))
  (define msgs (filter (kind? 'msg) failures))
  (define mores (filter (kind? 'more) failures))
  (define expects
    (remove-duplicates-expect
     (filter (lambda (f) (let ([e (failure-expect f)]) (and (pair? e) (memq (car e) '(msg desc lit datum)))))
             failures)))
  (cond
    ;; a failure that expected nothing in particular makes it all "bad syntax"
    [(findf (lambda (f) (not (failure-expect f))) failures)
     => (lambda (f) (raise-parse-error name "bad syntax" in #f (context-suffix (list f)) (list in)))]
    [(and (pair? expects) (pair? (cddr (failure-expect (car expects)))))
     (let ([e (failure-expect (car expects))])
       (raise-parse-error name (format "expected ~a\n  at: ~s\n  within: ~s" (cadr e)
                                       (syntax->datum (->stx (failure-term (car expects))))
                                       (syntax->datum (->stx (caddr e))))
                          in #f (context-suffix (list (car expects))) (list (->stx (caddr e)))))]
    [(pair? expects) (raise-at (expectations->string (map failure-expect expects))
                               (failure-term (car expects)) expects)]
    [(pair? mores)
     (let* ([e (failure-expect (car mores))]
            ;; "starting with" only when the alternatives agree on what comes next
            [d (and (andmap (lambda (f) (equal? (cadr (failure-expect f)) (cadr e))) mores) (cadr e))])
       ;; the exception's expression is the list that ended too soon
       (raise-parse-error name
                          (format "expected more terms~a\n  at: ()\n  within: ~s"
                                  (if d (string-append " starting with " d) "")
                                  (syntax->datum (->stx (caddr e))))
                          in #f (context-suffix (list (car mores))) (list (->stx (caddr e)))))]
    [(findf (lambda (f) (eq? (failure-expect f) 'end)) failures)
     => (lambda (f) (raise-at "unexpected term" (failure-term f) (list f)))]
    [else (raise-parse-error name "bad syntax" in #f
                             (if (pair? failures) (context-suffix (list (car failures))) "") (list in))]))

;; Like raise-syntax-error, but the message starts with the location of the whole term (as a
;; full path), and the exception carries exprs.
(define (raise-parse-error name msg in at suffix exprs)
  (define (bare s) (datum->syntax #f (syntax->datum s)))
  (with-handlers ([exn:fail:syntax?
                   (lambda (x)
                     (raise (exn:fail:syntax (string-append (location-prefix in) (exn-message x))
                                             (exn-continuation-marks x) exprs)))])
    (raise-syntax-error name msg (bare in) (and at (bare at)) '() suffix)))

(define (location-prefix s)
  (let ([src (syntax-source s)] [line (syntax-line s)] [col (syntax-column s)] [pos (syntax-position s)])
    (cond [(not src) ""]
          [(and line col) (format "~a:~a:~a: " src line col)]
          [pos (format "~a::~a: " src pos)]
          [else ""])))

;; failures about different terms are each described by their outermost frame
(define (same-term failures)
  (if (or (null? failures)
          (andmap (lambda (f) (eq? (failure-term f) (failure-term (car failures)))) (cdr failures)))
      failures
      (for/list ([f (in-list failures)])
        (let ([cx (failure-context f)])
          (if (null? cx)
              f
              (let ([outer (car (reverse cx))])
                (failure (list 'desc (car outer)) (cdr outer) '())))))))

(define (findf p l) (cond [(null? l) #f] [(p (car l)) (car l)] [else (findf p (cdr l))]))

;; "parsing context:" lines for the ~describe and syntax-class frames the failures were in
(define (context-suffix fs)
  (define cxs (map failure-context fs))
  (define (same? a b)
    (and (= (length a) (length b))
         (andmap (lambda (x y) (and (equal? (car x) (car y)) (eq? (cdr x) (cdr y)))) a b)))
  (cond
    [(andmap null? cxs) ""]
    [(andmap (lambda (c) (same? c (car cxs))) (cdr cxs))
     (apply string-append "\n  parsing context: "
            (for/list ([fr (in-list (car cxs))])
              (let ([t (cdr fr)])
                (format "\n   while parsing ~a\n    term: ~s\n    location: ~a"
                        (car fr) (syntax->datum (->stx t))
                        (if (and (syntax? t) (syntax-source t) (syntax-line t))
                            (format "~a:~a:~a" (syntax-source t) (syntax-line t) (syntax-column t))
                            "")))))]
    [else "\n  parsing context: \n   while parsing different things..."]))

(define (same-expect? a b)
  (and (eq? (car a) (car b))
       (if (eq? (car a) 'lit)
           (eq? (syntax-e (cadr a)) (syntax-e (cadr b)))
           (equal? (cadr a) (cadr b)))))

(define (remove-duplicates-expect fs)
  (let loop ([fs fs] [acc '()])
    (cond [(null? fs) (reverse acc)]
          [(ormap (lambda (g) (same-expect? (failure-expect g) (failure-expect (car fs)))) acc) (loop (cdr fs) acc)]
          [else (loop (cdr fs) (cons (car fs) acc))])))

(define (expect-kind e)
  (case (car e)
    [(msg) -1]
    [(desc) 0]
    [(lit) 1]
    [else (if (symbol? (cadr e)) 2 3)]))

(define (expectations->string es)
  (define sorted (sort es < #:key expect-kind))
  (define (quoted-name e) (format "`~a'" (if (eq? (car e) 'lit) (syntax-e (cadr e)) (cadr e))))
  (define (of-kind k) (filter (lambda (e) (= (expect-kind e) k)) sorted))
  (define (one e)
    (case (expect-kind e)
      [(0) (format "expected ~a" (cadr e))]
      [(1) (format "expected the identifier ~a" (quoted-name e))]
      [(2) (format "expected the literal symbol ~a" (quoted-name e))]
      [else (format "expected the literal ~s" (cadr e))]))
  (define phrases
    (append
     (map cadr (of-kind -1))
     (map one (of-kind 0))
     (apply append
            (for/list ([k (in-list '(1 2 3))])
              (let ([g (of-kind k)])
                (cond [(null? g) '()]
                      [(null? (cdr g)) (list (one (car g)))]
                      [else (list (format "expected one of these ~a: ~a"
                                          (case k [(1) "identifiers"] [(2) "literal symbols"] [else "literals"])
                                          (join-or (for/list ([e (in-list g)])
                                                     (if (= k 3) (format "~s" (cadr e)) (quoted-name e)))
                                                   ", " ", or ")))]))))))
  (join-or phrases "; " "; or "))

;; "a", "a or b", "a<sep>b<last>c"
(define (join-or parts sep last)
  (cond [(null? (cdr parts)) (car parts)]
        [(null? (cddr parts)) (string-append (car parts) " or " (cadr parts))]
        [else (let loop ([ps parts] [acc ""])
                (cond [(null? (cdr ps)) (string-append acc last (car ps))]
                      [(string=? acc "") (loop (cdr ps) (car ps))]
                      [else (loop (cdr ps) (string-append acc sep (car ps)))]))]))

(define (remove-duplicates l)
  (let loop ([l l] [acc '()])
    (cond [(null? l) (reverse acc)]
          [(member (car l) acc) (loop (cdr l) acc)]
          [else (loop (cdr l) (cons (car l) acc))])))
