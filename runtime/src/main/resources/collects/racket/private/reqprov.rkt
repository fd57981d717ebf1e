;; `require` and `provide` with their sub-forms, translated purely
;; syntactically to the kernel's raw #%require / #%provide specs.
;;
;; require: every spec is normalised to a list of "import sets", one per
;; module path:
;;   #(mp all prefix excepts renames)  all exports of mp except `excepts`
;;                                     (exported names), each local name
;;                                     prefixed by `prefix` (#f or string),
;;                                     plus `renames`
;;   #(mp only #f () renames)          exactly `renames`
;; where renames is a list of (local-id . exported-symbol).  only-in,
;; except-in, prefix-in and rename-in are operations on these sets, so they
;; nest freely without knowing the module's exports.  Phase shifts
;; (for-syntax, for-meta, ...) wrap the raw output.
;;
;; provide: sub-forms map to raw provide specs; struct-out reads the static
;; struct info bound to the struct name.  racket/base's #%module-begin
;; moves `provide` forms to the end of the module so struct-out and
;; all-defined-out see every definition.
(module reqprov '#%kernel
  (#%require (for-syntax '#%kernel '#%stx "small-lists.rkt" "core-macros.rkt" "struct-info.rkt"))
  (#%provide require provide
             only-in except-in prefix-in rename-in combine-in relative-in
             for-syntax for-template for-label for-meta only-meta-in submod
             all-defined-out all-from-out rename-out except-out prefix-out
             struct-out protect-out combine-out contract-out
             contract-out-hook)

  ;; contract-out: racket/contract, once instantiated, puts in this box the procedure that
  ;; applies a contract to a provided value for one importing module (without it, values are
  ;; provided unchecked). Each contracted export is a macro that, where it is used, asks
  ;; contract-out-value for the value as contracted for the module it is used in (the party
  ;; a violation of the argument contracts blames).
  (define-values (contract-out-hook) (box #f))

  (define-values (contract-out-value)
    (lambda (contract-thunk value-thunk name provider srcloc)
      (let-values ([(by-importer) (make-hash)])
        (lambda (importer)
          (let-values ([(apply-contract) (unbox contract-out-hook)])
            (if apply-contract
                (let-values ([(neg) (#%variable-reference-module-name importer)])
                  (let-values ([(known) (hash-ref by-importer neg #f)])
                    (if known
                        known
                        (let-values ([(v) (apply-contract (contract-thunk) (value-thunk) name
                                                          (#%variable-reference-module-name provider) neg srcloc)])
                          (hash-set! by-importer neg v)
                          v))))
                (value-thunk)))))))

  ;; the sub-form keywords are only meaningful inside require/provide
  (define-syntaxes (only-in except-in prefix-in rename-in combine-in relative-in
                    for-syntax for-template for-label for-meta only-meta-in submod
                    all-defined-out all-from-out rename-out except-out prefix-out
                    struct-out protect-out combine-out contract-out)
    (let-values ([(bad) (lambda (stx)
                          (raise-syntax-error #f "not allowed outside of require or provide" stx))])
      ;; one per name above
      (apply values (let loop ([i 21]) (if (= i 0) '() (cons bad (loop (sub1 i))))))))

  (begin-for-syntax
    ;; the definitions that contract-out clauses of the provide being parsed need
    (define contract-out-definitions (box '()))

    ;; The export of a contracted id: its uses become (value-of (#%variable-reference)), the
    ;; value as contracted for the using module.
    (define (contract-out-use value-of)
      (lambda (stx)
        (let ([use (datum->syntax (quote-syntax here)
                                  (list value-of (list (quote-syntax #%variable-reference)))
                                  stx)])
          (if (identifier? stx)
              use
              (datum->syntax stx (cons use (cdr (syntax-e stx))) stx)))))

    ;; [id contract] or (rename id exported contract) of contract-out: defines the contracted
    ;; value's maker and the export macro; returns the raw provide spec.
    (define (contract-out-clause spec id exported contract)
      (let* ([base (symbol->string (syntax-e id))]
             [value-of (datum->syntax id (string->symbol (string-append base ".contract-out")))]
             [export (datum->syntax id (string->symbol (string-append base ".contract-out-export")))]
             [srcloc (format "~a:~a:~a" (syntax-source id) (syntax-line id) (syntax-column id))])
        (set-box! contract-out-definitions
                  (list* (datum->syntax spec
                           (list (quote-syntax define-values) (list value-of)
                                 (list (quote-syntax contract-out-value)
                                       (list (quote-syntax lambda) '() contract)
                                       (list (quote-syntax lambda) '() id)
                                       (list (quote-syntax quote) exported)
                                       (list (quote-syntax #%variable-reference))
                                       srcloc))
                           spec)
                         (datum->syntax spec
                           (list (quote-syntax define-syntaxes) (list export)
                                 ;; an application in this module's context: the using
                                 ;; module need not have racket/base for syntax
                                 (datum->syntax (quote-syntax here)
                                                (list (quote-syntax contract-out-use)
                                                      (list (quote-syntax quote-syntax) value-of))))
                           spec)
                         (unbox contract-out-definitions)))
        (list (datum->syntax spec (list 'rename export exported) spec))))

    (define (head-sym stx)
      (let ([d (syntax-e stx)])
        (and (pair? d) (identifier? (car d)) (syntax-e (car d)))))

    (define (module-path-form? stx)
      (let ([d (syntax-e stx)])
        (or (string? d) (symbol? d)
            (memq (head-sym stx) '(quote submod file lib planet)))))

    (define (mk-set mp mode prefix excepts renames) (vector mp mode prefix excepts renames))
    (define (set-mp s) (vector-ref s 0))
    (define (set-mode s) (vector-ref s 1))
    (define (set-prefix s) (vector-ref s 2))
    (define (set-excepts s) (vector-ref s 3))
    (define (set-renames s) (vector-ref s 4))

    (define (sym->string* s) (symbol->string s))
    (define (string-prefix? p s)
      (and (<= (string-length p) (string-length s))
           (string=? p (substring s 0 (string-length p)))))

    ;; which exported name does local `sym` denote in set s?  #f if none
    (define (lookup-local s sym)
      (let ([r (let loop ([rs (set-renames s)])
                 (cond [(null? rs) #f]
                       [(eq? (syntax-e (caar rs)) sym) (car rs)]
                       [else (loop (cdr rs))]))])
        (cond
          [r (cdr r)]
          [(eq? (set-mode s) 'only) #f]
          [(set-prefix s)
           (let ([str (symbol->string sym)])
             (and (string-prefix? (set-prefix s) str)
                  (let ([e (string->symbol (substring str (string-length (set-prefix s))))])
                    (and (not (memq e (set-excepts s))) e))))]
          [else (and (not (memq sym (set-excepts s))) sym)])))

    (define (find-in-sets sets sym stx id)
      (let loop ([ss sets])
        (cond [(null? ss) (raise-syntax-error #f (format "identifier `~a' not included in nested require spec" sym) stx id)]
              [(lookup-local (car ss) sym) => (lambda (e) (cons (car ss) e))]
              [else (loop (cdr ss))])))

    ;; spec -> list of (cons phase-shift set)   (phase #f = label)
    (define (parse-req stx spec phase)
      (cond
        [(module-path-form? spec)
         (list (cons phase (mk-set spec 'all #f '() '())))]
        [else
         (let ([l (syntax->list spec)] [h (head-sym spec)])
           (case h
             [(only-in)
              (apply append
                     (map (lambda (ps)
                            (let ([sets (list (cdr ps))])
                              (list (cons (car ps)
                                          (mk-set (set-mp (cdr ps)) 'only #f '()
                                                  (apply append
                                                         (map (lambda (item)
                                                                (let-values ([(orig new)
                                                                              (if (identifier? item)
                                                                                  (values item item)
                                                                                  (let ([il (syntax->list item)])
                                                                                    (values (car il) (cadr il))))])
                                                                  (let ([e (lookup-local (cdr ps) (syntax-e orig))])
                                                                    (if e (list (cons new e)) '()))))
                                                              (cddr l))))))))
                          (parse-req stx (cadr l) phase)))]
             [(except-in)
              (map (lambda (ps)
                     (let* ([s (cdr ps)]
                            [ids (map syntax-e (cddr l))]
                            [renames (let loop ([rs (set-renames s)])
                                       (cond [(null? rs) '()]
                                             [(memq (syntax-e (caar rs)) ids) (loop (cdr rs))]
                                             [else (cons (car rs) (loop (cdr rs)))]))]
                            [excepts (append (let loop ([ids ids])
                                               (cond [(null? ids) '()]
                                                     [(lookup-local s (car ids))
                                                      => (lambda (e) (cons e (loop (cdr ids))))]
                                                     [else (loop (cdr ids))]))
                                             (set-excepts s))])
                       (cons (car ps) (mk-set (set-mp s) (set-mode s) (set-prefix s) excepts renames))))
                   (parse-req stx (cadr l) phase))]
             [(prefix-in)
              (let ([p (symbol->string (syntax-e (cadr l)))])
                (map (lambda (ps)
                       (let ([s (cdr ps)])
                         (cons (car ps)
                               (mk-set (set-mp s) (set-mode s)
                                       (string-append p (or (set-prefix s) ""))
                                       (set-excepts s)
                                       (map (lambda (r)
                                              (cons (datum->syntax (car r)
                                                                   (string->symbol (string-append p (symbol->string (syntax-e (car r)))))
                                                                   (car r))
                                                    (cdr r)))
                                            (set-renames s))))))
                     (parse-req stx (caddr l) phase)))]
             [(rename-in)
              (map (lambda (ps)
                     (let loop ([s (cdr ps)] [pairs (cddr l)])
                       (if (null? pairs)
                           (cons (car ps) s)
                           (let* ([pl (syntax->list (car pairs))]
                                  [orig (car pl)] [new (cadr pl)]
                                  [e (or (lookup-local s (syntax-e orig))
                                         (raise-syntax-error #f "identifier not included in nested require spec" stx orig))])
                             (loop (mk-set (set-mp s) (set-mode s) (set-prefix s)
                                           (if (eq? (set-mode s) 'all) (cons e (set-excepts s)) (set-excepts s))
                                           (cons (cons new e)
                                                 (let rm ([rs (set-renames s)])
                                                   (cond [(null? rs) '()]
                                                         [(eq? (syntax-e (caar rs)) (syntax-e orig)) (rm (cdr rs))]
                                                         [else (cons (car rs) (rm (cdr rs)))]))))
                                   (cdr pairs))))))
                   (parse-req stx (cadr l) phase))]
             [(combine-in)
              (apply append (map (lambda (s) (parse-req stx s phase)) (cdr l)))]
             [(relative-in)
              ;; approximation: treat paths as relative to the current module
              (apply append (map (lambda (s) (parse-req stx s phase)) (cddr l)))]
             [(for-syntax) (apply append (map (lambda (s) (parse-req stx s (shift phase 1))) (cdr l)))]
             [(for-template) (apply append (map (lambda (s) (parse-req stx s (shift phase -1))) (cdr l)))]
             [(for-label) (apply append (map (lambda (s) (parse-req stx s #f)) (cdr l)))]
             [(for-meta)
              (let ([n (syntax-e (cadr l))])
                (apply append (map (lambda (s) (parse-req stx s (if n (shift phase n) #f))) (cddr l))))]
             [(only-meta-in)
              (let ([n (syntax-e (cadr l))])
                (if (equal? n phase)
                    (apply append (map (lambda (s) (parse-req stx s phase)) (cddr l)))
                    '()))]
             [else (raise-syntax-error #f "bad require spec" stx spec)]))]))

    (define (shift phase n) (and phase (+ phase n)))

    ;; import set -> list of raw specs
    (define (raw-of s ctx)
      (let ([mp (set-mp s)])
        (append
         (if (eq? (set-mode s) 'all)
             (list
              (cond
                [(set-prefix s)
                 (datum->syntax ctx (list* 'prefix-all-except
                                           (datum->syntax ctx (string->symbol (set-prefix s)) ctx)
                                           mp (set-excepts s))
                                ctx)]
                [(null? (set-excepts s)) mp]
                [else (datum->syntax ctx (list* 'all-except mp (set-excepts s)) ctx)]))
             '())
         (map (lambda (r)
                (datum->syntax ctx (list 'rename mp (car r) (cdr r)) ctx))
              (set-renames s)))))

    (define (wrap-phase phase raws ctx)
      (cond
        [(null? raws) '()]
        [(eqv? phase 0) raws]
        [else (list (datum->syntax ctx (list* 'for-meta phase raws) ctx))])))

  (define-syntaxes (require)
    (lambda (stx)
      (let ([specs (cdr (syntax->list stx))])
        ;; the form gets the use site's lexical context (the expander may
        ;; take the imports' context from it)
        (datum->syntax
         stx
         (cons (quote-syntax #%require)
               (apply append
                      (map (lambda (spec)
                             (if (module-path-form? spec)
                                 (list spec)
                                 (apply append
                                        (map (lambda (ps)
                                               (wrap-phase (car ps) (raw-of (cdr ps) spec) spec))
                                             (parse-req stx spec 0)))))
                           specs)))
         stx))))

  ;; ------------------------------------------------------------------
  ;; provide

  (begin-for-syntax
    ;; struct-out: every name the struct definition binds
    (define (struct-out-ids stx id)
      (let ([v (syntax-local-value id (lambda () #f))])
        (unless (struct-info? v)
          (raise-syntax-error #f "identifier is not bound to struct type information" stx id))
        (let* ([info (extract-struct-info v)]
               [own (lambda (x) (and (identifier? x) x))])
          (let ([ids (append (list id)
                             (list (car info) (cadr info) (caddr info))
                             (cadddr info)
                             (car (cddddr info)))])
            (let loop ([ids ids] [acc '()])
              (cond [(null? ids) (reverse acc)]
                    [(not (identifier? (car ids))) (loop (cdr ids) acc)]
                    ;; the hidden constructor variable shares the struct's name
                    [(and (not (eq? (car ids) id)) (eq? (syntax-e (car ids)) (syntax-e id)))
                     (loop (cdr ids) acc)]
                    [(ormap (lambda (a) (bound-identifier=? a (car ids))) acc) (loop (cdr ids) acc)]
                    ;; the constructor may be a hidden alias of the name itself
                    [else (loop (cdr ids) (cons (car ids) acc))]))))))

    ;; (struct-out s) lists inherited accessors too, but only the struct's
    ;; own ones should be exported: drop accessors of the super struct
    (define (own-struct-ids stx id)
      (let* ([v (syntax-local-value id (lambda () #f))]
             [info (and (struct-info? v) (extract-struct-info v))]
             [super (and info (list-ref info 5))]
             [sv (and (identifier? super) (syntax-local-value super (lambda () #f)))]
             [sinfo (and (struct-info? sv) (extract-struct-info sv))]
             [ids (struct-out-ids stx id)])
        (if sinfo
            (let ([inherited (append (cadddr sinfo) (car (cddddr sinfo)))])
              (let loop ([ids ids])
                (cond [(null? ids) '()]
                      [(ormap (lambda (a) (and (identifier? a) (free-identifier=? a (car ids)))) inherited)
                       (loop (cdr ids))]
                      [else (cons (car ids) (loop (cdr ids)))])))
            ids)))

    ;; spec -> list of raw provide specs
    (define (parse-prov stx spec)
      (cond
        [(identifier? spec) (list spec)]
        [else
         (let ([l (syntax->list spec)] [h (head-sym spec)])
           (case h
             [(all-defined-out) (list (datum->syntax spec '(all-defined) spec))]
             [(all-from-out) (map (lambda (mp) (datum->syntax spec (list 'all-from mp) spec)) (cdr l))]
             [(rename-out)
              (map (lambda (p)
                     (let ([pl (syntax->list p)])
                       (datum->syntax spec (list 'rename (car pl) (cadr pl)) spec)))
                   (cdr l))]
             [(struct-out)
              (apply append (map (lambda (id) (own-struct-ids stx id)) (cdr l)))]
             [(except-out)
              (let ([excluded (cddr l)]
                    [inner (cadr l)])
                (case (head-sym inner)
                  [(all-defined-out)
                   (list (datum->syntax spec (list* 'all-defined-except excluded) spec))]
                  [(all-from-out)
                   (map (lambda (mp) (datum->syntax spec (list* 'all-from-except mp excluded) spec))
                        (cdr (syntax->list inner)))]
                  [else
                   (let loop ([raws (parse-prov stx inner)])
                     (cond
                       [(null? raws) '()]
                       [(and (identifier? (car raws))
                             (ormap (lambda (x) (free-identifier=? x (car raws))) excluded))
                        (loop (cdr raws))]
                       [else (cons (car raws) (loop (cdr raws)))]))]))]
             [(prefix-out)
              (let ([p (symbol->string (syntax-e (cadr l)))]
                    [inner (caddr l)])
                (if (eq? (head-sym inner) 'all-defined-out)
                    (list (datum->syntax spec (list 'prefix-all-defined (cadr l)) spec))
                    (map (lambda (raw)
                           (cond
                             [(identifier? raw)
                              (datum->syntax spec (list 'rename raw
                                                        (datum->syntax raw (string->symbol (string-append p (symbol->string (syntax-e raw))))))
                                             spec)]
                             [(eq? (head-sym raw) 'rename)
                              (let ([rl (syntax->list raw)])
                                (datum->syntax spec (list 'rename (cadr rl)
                                                          (datum->syntax (caddr rl) (string->symbol (string-append p (symbol->string (syntax-e (caddr rl)))))))
                                               spec))]
                             [else (raise-syntax-error #f "unsupported prefix-out sub-form" stx raw)]))
                         (parse-prov stx inner))))]
             [(protect-out)
              (list (datum->syntax spec (cons 'protect (apply append (map (lambda (s) (parse-prov stx s)) (cdr l)))) spec))]
             [(combine-out)
              (apply append (map (lambda (s) (parse-prov stx s)) (cdr l)))]
             [(for-syntax)
              (list (datum->syntax spec (list* 'for-meta 1 (apply append (map (lambda (s) (parse-prov stx s)) (cdr l)))) spec))]
             [(for-meta)
              (list (datum->syntax spec (list* 'for-meta (cadr l) (apply append (map (lambda (s) (parse-prov stx s)) (cddr l)))) spec))]
             [(for-label) '()]
             [(contract-out)
              (apply append
                     (map (lambda (c)
                            (let ([cl (syntax->list c)])
                              (cond
                                [(memq (head-sym c) '(struct))
                                 ;; struct clauses: the struct's names, unchecked
                                 (let ([n (cadr cl)])
                                   (own-struct-ids stx (if (identifier? n) n (car (syntax->list n)))))]
                                [(memq (head-sym c) '(rename))
                                 (contract-out-clause spec (cadr cl) (caddr cl) (cadddr cl))]
                                [(and cl (= (length cl) 2) (identifier? (car cl)))
                                 (contract-out-clause spec (car cl) (car cl) (cadr cl))]
                                [else (raise-syntax-error #f "bad contract-out clause" stx c)])))
                          (cdr l)))]
             [else (raise-syntax-error #f "bad provide spec" stx spec)]))])))

  (define-syntaxes (provide)
    (lambda (stx)
      (let ([specs (cdr (syntax->list stx))])
        (set-box! contract-out-definitions '())
        (let ([raw (datum->syntax
                    stx
                    (cons (quote-syntax #%provide)
                          (apply append (map (lambda (s) (parse-prov stx s)) specs)))
                    stx)]
              [defs (reverse (unbox contract-out-definitions))])
          (if (null? defs)
              raw
              (datum->syntax stx (cons (quote-syntax begin) (append defs (list raw))) stx)))))))
