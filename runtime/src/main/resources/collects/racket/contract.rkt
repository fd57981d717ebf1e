;; racket/contract: contracts on values and functions, checked where a value crosses a
;; boundary (define/contract, contract-out, contract), with Racket's blame messages.
;;
;; A contract has a name (an s-expression, shown in messages), a first-order test, and a
;; projection: given the blame for a boundary it maps a value to the value to use there
;; (the value itself, checked, or a procedure wrapped to check its arguments and results).
;; Blame is swapped for the arguments of a function contract, so a bad argument blames the
;; caller's side, and a bad result blames the function's side (Findler and Felleisen,
;; "Contracts for Higher-Order Functions", ICFP 2002).
(module contract "base.rkt"
  (require (for-syntax "base.rkt") "private/reqprov.rkt" "pretty.rkt"
           (only-in "private/kw.rkt" make-keyword-wrapper))
  (provide define/contract contract -> ->* any any/c parameter/c hash/c none/c and/c or/c not/c
           listof non-empty-listof cons/c list/c vectorof box/c
           =/c </c >/c <=/c >=/c between/c integer-in real-in natural-number/c
           one-of/c symbols false/c flat-named-contract
           contract? flat-contract? contract-name contract-first-order-passes?
           exn:fail:contract:blame exn:fail:contract:blame? exn:fail:contract:blame-object
           blame? blame-positive blame-negative)

  (struct exn:fail:contract:blame exn:fail:contract (object))

  ;; flat? : only the first-order test matters (no wrapping)
  (struct ctc (name flat? first-order proj))

  ;; positive: the party providing the value; swapped?: whether the negative party is to
  ;; blame for a violation here; context: innermost first ("the 1st argument of", ...)
  (struct blame (value-name positive negative from srcloc whole swapped? context))

  (define (blame-swap b) (struct-copy blame b [swapped? (not (blame-swapped? b))]))
  (define (blame-add b what) (struct-copy blame b [context (cons what (blame-context b))]))

  ;; ---- messages -----------------------------------------------------------------------

  ;; The lines showing a contract's name: one if short, else pretty-printed as Racket's blame
  ;; does (its lines start 6 columns in, within 50).
  (define (show-contract name)
    (define (pretty columns)
      (let ([o (open-output-string)])
        (parameterize ([pretty-print-columns columns]) (pretty-write name o))
        (lines (get-output-string o))))
    (let ([one (pretty 'infinity)])
      (if (< (string-length (car one)) 30) one (pretty 44))))

  ;; the lines of s, without a final newline
  (define (lines s)
    (let loop ([start 0] [i 0] [acc '()])
      (cond [(= i (string-length s))
             (reverse (if (< start i) (cons (substring s start i) acc) acc))]
            [(char=? (string-ref s i) #\newline) (loop (add1 i) (add1 i) (cons (substring s start i) acc))]
            [else (loop start (add1 i) acc)])))

  ;; Where a contract is from, as Racket shows it: on the line if short, else pretty-printed below it.
  (define (party->string p)
    (define (pretty columns)
      (let ([o (open-output-string)])
        (parameterize ([pretty-print-columns columns]) (pretty-display p o))
        (lines (get-output-string o))))
    (let ([one (pretty 'infinity)])
      (if (< (string-length (car one)) 30)
          (car one)
          (apply string-append (map (lambda (l) (string-append "\n      " l)) (pretty 44))))))

  (define (raise-blame b v expected [extra #f])
    (let ([own? (not (blame-swapped? b))])
      (raise-blame-message
       b
       (string-append
        (format "~a: ~a\n" (blame-value-name b) (if own? "broke its own contract" "contract violation"))
        (format "  ~a: ~a\n" (if own? "promised" "expected") expected)
        (format "  ~a: ~e\n" (if own? "produced" "given") v)
        (if extra (string-append "  " extra "\n") "")))))

  ;; "broke its own contract;\n promised a hash", as Racket words a failed kind test of some contracts
  (define (raise-blame-short b v what show-value?)
    (let ([own? (not (blame-swapped? b))])
      (raise-blame-message
       b
       (string-append
        (format "~a: ~a;\n" (blame-value-name b) (if own? "broke its own contract" "contract violation"))
        (format " ~a ~a\n" (if own? "promised" "expected") what)
        (if show-value? (format "  ~a: ~e\n" (if own? "produced" "given") v) "")))))

  (define (raise-blame-message b head)
    (let ([own? (not (blame-swapped? b))]
          [in-lines (append (blame-context b) (show-contract (ctc-name (blame-whole b))))])
      (raise
       (exn:fail:contract:blame
        (string-append
         head
         "  in: " (string-join* in-lines "\n      ") "\n"
         (format "  contract from: ~a\n" (party->string (blame-from b)))
         (format "  blaming: ~a\n" (if own? (blame-positive b) (blame-negative b)))
         "   (assuming the contract is correct)\n"
         (format "  at: ~a" (blame-srcloc b)))
        (current-continuation-marks)
        b))))

  (define (string-join* strs sep)
    (if (null? strs) ""
        (apply string-append (car strs) (map (lambda (s) (string-append sep s)) (cdr strs)))))

  (define (ordinal n)
    (let ([suffix (cond [(memv (remainder n 100) '(11 12 13)) "th"]
                        [(= (remainder n 10) 1) "st"]
                        [(= (remainder n 10) 2) "nd"]
                        [(= (remainder n 10) 3) "rd"]
                        [else "th"])])
      (string-append (number->string n) suffix)))

  ;; ---- turning values into contracts ---------------------------------------------------

  (define (flat name pred)
    (ctc name #t pred (lambda (b) (lambda (v) (if (pred v) v (raise-blame b v (format "~a" name)))))))

  (define (literal-name v)
    (if (or (symbol? v) (null? v)) (list 'quote v) v))

  (define (coerce who v)
    (cond
      [(ctc? v) v]
      [(and (procedure? v) (procedure-arity-includes? v 1))
       (flat (or (object-name v) '???) v)]
      [(or (number? v) (string? v) (char? v) (boolean? v) (symbol? v) (null? v) (keyword? v))
       (flat (literal-name v) (lambda (x) (equal? x v)))]
      [else (raise-argument-error who "contract?" v)]))

  (define (contract? v)
    (or (ctc? v) (and (procedure? v) (procedure-arity-includes? v 1))
        (number? v) (string? v) (char? v) (boolean? v) (symbol? v) (null? v) (keyword? v)))
  (define (flat-contract? v) (and (contract? v) (ctc-flat? (coerce 'flat-contract? v))))
  (define (contract-name c) (ctc-name (coerce 'contract-name c)))
  (define (contract-first-order-passes? c v) ((ctc-first-order (coerce 'contract-first-order-passes? c)) v))

  (define (flat-named-contract name c)
    (let ([c (coerce 'flat-named-contract c)])
      (flat name (ctc-first-order c))))

  ;; ---- combinators ---------------------------------------------------------------------

  (define any/c (flat 'any/c (lambda (v) #t)))
  (define none/c (flat 'none/c (lambda (v) #f)))
  (define false/c (flat #f not))
  (define natural-number/c (flat 'natural-number/c exact-nonnegative-integer?))

  (define (names cs) (map ctc-name cs))

  (define (and/c . cs0)
    (let ([cs (map (lambda (c) (coerce 'and/c c)) cs0)])
      (ctc (cons 'and/c (names cs)) (andmap ctc-flat? cs)
           (lambda (v) (andmap (lambda (c) ((ctc-first-order c) v)) cs))
           (lambda (b)
             (let ([ps (map (lambda (c) ((ctc-proj c) (blame-add b "an and/c case of"))) cs)])
               (lambda (v) (for/fold ([v v]) ([p (in-list ps)]) (p v))))))))

  (define (or/c . cs0)
    (let* ([cs (map (lambda (c) (coerce 'or/c c)) cs0)]
           [name (cons 'or/c (names cs))])
      (ctc name (andmap ctc-flat? cs)
           (lambda (v) (ormap (lambda (c) ((ctc-first-order c) v)) cs))
           (lambda (b)
             (lambda (v)
               ;; the first alternative whose first-order test passes checks the value
               (let loop ([cs cs])
                 (cond [(null? cs) (raise-blame b v (format "~a" name))]
                       [((ctc-first-order (car cs)) v) (((ctc-proj (car cs)) b) v)]
                       [else (loop (cdr cs))])))))))

  (define (not/c c0)
    (let ([c (coerce 'not/c c0)])
      (flat (list 'not/c (ctc-name c)) (lambda (v) (not ((ctc-first-order c) v))))))

  (define (listof-like who name-head non-empty? c0)
    (let* ([c (coerce who c0)]
           [ok? (lambda (v) (and (list? v) (or (not non-empty?) (pair? v))))])
      (ctc (list name-head (ctc-name c)) (ctc-flat? c)
           (lambda (v) (and (ok? v) (andmap (ctc-first-order c) v)))
           (lambda (b)
             (let ([p ((ctc-proj c) (blame-add b "an element of"))])
               (lambda (v)
                 (unless (ok? v) (raise-blame b v (if non-empty? "(and/c list? pair?)" "list?")))
                 (map p v)))))))

  (define (listof c) (listof-like 'listof 'listof #f c))
  (define (non-empty-listof c) (listof-like 'non-empty-listof 'non-empty-listof #t c))

  (define (cons/c a0 d0)
    (let ([a (coerce 'cons/c a0)] [d (coerce 'cons/c d0)])
      (ctc (list 'cons/c (ctc-name a) (ctc-name d)) (and (ctc-flat? a) (ctc-flat? d))
           (lambda (v) (and (pair? v) ((ctc-first-order a) (car v)) ((ctc-first-order d) (cdr v))))
           (lambda (b)
             (let ([pa ((ctc-proj a) (blame-add b "the car of"))]
                   [pd ((ctc-proj d) (blame-add b "the cdr of"))])
               (lambda (v)
                 (unless (pair? v) (raise-blame b v "pair?"))
                 (cons (pa (car v)) (pd (cdr v)))))))))

  (define (list/c . cs0)
    (let* ([cs (map (lambda (c) (coerce 'list/c c)) cs0)]
           [n (length cs)])
      (ctc (cons 'list/c (names cs)) (andmap ctc-flat? cs)
           (lambda (v) (and (list? v) (= (length v) n) (andmap (lambda (c x) ((ctc-first-order c) x)) cs v)))
           (lambda (b)
             (let ([ps (for/list ([c (in-list cs)] [i (in-naturals 1)])
                         ((ctc-proj c) (blame-add b (format "the ~a element of" (ordinal i)))))])
               (lambda (v)
                 (unless (and (list? v) (= (length v) n))
                   (raise-blame b v (format "a list of ~a element~a" n (if (= n 1) "" "s"))))
                 (map (lambda (p x) (p x)) ps v)))))))

  (define (vectorof c0)
    (let ([c (coerce 'vectorof c0)])
      (ctc (list 'vectorof (ctc-name c)) (ctc-flat? c)
           (lambda (v) (and (vector? v) (for/and ([x (in-vector v)]) ((ctc-first-order c) x))))
           (lambda (b)
             (let ([p ((ctc-proj c) (blame-add b "an element of"))])
               (lambda (v)
                 (unless (vector? v) (raise-blame b v "vector?"))
                 (for ([x (in-vector v)]) (p x))
                 v))))))

  (define (box/c c0)
    (let ([c (coerce 'box/c c0)])
      (ctc (list 'box/c (ctc-name c)) (ctc-flat? c)
           (lambda (v) (and (box? v) ((ctc-first-order c) (unbox v))))
           (lambda (b)
             (let ([p ((ctc-proj c) (blame-add b "the content of"))])
               (lambda (v)
                 (unless (box? v) (raise-blame b v "box?"))
                 (p (unbox v))
                 v))))))

  (define (comparison name op)
    (lambda (n)
      (unless (real? n) (raise-argument-error name "real?" n))
      (flat (list name n) (lambda (v) (and (real? v) (op v n))))))
  (define =/c (comparison '=/c =))
  (define </c (comparison '</c <))
  (define >/c (comparison '>/c >))
  (define <=/c (comparison '<=/c <=))
  (define >=/c (comparison '>=/c >=))
  (define (between/c lo hi) (flat (list 'between/c lo hi) (lambda (v) (and (real? v) (<= lo v hi)))))
  (define (real-in lo hi) (flat (list 'real-in lo hi) (lambda (v) (and (real? v) (<= lo v hi)))))
  (define (integer-in lo hi)
    (flat (list 'integer-in lo hi) (lambda (v) (and (exact-integer? v) (<= lo v hi)))))
  ;; named as the or/c of literals they are
  (define (one-of/c . vs)
    (flat (cons 'or/c (map literal-name vs)) (lambda (v) (and (memv v vs) #t))))
  (define (symbols . ss)
    (flat (cons 'or/c (map literal-name ss)) (lambda (v) (and (memq v ss) #t))))

  ;; ---- function contracts --------------------------------------------------------------

  ;; (-> dom ... range) and (->* (mandatory ...) (optional ...) #:rest c range): doms may
  ;; include #:kw c pairs; range is a contract or any. The macros pass keywords as quoted
  ;; values; the rest is done by make-arrow at run time.
  (define any-range (string->uninterned-symbol "any"))
  ;; an optional argument not given (->*'s #:rest, parameter/c's second contract)
  (define absent (string->uninterned-symbol "absent"))
  (define-syntax (any stx) (raise-syntax-error 'any "use of 'any outside the range of an arrow contract" stx))

  (begin-for-syntax
    ;; dom forms as expressions: a keyword becomes its quoted self
    (define (dom-exprs stx)
      (map (lambda (d) (if (keyword? (syntax-e d)) #`(quote #,d) d)) (syntax->list stx)))
    (define (range-expr r)
      (if (and (identifier? r) (free-identifier=? r #'any)) #'any-range r)))

  (define-syntax (-> stx)
    (syntax-case stx ()
      [(_ part ... rng)
       #`(make-arrow (list #,@(dom-exprs #'(part ...))) '() absent #,(range-expr #'rng) #f)]
      [_ (identifier? stx) #'make-arrow-procedure]))

  (define-syntax (->* stx)
    (syntax-case stx ()
      [(_ (mand ...) (opt ...) kw rest rng)
       (eq? (syntax-e #'kw) '#:rest)
       #`(make-arrow (list #,@(dom-exprs #'(mand ...))) (list #,@(dom-exprs #'(opt ...))) rest #,(range-expr #'rng) #t)]
      [(_ (mand ...) kw rest rng)
       (eq? (syntax-e #'kw) '#:rest)
       #`(make-arrow (list #,@(dom-exprs #'(mand ...))) '() rest #,(range-expr #'rng) #t)]
      [(_ (mand ...) (opt ...) rng)
       #`(make-arrow (list #,@(dom-exprs #'(mand ...))) (list #,@(dom-exprs #'(opt ...))) absent #,(range-expr #'rng) #t)]
      [(_ (mand ...) rng)
       #`(make-arrow (list #,@(dom-exprs #'(mand ...))) '() absent #,(range-expr #'rng) #t)]))

  (define (make-arrow-procedure . cs)
    (if (null? cs)
        (raise-arity-error '-> (arity-at-least 1))
        (let ([r (reverse cs)])
          (make-arrow (reverse (cdr r)) '() absent (car r) #f))))

  ;; positional contracts, and (keyword . contract) pairs sorted by keyword
  (define (split-doms who parts)
    (let loop ([ps parts] [pos '()] [kws '()])
      (cond [(null? ps) (values (reverse pos) (sort kws keyword<? #:key car))]
            [(keyword? (car ps)) (loop (cddr ps) pos (cons (cons (car ps) (coerce who (cadr ps))) kws))]
            [else (loop (cdr ps) (cons (coerce who (car ps)) pos) kws)])))

  (define (kw-names kws) (apply append (map (lambda (k) (list (car k) (ctc-name (cdr k)))) kws)))

  (define (plural n word) (format "~a ~a~a" n word (if (= n 1) "" "s")))

  ;; "1 argument", "1 or 2 arguments", "1, 2, or 3 arguments", "at least 1 argument"
  (define (accepts-text f)
    (let* ([a (procedure-arity f)]
           [as (if (list? a) a (list a))])
      (cond
        [(and (= (length as) 1) (exact-integer? (car as))) (plural (car as) "argument")]
        [(andmap exact-integer? as)
         (let ([strs (map number->string as)])
           (if (= (length strs) 2)
               (format "~a or ~a arguments" (car strs) (cadr strs))
               (let ([r (reverse strs)])
                 (format "~a, or ~a arguments" (string-join* (reverse (cdr r)) ", ") (car r)))))]
        [else (format "at least ~a" (plural (arity-at-least-value (car (reverse as))) "argument"))])))

  (define (accepts-rest? f n)
    (let ([a (procedure-arity f)])
      (ormap (lambda (x) (and (arity-at-least? x) (<= (arity-at-least-value x) n))) (if (list? a) a (list a)))))

  (define (make-arrow mand-parts opt-parts rest0 rng0 star?)
    (let*-values ([(who) (if star? '->* '->)]
                  [(mpos mkws) (split-doms who mand-parts)]
                  [(opos okws) (split-doms who opt-parts)])
      (let* ([rest (if (eq? rest0 absent) #f (coerce who rest0))]
             [rng (if (eq? rng0 any-range) #f (coerce who rng0))]
             [rng-name (if rng (ctc-name rng) 'any)]
             [nm (length mpos)]
             [no (length opos)]
             [name (if (and (null? opos) (null? okws) (not rest))
                       (append '(->) (names mpos) (kw-names mkws) (list rng-name))
                       (append (list '->* (append (names mpos) (kw-names mkws)))
                               (if (and (null? opos) (null? okws)) '() (list (append (names opos) (kw-names okws))))
                               (if rest (list '#:rest (ctc-name rest)) '())
                               (list rng-name)))]
             [all-kws (sort (append mkws okws) keyword<? #:key car)]
             [arity-ok? (lambda (f)
                          (and (for/and ([n (in-range nm (+ nm no 1))]) (procedure-arity-includes? f n #t))
                               (or (not rest) (accepts-rest? f (+ nm no)))))]
             [missing-kw (lambda (f)
                           (let-values ([(req allowed) (procedure-keywords f)])
                             (or (for/first ([k (in-list all-kws)]
                                             #:unless (or (not allowed) (memq (car k) allowed)))
                                   (car k))
                                 (for/first ([k (in-list req)] #:unless (assq k mkws)) k))))]
             [ok? (lambda (f) (and (procedure? f) (arity-ok? f) (not (missing-kw f))))])
        (ctc name #f ok?
             (lambda (b)
               (let* ([arg-p (lambda (c i)
                               ((ctc-proj c) (blame-swap (blame-add b (format "the ~a argument of" (ordinal i))))))]
                      [mand-ps (for/list ([c (in-list mpos)] [i (in-naturals 1)]) (arg-p c i))]
                      [opt-ps (for/list ([c (in-list opos)] [i (in-naturals (add1 nm))]) (arg-p c i))]
                      [rest-p (and rest ((ctc-proj rest) (blame-swap (blame-add b "the rest argument of"))))]
                      [kw-ps (map (lambda (k)
                                    (cons (car k)
                                          ((ctc-proj (cdr k)) (blame-swap (blame-add b (format "the ~a argument of" (car k)))))))
                                  all-kws)]
                      [rng-p (and rng ((ctc-proj rng) (blame-add b "the range of")))]
                      [check-pos (lambda (args)
                                   (let loop ([args args] [ps (append mand-ps opt-ps)] [acc '()])
                                     (cond [(null? args) (reverse acc)]
                                           [(null? ps) (append (reverse acc) (if rest-p (rest-p args) args))]
                                           [else (loop (cdr args) (cdr ps) (cons ((car ps) (car args)) acc))])))]
                      [result (lambda (thunk) (if rng-p (rng-p (thunk)) (thunk)))])
                 (lambda (f)
                   (unless (ok? f)
                     (cond
                       [(not (procedure? f)) (raise-blame b f "a procedure")]
                       [(not (arity-ok? f))
                        (raise-blame b f (format "a procedure that accepts ~a non-keyword argument~a~a"
                                                 (+ nm no) (if (= (+ nm no) 1) "" "s")
                                                 (if rest " and arbitrarily many more" ""))
                                     (format "~a accepts: ~a" (object-name f) (accepts-text f)))]
                       [else (raise-blame b f (format "a procedure that accepts the ~a keyword argument" (missing-kw f))
                                          (format "~a accepts: ~a" (object-name f) (accepts-text f)))]))
                   (if (null? all-kws)
                       (#%contracted-procedure
                        (lambda args (let ([checked (check-pos args)]) (result (lambda () (apply f checked)))))
                        f
                        (if rest
                            (arity-at-least nm)
                            (if (= no 0) nm (for/list ([n (in-range nm (+ nm no 1))]) n))))
                       ;; a keyword procedure of the contract's shape, named after f
                       (make-keyword-wrapper
                        (lambda (kws vals . args)
                          (let ([checked (check-pos args)]
                                [checked-vals (map (lambda (k v) (let ([p (assq k kw-ps)]) (if p ((cdr p) v) v))) kws vals)])
                            (result (lambda () (keyword-apply f kws checked-vals checked)))))
                        (if rest
                            (arithmetic-shift -1 nm)
                            (- (arithmetic-shift 1 (+ nm no 1)) (arithmetic-shift 1 nm)))
                        (sort (map car mkws) keyword<?)
                        (map car all-kws)
                        (or (object-name f) 'procedure)
                        'wrapped)))))))))

  ;; (parameter/c in [out]): values set are checked with in (the caller's fault), values
  ;; read with out (the parameter's)
  (define (parameter/c in0 [out0 absent])
    (let* ([in (coerce 'parameter/c in0)]
           [out (if (eq? out0 absent) in (coerce 'parameter/c out0))]
           [name (if (eq? out0 absent) (list 'parameter/c (ctc-name in)) (list 'parameter/c (ctc-name in) (ctc-name out)))])
      (ctc name #f parameter?
           (lambda (b)
             (let ([in-p ((ctc-proj in) (blame-swap (blame-add b "the parameter of")))]
                   [out-p ((ctc-proj out) (blame-add b "the parameter of"))])
               (lambda (p)
                 (unless (parameter? p) (raise-blame-short b p "a parameter" #f))
                 (make-derived-parameter p in-p out-p)))))))

  ;; (hash/c key value): every key and value checked when the hash crosses the boundary
  (define (hash/c k0 v0)
    (let ([k (coerce 'hash/c k0)] [v (coerce 'hash/c v0)])
      (ctc (list 'hash/c (ctc-name k) (ctc-name v)) #f
           (lambda (h) (and (hash? h)
                            (for/and ([(a x) (in-hash h)]) (and ((ctc-first-order k) a) ((ctc-first-order v) x)))))
           (lambda (b)
             (let ([kp ((ctc-proj k) (blame-add b "the keys of"))]
                   [vp ((ctc-proj v) (blame-add b "the values of"))])
               (lambda (h)
                 (unless (hash? h) (raise-blame-short b h "a hash" #t))
                 (if (and (ctc-flat? k) (ctc-flat? v))
                     (begin (for ([(a x) (in-hash h)]) (kp a) (vp x)) h)
                     (if (immutable? h)
                         (for/fold ([r (hash-clear h)]) ([(a x) (in-hash h)]) (hash-set r (kp a) (vp x)))
                         (begin (for ([(a x) (in-hash h)]) (kp a) (vp x)) h)))))))))

  ;; ---- boundaries ----------------------------------------------------------------------

  (define (apply-contract c0 v value-name positive negative srcloc)
    (let ([c (coerce 'contract c0)])
      (((ctc-proj c) (blame value-name positive negative positive srcloc c #f '())) v)))

  ;; (contract c v positive negative [value-name srcloc])
  (define (contract c v pos neg [value-name #f] [srcloc #f])
    (apply-contract c v (or value-name '???) pos neg (or srcloc "unknown location")))

  (set-box! contract-out-hook
            (lambda (c v name provider importer srcloc)
              (apply-contract c v name provider importer srcloc)))

  (define-syntax (define/contract stx)
    (define (srcloc id) (format "~a:~a:~a" (syntax-source id) (syntax-line id) (syntax-column id)))
    (syntax-case stx ()
      [(_ (f . args) c body ...)
       (identifier? #'f)
       #`(define f (apply-contract c (let () (define (f . args) body ...) f) 'f '(function f)
                                   (#%variable-reference-module-name (#%variable-reference))
                                   #,(srcloc #'f)))]
      [(_ id c e)
       (identifier? #'id)
       #`(define id (apply-contract c (let ([id e]) id) 'id '(definition id)
                                    (#%variable-reference-module-name (#%variable-reference))
                                    #,(srcloc #'id)))])))
