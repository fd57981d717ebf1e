;; Optional and keyword arguments: racket/base's `lambda`, `λ`, `define`,
;; `#%app`, plus keyword-apply, make-keyword-procedure, procedure-keywords
;; and the keyword-aware `apply`.
;;
;; Design
;; - A lambda whose formals are plain identifiers expands straight to the
;;   kernel lambda; an application without keywords expands straight to the
;;   kernel #%app.  Only code that uses the features pays for them.
;; - Optional/keyword lambdas compile to one "full" procedure taking every
;;   argument (keyword values first, in sorted keyword order, then the
;;   positional ones, then the rest list); an argument that was not supplied
;;   is passed as a private `unsupplied` token and its default is computed
;;   inside `full`, left to right in formals order, so defaults see earlier
;;   arguments exactly as in Racket.
; - Without keywords the result is a case-lambda calling `full`.  With
;;   keywords it is a keyword-procedure struct: prop:procedure points at the
;;   positional-only entry (so ordinary calls, map, apply, ... work), and
;;   keyword applications go through `keyword-apply`, which checks the
;;   keywords and positional count with Racket's messages and then calls the
;;   generic keyword entry.
(module kw '#%kernel
  (#%require "core-macros.rkt" "small-lists.rkt"
             (for-syntax '#%kernel '#%stx "small-lists.rkt" "core-macros.rkt"))

  (#%provide (rename new-lambda lambda)
             (rename new-lambda λ)
             (rename new-define define)
             (rename new-app #%app)
             (rename apply-stx apply)
             keyword-apply make-keyword-procedure procedure-keywords
             keyword-procedure? (rename kw-procedure-rename procedure-rename)
             (rename kw-procedure-arity-includes? procedure-arity-includes?)
             procedure-reduce-keyword-arity
             ;; for racket/contract (not re-exported by racket/base)
             make-keyword-wrapper)

  ;; ==================================================================
  ;; runtime

  (define unsupplied (string->uninterned-symbol "unsupplied"))

  ;; fields: 0 plain-entry  1 kw-entry (kws vals . pos)  2 required
  ;;         3 allowed (#f = any)  4 pos-min  5 pos-max (#f = no limit)
  ;;         6 name
  (define-values (struct:keyword-procedure make-kp keyword-procedure? kp-ref kp-set!)
    (make-struct-type 'procedure #f 7 0 #f
                      (list (cons prop:object-name 6)
                            ;; the arity errors of the positional entry (field 0)
                            (cons #%prop:arity-error-reporter (lambda (kp args) (kp-plain-fail kp args)))
                            (cons prop:custom-write
                                  (lambda (v port mode)
                                    (let ([n (kp-ref v 6)])
                                      (write-string (if n
                                                        (string-append "#<procedure:" (symbol->string n) ">")
                                                        "#<procedure>")
                                                    port)))))
                      (current-inspector) 0 '(0 1 2 3 4 5 6) #f))

  (define (kp-name p) (let ([n (kp-ref p 6)]) (or n 'procedure)))

  ;; "arguments...:" block of application error messages: positional
  ;; values, then `#:kw value` in keyword order
  (define (args-block pos kws vals)
    (if (and (null? pos) (null? kws))
        ""
        (string-append
         "\n  arguments...:"
         (apply string-append
                (append
                 (map (lambda (v) (format "\n   ~e" v)) pos)
                 (map (lambda (k v) (format "\n   ~a ~e" k v)) kws vals))))))

  (define (contract-fail msg)
    (raise (make-exn:fail:contract msg (current-continuation-marks))))
  (define (arity-fail msg)
    (raise (make-exn:fail:contract:arity msg (current-continuation-marks))))

  (define (first-missing need have)
    (cond [(null? need) #f]
          [(memq (car need) have) (first-missing (cdr need) have)]
          [else (car need)]))

  ;; "#:a", "#:a and #:b", "#:a, #:b, and #:c"
  (define (kw-list-string ks)
    (cond [(null? (cdr ks)) (format "~a" (car ks))]
          [(null? (cddr ks)) (format "~a and ~a" (car ks) (cadr ks))]
          [else (let loop ([ks ks])
                  (if (null? (cdr ks))
                      (format "and ~a" (car ks))
                      (string-append (format "~a, " (car ks)) (loop (cdr ks)))))]))

  ;; the "expected:" text of a keyword procedure's arity error
  (define (kw-arity-string p)
    (let* ([mn (kp-ref p 4)] [mx (kp-ref p 5)]
           [req (kp-ref p 2)] [allowed (kp-ref p 3)]
           [opt (if allowed
                    (let loop ([a allowed])
                      (cond [(null? a) '()]
                            [(memq (car a) req) (loop (cdr a))]
                            [else (cons (car a) (loop (cdr a)))]))
                    '())])
      (string-append
       (cond [(not mx) (format "at least ~a" mn)]
             [(= mn mx) (format "~a" mn)]
             [else "a different number"])
       (if (null? req) ""
           (format " plus ~a ~a"
                   (if (null? (cdr req)) "an argument with keyword" "arguments with keywords")
                   (kw-list-string req)))
       (if (null? opt) ""
           (format " plus ~a ~a"
                   (if (null? (cdr opt)) "an optional argument with keyword" "optional arguments with keywords")
                   (kw-list-string opt))))))

  (define (pos-ok? p n)
    (and (>= n (kp-ref p 4))
         (let ([mx (kp-ref p 5)]) (or (not mx) (<= n mx)))))

  ;; Called when a keyword procedure is applied without keywords but its
  ;; positional entry cannot handle the call (wrong count, or required
  ;; keywords).
  (define (kp-plain-fail p args)
    (if (pos-ok? p (length args))
        (contract-fail
         (format "application: required keyword argument not supplied\n  procedure: ~a\n  required keyword: ~a~a"
                 (kp-name p) (car (kp-ref p 2)) (args-block args '() '())))
        (arity-fail
         (format "~a: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: ~a\n  given: ~a~a"
                 (kp-name p) (kw-arity-string p) (length args) (args-block args '() '())))))

  ;; Apply with keywords; kws are sorted and distinct.
  (define (apply-with-keywords proc kws vals pos)
    (cond
      [(keyword-procedure? proc)
       (let ([allowed (kp-ref proc 3)])
         (let ([bad (and allowed (first-missing kws allowed))])
           (when bad
             (contract-fail
              (format "application: procedure does not expect an argument with given keyword\n  procedure: ~a\n  given keyword: ~a~a"
                      (kp-name proc) bad (args-block pos kws vals)))))
         (let ([miss (first-missing (kp-ref proc 2) kws)])
           (when miss
             (contract-fail
              (format "application: required keyword argument not supplied\n  procedure: ~a\n  required keyword: ~a~a"
                      (kp-name proc) miss (args-block pos kws vals)))))
         (unless (pos-ok? proc (length pos))
           (arity-fail
            (format "application: no case matching ~a non-keyword argument~a\n  procedure: ~a~a"
                    (length pos) (if (= 1 (length pos)) "" "s")
                    (kp-name proc) (args-block pos kws vals))))
         (apply (kp-ref proc 1) kws vals pos))]
      [(null? kws) (apply proc pos)]
      [(procedure? proc)
       (contract-fail
        (format "application: procedure does not accept keyword arguments\n  procedure: ~a~a"
                (let ([n (object-name proc)]) (if n n proc))
                (args-block pos kws vals)))]
      [else
       (contract-fail
        (format "application: not a procedure;\n expected a procedure that can be applied to arguments\n  given: ~e~a"
                proc (args-block pos kws vals)))]))

  ;; the generic keyword entry of a lambda with keywords: line up the
  ;; supplied keyword values with `allowed` (sorted), pad positional
  ;; arguments with `unsupplied`, and call `full`
  (define (make-kw-entry full allowed n-pos rest?)
    (lambda (kws vals . pos)
      (let loop ([a allowed] [kws kws] [vals vals] [acc '()])
        (cond
          [(null? a)
           (apply full (rev-append acc (pad-positional pos n-pos rest?)))]
          [(and (pair? kws) (eq? (car kws) (car a)))
           (loop (cdr a) (cdr kws) (cdr vals) (cons (car vals) acc))]
          [else (loop (cdr a) kws vals (cons unsupplied acc))]))))

  (define (rev-append acc tail)
    (if (null? acc) tail (rev-append (cdr acc) (cons (car acc) tail))))

  (define (pad-positional pos n rest?)
    (cond
      [(= n 0) (if rest? (list pos) '())]
      [(null? pos) (cons unsupplied (pad-positional '() (sub1 n) rest?))]
      [else (cons (car pos) (pad-positional (cdr pos) (sub1 n) rest?))]))

  ;; positional entry of a keyword procedure with required keywords: a call
  ;; always fails (an arity error, or the missing keyword), and its arity is
  ;; the positional one, as procedure-arity reports it in Racket
  (define (make-fail-entry get-self n-req n-opt rest?)
    (make-fail-entry/mask get-self
                          (if rest?
                              (arithmetic-shift -1 n-req)
                              (- (arithmetic-shift 1 (+ n-req n-opt 1)) (arithmetic-shift 1 n-req)))
                          #f))

  ;; kind: how a call with the right count (but no keywords) fails: #f the
  ;; usual "required keyword argument not supplied"; 'helper as Racket 8.7
  ;; reports it for renamed and reduced keyword procedures (the arity error
  ;; of its internal helper); 'wrapped as for its contract wrappers (the
  ;; arguments shown as one list)
  (define (make-fail-entry/mask get-self mask kind)
    (procedure-reduce-arity-mask
     (lambda args
       (cond [(or (not kind) (not (pos-ok? (get-self) (length args)))) (kp-plain-fail (get-self) args)]
             [(eq? kind 'helper)
              (arity-fail "raise-missing-kw: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 3\n  given: 2")]
             [else (kp-plain-fail (get-self) (list args))]))
     mask))

  ;; a keyword procedure whose positional entry's arity errors it reports (see
  ;; exn.ArityErrorHandlers): made, then recorded as the entry's owner
  (define (reporting kp)
    (#%set-arity-error-owner! (kp-ref kp 0) kp)
    kp)

  ;; A keyword procedure of a given shape over kw-proc, which takes
  ;; (kws vals . positional) as make-keyword-procedure's does: the result of
  ;; procedure-reduce-keyword-arity, and racket/contract's wrappers. mask is
  ;; the positional arity; required and allowed are sorted keyword lists
  ;; (allowed #f: any); kind as for make-fail-entry/mask.
  (define (make-keyword-wrapper kw-proc mask required allowed name kind)
    (letrec ([self (make-kp (if (pair? required)
                                (make-fail-entry/mask (lambda () self) mask kind)
                                (procedure-reduce-arity-mask (lambda args (apply kw-proc '() '() args)) mask name))
                            kw-proc required allowed
                            (mask-min mask) (mask-max mask) name)])
      (reporting self)))

  (define (mask-min mask)
    (let loop ([i 0]) (if (bitwise-bit-set? mask i) i (loop (add1 i)))))

  ;; the largest count in mask, #f if it has no limit
  (define (mask-max mask)
    (if (< mask 0) #f (sub1 (integer-length mask))))

  (define procedure-reduce-keyword-arity
    (case-lambda
      [(proc arity required allowed) (reduce-keyword-arity proc arity required allowed #f)]
      [(proc arity required allowed name) (reduce-keyword-arity proc arity required allowed name)]
      [(proc arity required allowed name realm) (reduce-keyword-arity proc arity required allowed name)]))

  (define (reduce-keyword-arity proc arity required allowed name)
    ;; as in Racket, the positional arity is checked (and reported) by
    ;; procedure-reduce-arity, first
    (let ([mask (procedure-arity-mask (procedure-reduce-arity proc arity))])
      (unless (and (list? required) (sorted-keywords? required))
        (raise-argument-error 'procedure-reduce-keyword-arity "(and/c (listof keyword?) sorted? distinct?)" 2 proc arity required allowed))
      (unless (or (not allowed) (and (list? allowed) (sorted-keywords? allowed)))
        (raise-argument-error 'procedure-reduce-keyword-arity "(or/c (and/c (listof keyword?) sorted? distinct?) #f)" 3 proc arity required allowed))
      (make-keyword-wrapper (lambda (kws vals . pos) (apply-with-keywords proc kws vals pos))
                            mask required allowed (or name (object-name proc)) 'helper)))

  ;; build a keyword procedure for a lambda with keywords
  ;;   plain-maker : (-> kp) -> procedure   (gets a thunk returning the
  ;;                 finished struct, for error messages)
  (define (make-lambda-kp full plain-maker required allowed n-req n-opt rest? name)
    (letrec ([self (make-kp (plain-maker (lambda () self))
                            (make-kw-entry full allowed (+ n-req n-opt) rest?)
                            required allowed n-req (if rest? #f (+ n-req n-opt)) name)])
      (reporting self)))

  (define (sorted-keywords? l)
    (or (null? l)
        (and (keyword? (car l))
             (or (null? (cdr l))
                 (and (keyword? (cadr l))
                      (keyword<? (car l) (cadr l))
                      (sorted-keywords? (cdr l)))))))

  (define keyword-apply
    (lambda (proc kws vals arg . more)
      (define args (cons arg more))
      (unless (procedure? proc)
        (apply raise-argument-error 'keyword-apply "procedure?" 0 proc kws vals args))
      (unless (and (list? kws) (sorted-keywords? kws))
        (apply raise-argument-error 'keyword-apply "(and/c (listof? keyword?) sorted? distinct?)" 1 proc kws vals args))
      (unless (list? vals)
        (apply raise-argument-error 'keyword-apply "list?" 2 proc kws vals args))
      (unless (= (length kws) (length vals))
        (contract-fail
         (format "keyword-apply: keyword list length does not match value list length\n  keyword list length: ~a\n  value list length: ~a\n  keyword list: ~e\n  value list: ~e"
                 (length kws) (length vals) kws vals)))
      (let ([pos (apply list* args)])
        (unless (list? pos)
          (apply raise-argument-error 'keyword-apply "list?" (+ 2 (length args)) proc kws vals args))
        (apply-with-keywords proc kws vals pos))))

  (define make-keyword-procedure
    (case-lambda
      [(proc) (make-keyword-procedure proc (lambda args (apply proc '() '() args)))]
      [(proc plain)
       (unless (and (procedure? proc) (procedure-arity-includes? proc 2))
         (raise-argument-error 'make-keyword-procedure "(procedure-arity-includes/c 2)" proc))
       (make-kp plain proc '() #f 0 #f (object-name proc))]))

  ;; procedure-rename keeps a keyword procedure's keywords: a copy of the
  ;; struct with the new name (its positional entry renamed too, for the
  ;; arity errors of plain calls)
  (define kw-procedure-rename
    (case-lambda
      [(proc name) (kw-procedure-rename proc name #f)]
      [(proc name realm)
       (if (keyword-procedure? proc)
           (begin
             (unless (symbol? name) (raise-argument-error 'procedure-rename "symbol?" name))
             (letrec ([self (make-kp (rename-plain proc name (lambda () self))
                                     (kp-ref proc 1) (kp-ref proc 2) (kp-ref proc 3)
                                     (kp-ref proc 4) (kp-ref proc 5) name)])
               (if (#%arity-error-owner (kp-ref proc 0)) (reporting self) self)))
           (if realm (procedure-rename proc name realm) (procedure-rename proc name)))]))

  ;; a positional entry under a new name, whose errors name the renamed
  ;; procedure
  (define (rename-plain proc name get-self)
    (let ([plain (kp-ref proc 0)])
      (cond [(not (#%arity-error-owner plain)) (procedure-rename plain name)]
            [(pair? (kp-ref proc 2)) (make-fail-entry/mask get-self (procedure-arity-mask plain) 'helper)]
            [else (procedure-rename plain name)])))

  ;; a keyword procedure that requires keywords accepts no call without
  ;; them, unless kws-ok? (its procedure-arity is still the positional one)
  (define kw-procedure-arity-includes?
    (case-lambda
      [(proc k) (kw-procedure-arity-includes? proc k #f)]
      [(proc k kws-ok?)
       (let ([r (procedure-arity-includes? proc k)])
         (and r (or kws-ok? (not (keyword-procedure? proc)) (null? (kp-ref proc 2)))))]))

  (define (procedure-keywords p)
    (cond
      [(keyword-procedure? p) (values (kp-ref p 2) (kp-ref p 3))]
      [(procedure? p) (values '() '())]
      [else (raise-argument-error 'procedure-keywords "procedure?" p)]))

  ;; `apply` accepting keywords: (apply f #:k v args) = keyword-apply
  (define new-apply
    (make-kp apply
             (lambda (kws vals f . args)
               (apply-with-keywords f kws vals (apply list* args)))
             '() #f 2 #f 'apply))

  ;; ==================================================================
  ;; compile time

  (begin-for-syntax
    (define counter 0)
    (define (temp name)
      (set! counter (add1 counter))
      (datum->syntax (quote-syntax here)
                     (string->symbol (format "~a~a" name counter))))
    (define (temps name n) (if (= n 0) '() (cons (temp name) (temps name (sub1 n)))))

    (define (kw-stx? s) (keyword? (syntax-e s)))

    (define (insert-kw k l)            ; l sorted list of (kw . x)
      (cond [(null? l) (list k)]
            [(keyword<? (car k) (caar l)) (cons k l)]
            [else (cons (car l) (insert-kw k (cdr l)))]))
    (define (sort-kws l) (if (null? l) '() (insert-kw (car l) (sort-kws (cdr l)))))

    ;; formals that the kernel lambda accepts directly?
    (define (simple-formals? f)
      (let ([d (syntax-e f)])
        (cond [(null? d) #t]
              [(symbol? d) #t]
              [(pair? d) (and (identifier? (car d))
                              (simple-formals? (if (syntax? (cdr d)) (cdr d) (datum->syntax #f (cdr d)))))]
              [else #f])))

    ;; Parse formals.  Returns a vector:
    ;;  0 items: list of (kind id default) in formals order,
    ;;    kind: 'req 'opt 'kw-req 'kw-opt 'rest ; for kw kinds default is (kw . default)
    ;;  1 n-req  2 n-opt  3 rest-id or #f  4 sorted list of (kw . kind)
    (define (parse-formals stx formals)
      (let loop ([f formals] [items '()] [n-req 0] [n-opt 0] [kws '()])
        (let ([d (if (syntax? f) (syntax-e f) f)])
          (cond
            [(null? d) (vector (reverse items) n-req n-opt #f (sort-kws kws))]
            [(symbol? d)
             (vector (reverse (cons (list 'rest f #f) items)) n-req n-opt f (sort-kws kws))]
            [(pair? d)
             (let ([a (car d)] [r (cdr d)])
               (cond
                 [(identifier? a)
                  (when (> n-opt 0)
                    (raise-syntax-error #f "mandatory argument after optional argument" stx a))
                  (loop r (cons (list 'req a #f) items) (add1 n-req) n-opt kws)]
                 [(kw-stx? a)
                  (let ([rd (if (syntax? r) (syntax-e r) r)])
                    (unless (pair? rd)
                      (raise-syntax-error #f "missing argument identifier after keyword" stx a))
                    (when (assq (syntax-e a) kws)
                      (raise-syntax-error #f "duplicate keyword for argument" stx a))
                    (let ([b (car rd)])
                      (cond
                        [(identifier? b)
                         (loop (cdr rd) (cons (list 'kw-req b (cons (syntax-e a) #f)) items)
                               n-req n-opt (cons (cons (syntax-e a) 'req) kws))]
                        [(let ([l (syntax->list b)]) (and l (= 2 (length l)) (identifier? (car l)) l))
                         => (lambda (l)
                              (loop (cdr rd) (cons (list 'kw-opt (car l) (cons (syntax-e a) (cadr l))) items)
                                    n-req n-opt (cons (cons (syntax-e a) 'opt) kws)))]
                        [else (raise-syntax-error
                               #f "not an identifier or identifier with default" stx b)])))]
                 [(let ([l (syntax->list a)]) (and l (= 2 (length l)) (identifier? (car l)) l))
                  => (lambda (l)
                       (loop r (cons (list 'opt (car l) (cadr l)) items) n-req (add1 n-opt) kws))]
                 [else (raise-syntax-error
                        #f "not an identifier, identifier with default, or keyword" stx a)]))]
            [else (raise-syntax-error #f "bad argument sequence" stx f)]))))

    ;; the name to give the generated procedure
    ;; the name to give a keyword procedure: the inferred-name property
    ;; (set by define), else the binding being defined (syntax-local-name),
    ;; else, as Racket does, the source location
    (define (lambda-name stx)
      (let ([n (syntax-property stx 'inferred-name)])
        (cond
          [(symbol? n) n]
          [(let ([l (syntax-local-name)]) (and (symbol? l) l)) => values]
          [else #f])))
    (define (srcloc-name stx)
      (let ([src (syntax-source stx)] [line (syntax-line stx)] [col (syntax-column stx)])
        (and src line col
             (string->symbol (format "~a:~a:~a" (if (path? src) (path->string src) src) line col)))))

    ;; give a template result the source location of the macro use
    (define (relocate r stx) (datum->syntax r (syntax-e r) stx r))

    (define (name-it stx name)
      (if name (syntax-property stx 'inferred-name name) stx))

    (define (gen-lambda stx formals body)
      (let* ([p (parse-formals stx formals)]
             [items (vector-ref p 0)]
             [n-req (vector-ref p 1)]
             [n-opt (vector-ref p 2)]
             [rest-id (vector-ref p 3)]
             [kws (vector-ref p 4)]
             [name (lambda-name stx)]
             [U (quote-syntax unsupplied)]
             ;; temporaries for full's parameters
             [kw-ts (map (lambda (k) (cons (car k) (temp "kw"))) kws)]
             [pos-ts (temps "arg" (+ n-req n-opt))]
             [rest-t (and rest-id (temp "rest"))]
             [full (temp "full")]
             [full-params (append (map cdr kw-ts) pos-ts (if rest-t (list rest-t) '()))]
             ;; let* bindings in formals order
             [bindings
              (let loop ([items items] [pts pos-ts])
                (if (null? items)
                    '()
                    (let* ([it (car items)] [kind (car it)] [id (cadr it)] [def (caddr it)])
                      (case kind
                        [(req) (cons (list id (car pts)) (loop (cdr items) (cdr pts)))]
                        [(opt) (cons (list id (list (quote-syntax if)
                                                    (list (quote-syntax eq?) (car pts) U)
                                                    def (car pts)))
                                     (loop (cdr items) (cdr pts)))]
                        [(kw-req) (cons (list id (cdr (assq (car def) kw-ts))) (loop (cdr items) pts))]
                        [(kw-opt) (let ([t (cdr (assq (car def) kw-ts))])
                                    (cons (list id (list (quote-syntax if)
                                                         (list (quote-syntax eq?) t U)
                                                         (cdr def) t))
                                          (loop (cdr items) pts)))]
                        [(rest) (cons (list id rest-t) (loop (cdr items) pts))]))))]
             [full-lambda
              (list (quote-syntax lambda) full-params
                    (list* (quote-syntax let*) bindings body))]
             [kw-us (map (lambda (k) U) kws)]
             ;; case-lambda clauses calling full for 0..n-opt optionals
             [clauses
              (let loop ([i 0])
                (let* ([given (let take ([l pos-ts] [k (+ n-req i)])
                                (if (= k 0) '() (cons (car l) (take (cdr l) (sub1 k)))))]
                       [pad (let mk ([k (- n-opt i)]) (if (= k 0) '() (cons U (mk (sub1 k)))))])
                  (if (= i n-opt)
                      (if rest-t
                          (list (list (append given rest-t)
                                      (append (list full) kw-us given (list rest-t))))
                          (list (list given (append (list full) kw-us given))))
                      (cons (list given (append (list full) kw-us given pad
                                                (if rest-t (list (quote-syntax '())) '())))
                            (loop (add1 i))))))]
             [required (map car (filter-req kws))]
             [allowed (map car kws)])
        (datum->syntax
         (quote-syntax here)
         (list (quote-syntax let-values)
               (list (list (list full) full-lambda))
               (if (null? kws)
                   (name-it (datum->syntax (quote-syntax here) (cons (quote-syntax case-lambda) clauses) stx)
                            name)
                   (let ([self (temp "self")])
                     (list (quote-syntax make-lambda-kp)
                           full
                           (list (quote-syntax lambda) (list self)
                                 ;; (a positional call of the wrong count is reported by the
                                 ;; keyword procedure: see `reporting`)
                                 (if (null? required)
                                     (name-it (datum->syntax (quote-syntax here)
                                                             (cons (quote-syntax case-lambda) clauses))
                                              name)
                                     (list (quote-syntax make-fail-entry) self n-req n-opt (and rest-t #t))))
                           (list (quote-syntax quote) required)
                           (list (quote-syntax quote) allowed)
                           n-req n-opt (and rest-t #t)
                           (list (quote-syntax quote) (or name (srcloc-name stx)))))))
         stx)))

    (define (filter-req kws)
      (cond [(null? kws) '()]
            [(eq? (cdar kws) 'req) (cons (car kws) (filter-req (cdr kws)))]
            [else (filter-req (cdr kws))])))

  (begin-for-syntax
    ;; (f a #:k v b) => evaluate f, a, v, b left to right into temporaries,
    ;; then (apply-with-keywords f '(sorted-kws) (list vals) (list pos))
    (define (gen-kw-app stx args)
      (when (null? args)
        (raise-syntax-error #f "missing procedure expression" stx))
      (let loop ([l (cdr args)] [binds '()] [pos '()] [kws '()])
        (cond
          [(null? l)
           (let* ([f (temp "f")]
                  [sorted (sort-kws kws)])
             (datum->syntax
              (quote-syntax here)
              (list (quote-syntax let-values)
                    (cons (list (list f) (car args)) (reverse binds))
                    (list (quote-syntax apply-with-keywords)
                          f
                          (list (quote-syntax quote) (map car sorted))
                          (cons (quote-syntax list) (map cdr sorted))
                          (cons (quote-syntax list) (reverse pos))))
              stx))]
          [(kw-stx? (car l))
           (when (null? (cdr l))
             (raise-syntax-error 'application "missing argument expression after keyword" stx (car l)))
           (when (kw-stx? (cadr l))
             (raise-syntax-error 'application "keyword in expression position (immediately after another keyword)" stx (cadr l)))
           (when (assq (syntax-e (car l)) kws)
             (raise-syntax-error 'application "duplicate keyword in application" stx (car l)))
           (let ([t (temp "k")])
             (loop (cddr l) (cons (list (list t) (cadr l)) binds) pos
                   (cons (cons (syntax-e (car l)) t) kws)))]
          [else
           (let ([t (temp "a")])
             (loop (cdr l) (cons (list (list t) (car l)) binds) (cons t pos) kws))]))))

  (define-syntaxes (new-lambda)
    (lambda (stx)
      (syntax-case stx ()
        [(_ formals body1 body ...)
         (if (simple-formals? (syntax formals))
             (let ([name (lambda-name stx)])
               (name-it (relocate (syntax (lambda formals body1 body ...)) stx) name))
             (gen-lambda stx (syntax formals) (syntax->list (syntax (body1 body ...)))))])))

  ;; define: like core-macros' define, but through new-lambda, passing the
  ;; defined name along for procedure names and error messages
  (define-syntaxes (new-define)
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
         (if (simple-formals? (syntax formals))
             (syntax (define-values (id) (lambda formals body1 body ...)))
             (with-syntax ([lam (syntax-property (relocate (syntax (new-lambda formals body1 body ...)) stx)
                                                 'inferred-name (syntax-e (syntax id)))])
               (syntax (define-values (id) lam))))]
        [(_ ((head . formals1) . formals) body1 body ...)
         (syntax (new-define (head . formals1) (new-lambda formals body1 body ...)))])))

  ;; #%app: keyword-free applications go straight to the kernel #%app
  ;; (runs for every application in every racket/base program: one tight
  ;; loop over the arguments, no allocation besides the result)
  (define-syntaxes (new-app)
    (lambda (stx)
      (let ([l (syntax-e stx)])
        (let loop ([r (cdr l)])
          (cond
            [(null? r) (datum->syntax stx (cons (quote-syntax #%app) (cdr l)) stx stx)]
            [(pair? r) (if (keyword? (syntax-e (car r)))
                           (gen-kw-app stx (syntax->list (datum->syntax #f (cdr l))))
                           (loop (cdr r)))]
            [(syntax? r) (let ([args (syntax->list r)])
                           (if args
                               (if (ormap kw-stx? args)
                                   (gen-kw-app stx args)
                                   (datum->syntax stx (cons (quote-syntax #%app) args) stx stx))
                               (raise-syntax-error #f "bad syntax" stx)))]
            [else (raise-syntax-error #f "bad syntax" stx)])))))

  ;; `apply` is syntax so that the common (apply f x ... lst) compiles to
  ;; the kernel's apply (a known primitive); with keywords it goes through
  ;; new-apply, and as a value it is new-apply (a keyword procedure)
  (define-syntaxes (apply-stx)
    (lambda (stx)
      (if (identifier? stx)
          (quote-syntax new-apply)
          (let ([args (syntax->list stx)])
            (cond
              [(not args) (raise-syntax-error #f "bad syntax" stx)]
              [(ormap kw-stx? (cdr args))
               (gen-kw-app stx (cons (quote-syntax new-apply) (cdr args)))]
              [else
               (datum->syntax stx (list* (quote-syntax #%app) (quote-syntax apply) (cdr args)) stx stx)])))))
)
