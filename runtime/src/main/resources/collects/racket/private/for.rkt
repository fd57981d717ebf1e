;; The `for` family and sequence syntax.
;;
;; Every `for` form becomes one `for/fold/derived` loop nest.  A sequence
;; clause whose expression is a known sequence form (`in-range`, `in-list`,
;; ... or anything made with `define-sequence-syntax`) expands into an inline
;; named-let loop through the `:do-in` protocol; any other expression goes
;; through generic dispatch (`make-sequence` in seq-core.rkt).
;;
;; :do-in protocol (the shape of what a clause transformer returns):
;;   [(id ...) (:do-in ([(outer-id ...) outer-expr] ...) outer-check
;;                     ([loop-id loop-expr] ...) pos-guard
;;                     ([(inner-id ...) inner-expr] ...) pre-guard post-guard
;;                     (loop-arg ...))]
;;
;; Loop shape for clause groups g1 ... (parallel clauses share a loop; a
;; guard keyword starts a nested group):
;;   (let loop ([loop-id loop-expr] ... [acc acc] ...)
;;     (if pos-guards
;;         (let-values (inner ...)
;;           (if pre-guards
;;               (let-values ([(acc ...) <rest>])
;;                 (if post-guards (loop loop-arg ... acc ...) (values acc ...)))
;;               (values acc ...)))
;;         (values acc ...)))
;; When the loop has #:break/#:final or a reducer that can stop early (for/and,
;; for/first, ...), every level also returns a leading stop? flag.
(module for "pre-base.rkt"
  (#%require "list-base.rkt" "seq-core.rkt"
           (for-syntax "pre-base.rkt" "list-base.rkt"))
  (provide for for* for/fold for*/fold for/foldr for*/foldr
           for/fold/derived for*/fold/derived for/foldr/derived for*/foldr/derived
           for/list for*/list for/vector for*/vector
           for/hash for*/hash for/hasheq for*/hasheq for/hasheqv for*/hasheqv
           for/hashalw for*/hashalw
           for/sum for*/sum for/product for*/product
           for/and for*/and for/or for*/or for/first for*/first for/last for*/last
           for/lists for*/lists
           define-sequence-syntax :do-in
           in-range in-naturals in-list in-mlist in-vector in-string in-bytes
           in-hash in-hash-keys in-hash-values in-hash-pairs
           in-mutable-hash in-mutable-hash-keys in-mutable-hash-values in-mutable-hash-pairs
           in-immutable-hash in-immutable-hash-keys in-immutable-hash-values in-immutable-hash-pairs
           in-weak-hash in-weak-hash-keys in-weak-hash-values in-weak-hash-pairs
           in-value in-indexed in-producer in-inclusive-range
           in-values-sequence in-values*-sequence in-cycle in-parallel in-sequences
           in-port in-lines in-bytes-lines in-input-port-bytes in-input-port-chars
           stop-before stop-after
           prop:sequence sequence? make-do-sequence sequence-generate sequence-generate*)

  (define-syntax (:do-in stx)
    (raise-syntax-error #f "illegal outside of a loop or comprehension binding" stx))

  (begin-for-syntax
    ;; A sequence syntax binding: applicable as an ordinary macro (field 0),
    ;; and carries the clause transformer (field 1) for `for`.
    (define-values (struct:sequence-syntax make-sequence-syntax* sequence-syntax? sequence-syntax-ref sequence-syntax-set!)
      (make-struct-type 'sequence-syntax #f 2 0 #f (list (cons prop:procedure 0)) #f #f '(0 1)))

    (define (make-sequence-syntax expr-proc clause-proc)
      (make-sequence-syntax*
       (if (and (procedure? expr-proc) (procedure-arity-includes? expr-proc 0))
           ;; a thunk answering the identifier of the procedure form
           (lambda (stx)
             (let ([id (expr-proc)])
               (syntax-case stx ()
                 [(_ . args) (datum->syntax stx (cons id #'args) stx)]
                 [_ id])))
           expr-proc)
       clause-proc))

    (define (sequence-syntax-clause-proc v) (sequence-syntax-ref v 1))

    ;; ---------------------------------------------------------------
    ;; Clause parsing

    ;; A parsed clause is a vector: #(kind data) with kind one of
    ;; seq (data = normalized do-in list), when, unless, break, final, do.
    (define (parse-clauses orig-stx clauses-stx)
      (let loop ([cs (syntax->list clauses-stx)] [acc '()])
        (cond
          [(not cs) (raise-syntax-error #f "bad sequence binding clauses" orig-stx clauses-stx)]
          [(null? cs) (reverse acc)]
          [else
           (let ([c (car cs)])
             (let ([kw (syntax-e c)])
               (if (keyword? kw)
                   (begin
                     (when (null? (cdr cs))
                       (raise-syntax-error #f (format "missing expression after ~a" kw) orig-stx c))
                     (let ([kind (case kw
                                   [(#:when) 'when]
                                   [(#:unless) 'unless]
                                   [(#:break) 'break]
                                   [(#:final) 'final]
                                   [(#:do) 'do]
                                   [else (raise-syntax-error #f "unknown clause keyword" orig-stx c)])])
                       (loop (cddr cs) (cons (vector kind (cadr cs)) acc))))
                   (loop (cdr cs) (cons (vector 'seq (expand-clause orig-stx c)) acc)))))])))

    ;; Splits body-or-break forms: `b ... #:break g rest ...` becomes the
    ;; extra clauses `#:do [b ...] #:break g` and the body `rest ...`.
    (define (split-body orig-stx body-stx)
      (let loop ([forms (syntax->list body-stx)] [pending '()] [clauses '()])
        (cond
          [(null? forms)
           (when (null? pending)
             (raise-syntax-error #f "missing body" orig-stx))
           (values (reverse clauses) (reverse pending))]
          [(and (keyword? (syntax-e (car forms)))
                (memq (syntax-e (car forms)) '(#:break #:final)))
           (when (null? (cdr forms))
             (raise-syntax-error #f "missing expression after keyword" orig-stx (car forms)))
           (loop (cddr forms) '()
                 (cons (vector (if (eq? (syntax-e (car forms)) '#:break) 'break 'final)
                               (cadr forms))
                       (if (null? pending)
                           clauses
                           (cons (vector 'do (datum->syntax #f (reverse pending))) clauses))))]
          [else (loop (cdr forms) (cons (car forms) pending) clauses)])))

    ;; Normalizes one sequence clause into a list
    ;;   (ids outer-bindings outer-check loop-bindings pos-guard
    ;;    inner-bindings pre-guard post-guard loop-args)
    (define (expand-clause orig-stx clause)
      (syntax-case clause ()
        [[id seq] (identifier? #'id) (expand-clause orig-stx #'[(id) seq])]
        [[(id ...) seq]
         (andmap identifier? (syntax->list #'(id ...)))
         (or (try-sequence-syntax orig-stx clause #'(id ...) #'seq)
             (literal-range clause #'(id ...) #'seq)
             (generic-clause #'(id ...) #'seq))]
        [_ (raise-syntax-error #f "bad sequence binding clause" orig-stx clause)]))

    (define (do-in-form? stx)
      (syntax-case stx ()
        [(head . _) (and (identifier? #'head) (free-identifier=? #'head #':do-in))]
        [_ #f]))

    (define (try-sequence-syntax orig-stx clause ids seq)
      (cond
        [(do-in-form? seq) (parse-do-in orig-stx ids seq)]
        [else
         (syntax-case seq ()
           [(head . _)
            (identifier? #'head)
            (let ([v (syntax-local-value #'head (lambda () #f))])
              (and (sequence-syntax? v)
                   ;; a fresh scope for each clause transformed, as for a macro use: two
                   ;; clauses of one `for` (two in-vector's, say) must not share the
                   ;; identifiers their transformers introduce
                   (let* ([intro (make-syntax-introducer)]
                          [r ((sequence-syntax-clause-proc v) (intro (syntax-local-introduce clause)))])
                     (and r
                          (let ([r (syntax-local-introduce (intro r))])
                            (syntax-case r ()
                              [[new-ids new-seq]
                               (if (do-in-form? #'new-seq)
                                   (parse-do-in orig-stx #'new-ids #'new-seq)
                                   (expand-clause orig-stx r))]))))))]
           [_ #f])]))

    (define (parse-do-in orig-stx ids seq)
      (syntax-case seq ()
        [(_ ([(outer-id ...) outer-expr] ...) outer-check
            ([loop-id loop-expr] ...) pos-guard
            ([(inner-id ...) inner-expr] ...) pre-guard post-guard
            (loop-arg ...))
         (list ids
               (syntax->list #'([(outer-id ...) outer-expr] ...))
               #'outer-check
               (syntax->list #'([loop-id loop-expr] ...))
               #'pos-guard
               (syntax->list #'([(inner-id ...) inner-expr] ...))
               #'pre-guard
               #'post-guard
               (syntax->list #'(loop-arg ...)))]
        [_ (raise-syntax-error #f "bad :do-in clause" orig-stx seq)]))

    ;; `[i 10]`: a literal count needs no generic dispatch
    (define (literal-range clause ids seq)
      (let ([n (syntax-e seq)])
        (and (exact-nonnegative-integer? n)
             (= 1 (length (syntax->list ids)))
             (with-syntax ([(id) ids] [(i) (generate-temporaries '(i))])
               (list ids '() #'(void)
                     (list #'[i 0]) #`(< i #,seq)
                     (list #'[(id) i]) #'#t #'#t
                     (list #'(+ i 1)))))))

    ;; (the local names are pattern variables: templates made by different
    ;; syntax forms must agree on them even where quote-syntax keeps local
    ;; scopes)
    (define (generic-clause ids seq)
      (with-syntax ([(id ...) ids]
                    [(pos->elem early next init pos? val? after? pos)
                     (generate-temporaries '(pos->elem early next init pos? val? after? pos))])
        (list ids
              (list #`[(pos->elem early next init pos? val? after?)
                       (make-sequence '(id ...) #,seq)])
              #'(void)
              (list #'[pos init])
              #'(if pos? (pos? pos) #t)
              (list #'[(id ...) (pos->elem pos)]
                    #'[(pos) (if early (early pos) pos)])
              #'(if val? (val? id ...) #t)
              #'(if after? (after? pos id ...) #t)
              (list #'(next pos)))))

    ;; ---------------------------------------------------------------
    ;; Loop generation

    ;; (values stop? acc ...) or (values acc ...), depending on stop mode
    (define (ret stop? sm? accs)
      (if sm?
          #`(values #,stop? #,@accs)
          (if (= 1 (length accs)) (car accs) #`(values #,@accs))))

    ;; Binds the results of `expr` (shaped by stop mode) then runs `body`.
    (define (bind-results sm? stop-id accs expr body)
      (cond
        [sm? #`(let-values ([(#,stop-id #,@accs) #,expr]) #,body)]
        [(null? accs) #`(begin #,expr #,body)]
        [(null? (cdr accs)) #`(let ([#,(car accs) #,expr]) #,body)]
        [else #`(let-values ([(#,@accs) #,expr]) #,body)]))

    (define (and-all guards)
      (let ([gs (filter (lambda (g) (not (eq? (syntax-e g) #t))) guards)])
        (cond [(null? gs) #'#t]
              [(null? (cdr gs)) (car gs)]
              [else #`(and #,@gs)])))

    (define (nest-let-values bindings body)
      (if (null? bindings)
          body
          #`(let-values (#,(car bindings)) #,(nest-let-values (cdr bindings) body))))

    ;; items: parsed clauses; body-fn: accs -> expression answering new accs;
    ;; stop-fn: accs -> expression for "stop after this body" or #f.
    (define (gen-loops items accs sm? fins body-fn stop-fn star?)
      (cond
        [(null? items)
         (if sm?
             (let ([stop-parts (append fins (if stop-fn (list (stop-fn accs)) '()))])
               (bind-results #f #f accs (body-fn accs)
                             #`(values #,(if (null? stop-parts) #'#f #`(or #,@stop-parts))
                                       #,@accs)))
             (body-fn accs))]
        [else
         (let ([item (car items)])
           (case (vector-ref item 0)
             [(seq)
              ;; a group of parallel clauses (just one in for*)
              (let-values ([(group rest)
                            (let loop ([is items] [g '()])
                              (if (and (pair? is)
                                       (eq? 'seq (vector-ref (car is) 0))
                                       (or (null? g) (not star?)))
                                  (loop (cdr is) (cons (vector-ref (car is) 1) g))
                                  (values (reverse g) is)))])
                (gen-group group rest accs sm? fins body-fn stop-fn star?))]
             [(when)
              #`(if #,(vector-ref item 1)
                    #,(gen-loops (cdr items) accs sm? fins body-fn stop-fn star?)
                    #,(ret #'#f sm? accs))]
             [(unless)
              #`(if #,(vector-ref item 1)
                    #,(ret #'#f sm? accs)
                    #,(gen-loops (cdr items) accs sm? fins body-fn stop-fn star?))]
             [(break)
              #`(if #,(vector-ref item 1)
                    #,(ret #'#t sm? accs)
                    #,(gen-loops (cdr items) accs sm? fins body-fn stop-fn star?))]
             [(final)
              (with-syntax ([(fin stop?) (generate-temporaries '(fin stop?))])
                #`(let ([fin #,(vector-ref item 1)])
                    #,(bind-results #t #'stop? accs
                                    (gen-loops (cdr items) accs sm? (cons #'fin fins)
                                               body-fn stop-fn star?)
                                    #`(values (or fin stop?) #,@accs))))]
             [(do)
              #`(let ()
                  #,@(vector-ref item 1)
                  #,(gen-loops (cdr items) accs sm? fins body-fn stop-fn star?))]))]))

    (define (gen-group group rest accs sm? fins body-fn stop-fn star?)
      (let ([outer (apply append (map (lambda (c) (list-ref c 1)) group))]
            [checks (map (lambda (c) (list-ref c 2)) group)]
            [loop-binds (apply append (map (lambda (c) (list-ref c 3)) group))]
            [pos-guards (map (lambda (c) (list-ref c 4)) group)]
            [inner (apply append (map (lambda (c) (list-ref c 5)) group))]
            [pre-guards (map (lambda (c) (list-ref c 6)) group)]
            [post-guards (map (lambda (c) (list-ref c 7)) group)]
            [loop-args (apply append (map (lambda (c) (list-ref c 8)) group))])
        ;; for-loop is a pattern variable so that the binder and the call,
        ;; made by different templates, are the same identifier
        (with-syntax ([(stop? for-loop) (generate-temporaries '(stop? for-loop))]
                      [([loop-id loop-expr] ...) loop-binds]
                      [(acc ...) accs])
          (let* ([continue #`(for-loop #,@loop-args acc ...)]
                 [post (and-all post-guards)]
                 [after-rest
                  (if sm?
                      #`(if #,(if (eq? (syntax-e post) #t) #'(not stop?) #`(and (not stop?) #,post))
                            #,continue
                            (values stop? acc ...))
                      (if (eq? (syntax-e post) #t)
                          continue
                          #`(if #,post #,continue #,(ret #f #f accs))))])
            (nest-let-values
             outer
             #`(begin
                 #,@(filter (lambda (c) (not (void-stx? c))) checks)
                 (let for-loop ([loop-id loop-expr] ... [acc acc] ...)
                   (if #,(and-all pos-guards)
                       #,(nest-let-values
                          inner
                          (let ([pre (and-all pre-guards)]
                                [step (bind-results sm? #'stop? accs
                                                    (gen-loops rest accs sm? fins body-fn stop-fn star?)
                                                    after-rest)])
                            (if (eq? (syntax-e pre) #t)
                                step
                                #`(if #,pre #,step #,(ret #'#f sm? accs)))))
                       #,(ret #'#f sm? accs)))))))))

    (define (void-stx? s)
      (syntax-case s ()
        [(v) (and (identifier? #'v) (eq? (syntax-e #'v) 'void))]
        [_ #f]))

    (define (needs-stop-mode? items)
      (ormap (lambda (i) (memq (vector-ref i 0) '(break final))) items))

    ;; The core: accs with their initial values, clauses, body.
    ;; body-fn/stop-fn as for gen-loops; result-fn: accs -> final expression.
    (define (build-for orig-stx star? acc-ids inits clauses-stx body-stx body-fn stop-fn result-fn)
      (let-values ([(extra body) (split-body orig-stx body-stx)])
        (let* ([items (append (parse-clauses orig-stx clauses-stx) extra)]
               [sm? (or (needs-stop-mode? items) (and stop-fn #t))])
          (with-syntax ([(stop?) (generate-temporaries '(stop?))])
            (let ([inner (gen-loops items acc-ids sm? '()
                                    (lambda (accs) (body-fn accs body))
                                    stop-fn star?)])
              #`(let-values ([(#,@acc-ids) (values #,@inits)])
                  #,(bind-results sm? #'stop? acc-ids inner (result-fn acc-ids))))))))

    (define (values-of accs)
      (if (and (pair? accs) (null? (cdr accs))) (car accs) #`(values #,@accs)))

    ;; Parses `([acc init] ... maybe #:result expr)`.
    (define (parse-fold-accs orig-stx accs-stx)
      (let loop ([as (syntax->list accs-stx)] [ids '()] [inits '()])
        (cond
          [(null? as) (values (reverse ids) (reverse inits) #f)]
          [(eq? (syntax-e (car as)) '#:result)
           (unless (and (pair? (cdr as)) (null? (cddr as)))
             (raise-syntax-error #f "bad #:result" orig-stx (car as)))
           (values (reverse ids) (reverse inits) (cadr as))]
          [else
           (syntax-case (car as) ()
             [[id init] (identifier? #'id) (loop (cdr as) (cons #'id ids) (cons #'init inits))]
             [_ (raise-syntax-error #f "bad accumulator binding" orig-stx (car as))])])))

    (define (expand-fold orig-stx star? accs-stx clauses-stx body-stx)
      (let-values ([(ids inits result) (parse-fold-accs orig-stx accs-stx)])
        (build-for orig-stx star? ids inits clauses-stx body-stx
                   (lambda (accs body) #`(let () #,@body))
                   #f
                   (lambda (accs) (or result (values-of accs))))))

    ;; A reducer: one accumulator `acc` with `init`, `update` (acc v -> expr)
    ;; combining it with the body value `v`, optional `stop` (acc -> expr)
    ;; and `result` (acc -> expr).
    (define (expand-reducer stx star? init update stop result)
      (syntax-case stx ()
        [(_ clauses body ...)
         (with-syntax ([(acc v) (generate-temporaries '(acc v))])
           (build-for stx star? (list #'acc) (list init) #'clauses #'(body ...)
                      (lambda (accs body)
                        #`(let ([v (let () #,@body)]) #,(update #'acc #'v)))
                      (and stop (lambda (accs) (stop #'acc)))
                      (lambda (accs) (result #'acc))))]))

    ;; ---------------------------------------------------------------
    ;; for/foldr: sequence elements are visited left to right, the bodies
    ;; are evaluated right to left as the recursion returns.
    (define (expand-foldr orig-stx star? accs-stx clauses-stx body-stx)
      (let-values ([(ids inits result) (parse-fold-accs orig-stx accs-stx)])
        (with-syntax ([(id ...) ids]
                      [(init ...) inits]
                      [(thunks k) (generate-temporaries '(thunks k))])
          (let ([collect
                 (build-for orig-stx star? (list #'thunks) (list #''()) clauses-stx body-stx
                            (lambda (accs body)
                              #`(cons (lambda (id ...) (let () #,@body)) thunks))
                            #f
                            (lambda (accs) #'thunks))])
            #`(let-values ([(id ...)
                            (let loop ([ts #,collect] [id init] ...)
                              (if (null? ts)
                                  (values id ...)
                                  (call-with-values (lambda () ((car ts) id ...))
                                    (lambda (id ...) (loop (cdr ts) id ...)))))])
                #,(or result (values-of ids)))))))
    )

  ;; ------------------------------------------------------------------
  ;; The forms

  (define-syntax (for/fold/derived stx)
    (syntax-case stx ()
      [(_ orig accs clauses body ...) (expand-fold #'orig #f #'accs #'clauses #'(body ...))]))
  (define-syntax (for*/fold/derived stx)
    (syntax-case stx ()
      [(_ orig accs clauses body ...) (expand-fold #'orig #t #'accs #'clauses #'(body ...))]))
  (define-syntax (for/fold stx)
    (syntax-case stx ()
      [(_ accs clauses body ...) (expand-fold stx #f #'accs #'clauses #'(body ...))]))
  (define-syntax (for*/fold stx)
    (syntax-case stx ()
      [(_ accs clauses body ...) (expand-fold stx #t #'accs #'clauses #'(body ...))]))

  (define-syntax (for/foldr/derived stx)
    (syntax-case stx ()
      [(_ orig accs clauses body ...) (expand-foldr #'orig #f #'accs #'clauses #'(body ...))]))
  (define-syntax (for*/foldr/derived stx)
    (syntax-case stx ()
      [(_ orig accs clauses body ...) (expand-foldr #'orig #t #'accs #'clauses #'(body ...))]))
  (define-syntax (for/foldr stx)
    (syntax-case stx ()
      [(_ accs clauses body ...) (expand-foldr stx #f #'accs #'clauses #'(body ...))]))
  (define-syntax (for*/foldr stx)
    (syntax-case stx ()
      [(_ accs clauses body ...) (expand-foldr stx #t #'accs #'clauses #'(body ...))]))

  (begin-for-syntax
    (define (expand-for stx star?)
      (syntax-case stx ()
        [(_ clauses body ...)
         (build-for stx star? '() '() #'clauses #'(body ...)
                    ;; with no accumulators the body's value is discarded
                    (lambda (accs body) #`(let () #,@body))
                    #f
                    (lambda (accs) #'(void)))])))
  (define-syntax (for stx) (expand-for stx #f))
  (define-syntax (for* stx) (expand-for stx #t))

  (begin-for-syntax
    (define (list-reducer stx star?)
      (expand-reducer stx star? #''()
                      (lambda (acc v) #`(cons #,v #,acc))
                      #f
                      (lambda (acc) #`(reverse #,acc))))
    (define (hash-reducer stx star? empty)
      (syntax-case stx ()
        [(_ clauses body ...)
         (with-syntax ([(h k v) (generate-temporaries '(h k v))])
           (build-for stx star? (list #'h) (list empty) #'clauses #'(body ...)
                      (lambda (accs body)
                        #`(let-values ([(k v) (let () #,@body)]) (hash-set h k v)))
                      #f
                      (lambda (accs) #'h)))]))
    (define (sum-reducer stx star? init op)
      (expand-reducer stx star? init
                      (lambda (acc v) #`(#,op #,acc #,v))
                      #f
                      (lambda (acc) acc)))
    (define (and-reducer stx star?)
      (expand-reducer stx star? #'#t
                      (lambda (acc v) v)
                      (lambda (acc) #`(not #,acc))
                      (lambda (acc) acc)))
    (define (or-reducer stx star?)
      (expand-reducer stx star? #'#f
                      (lambda (acc v) v)
                      (lambda (acc) acc)
                      (lambda (acc) acc)))
    (define (first-reducer stx star?)
      (expand-reducer stx star? #'#f
                      (lambda (acc v) v)
                      (lambda (acc) #'#t)
                      (lambda (acc) acc)))
    (define (last-reducer stx star?)
      (expand-reducer stx star? #'#f
                      (lambda (acc v) v)
                      #f
                      (lambda (acc) acc)))

    (define (vector-reducer stx star?)
      (syntax-case stx ()
        [(_ #:length len-expr #:fill fill-expr clauses body ...)
         (with-syntax ([(vec len i) (generate-temporaries '(vec len i))])
           #`(let* ([len len-expr]
                    [vec (make-vector (check-for-vector-length len) fill-expr)])
               (unless (zero? len)
                 #,(build-for stx star? (list #'i) (list #'0) #'clauses #'(body ...)
                              (lambda (accs body)
                                #`(begin (vector-set! vec i (let () #,@body)) (add1 i)))
                              (lambda (acc) #`(= #,(car acc) len))
                              (lambda (accs) #'(void))))
               vec))]
        [(_ #:length len-expr clauses body ...)
         (vector-reducer #'(for/vector #:length len-expr #:fill 0 clauses body ...) star?)]
        [(_ clauses body ...)
         #`(list->vector #,(list-reducer stx star?))]))

    (define (lists-reducer stx star?)
      (syntax-case stx ()
        [(_ (spec ...) clauses body ...)
         (let loop ([specs (syntax->list #'(spec ...))] [ids '()] [inits '()])
           (cond
             [(and (pair? specs) (eq? (syntax-e (car specs)) '#:result))
              (finish-lists stx star? (reverse ids) (reverse inits) (cadr specs) #'clauses #'(body ...))]
             [(pair? specs)
              (syntax-case (car specs) ()
                [id (identifier? #'id) (loop (cdr specs) (cons #'id ids) (cons #''() inits))]
                [[id init] (loop (cdr specs) (cons #'id ids) (cons #'init inits))])]
             [else (finish-lists stx star? (reverse ids) (reverse inits) #f #'clauses #'(body ...))]))]))

    (define (finish-lists stx star? ids inits result clauses body)
      (with-syntax ([(id ...) ids]
                    [(v ...) (generate-temporaries ids)])
        (build-for stx star? ids inits clauses body
                   (lambda (accs body)
                     #`(let-values ([(v ...) (let () #,@body)])
                         (values (cons v id) ...)))
                   #f
                   (lambda (accs)
                     (if result
                         #`(let ([id (reverse id)] ...) #,result)
                         #'(values (reverse id) ...)))))))

  (define (check-for-vector-length n)
    (unless (exact-nonnegative-integer? n)
      (raise-argument-error 'for/vector "exact-nonnegative-integer?" n))
    n)

  (define-syntax (for/list stx) (list-reducer stx #f))
  (define-syntax (for*/list stx) (list-reducer stx #t))
  (define-syntax (for/vector stx) (vector-reducer stx #f))
  (define-syntax (for*/vector stx) (vector-reducer stx #t))
  (define-syntax (for/hash stx) (hash-reducer stx #f #'(hash)))
  (define-syntax (for*/hash stx) (hash-reducer stx #t #'(hash)))
  (define-syntax (for/hasheq stx) (hash-reducer stx #f #'(hasheq)))
  (define-syntax (for*/hasheq stx) (hash-reducer stx #t #'(hasheq)))
  (define-syntax (for/hasheqv stx) (hash-reducer stx #f #'(hasheqv)))
  (define-syntax (for*/hasheqv stx) (hash-reducer stx #t #'(hasheqv)))
  (define-syntax (for/hashalw stx) (hash-reducer stx #f #'(hash)))
  (define-syntax (for*/hashalw stx) (hash-reducer stx #t #'(hash)))
  (define-syntax (for/sum stx) (sum-reducer stx #f #'0 #'+))
  (define-syntax (for*/sum stx) (sum-reducer stx #t #'0 #'+))
  (define-syntax (for/product stx) (sum-reducer stx #f #'1 #'*))
  (define-syntax (for*/product stx) (sum-reducer stx #t #'1 #'*))
  (define-syntax (for/and stx) (and-reducer stx #f))
  (define-syntax (for*/and stx) (and-reducer stx #t))
  (define-syntax (for/or stx) (or-reducer stx #f))
  (define-syntax (for*/or stx) (or-reducer stx #t))
  (define-syntax (for/first stx) (first-reducer stx #f))
  (define-syntax (for*/first stx) (first-reducer stx #t))
  (define-syntax (for/last stx) (last-reducer stx #f))
  (define-syntax (for*/last stx) (last-reducer stx #t))
  (define-syntax (for/lists stx) (lists-reducer stx #f))
  (define-syntax (for*/lists stx) (lists-reducer stx #t))

  ;; ------------------------------------------------------------------
  ;; define-sequence-syntax and the built-in fast paths

  (define-syntax (define-sequence-syntax stx)
    (syntax-case stx ()
      [(_ id expr-proc clause-proc)
       #'(define-syntax id (make-sequence-syntax expr-proc clause-proc))]))

  (define-sequence-syntax in-range
    (lambda () #'in-range/proc)
    (lambda (stx)
      (syntax-case stx ()
        [[(id) (_ end)]
         #'[(id) (:do-in ([(e) end]) (check-range 'in-range 0 e 1)
                         ([i 0]) (< i e) ([(id) i]) #t #t ((+ i 1)))]]
        [[(id) (_ start end)]
         #'[(id) (:do-in ([(s) start] [(e) end]) (check-range 'in-range s e 1)
                         ([i s]) (< i e) ([(id) i]) #t #t ((+ i 1)))]]
        [[(id) (_ start end step)]
         (let ([st (syntax-e #'step)])
           (cond
             [(and (real? st) (>= st 0))
              #'[(id) (:do-in ([(s) start] [(e) end]) (check-range 'in-range s e step)
                              ([i s]) (< i e) ([(id) i]) #t #t ((+ i step)))]]
             [(real? st)
              #'[(id) (:do-in ([(s) start] [(e) end]) (check-range 'in-range s e step)
                              ([i s]) (> i e) ([(id) i]) #t #t ((+ i step)))]]
             [else
              #'[(id) (:do-in ([(s) start] [(e) end] [(d) step]) (check-range 'in-range s e d)
                              ([i s]) (if (>= d 0) (< i e) (> i e)) ([(id) i]) #t #t ((+ i d)))]]))]
        [_ #f])))

  (define-sequence-syntax in-inclusive-range
    (lambda () #'in-inclusive-range/proc)
    (lambda (stx)
      (syntax-case stx ()
        [[(id) (_ start end)]
         #'[(id) (:do-in ([(s) start] [(e) end]) (check-range 'in-inclusive-range s e 1)
                         ([i s]) (<= i e) ([(id) i]) #t #t ((+ i 1)))]]
        [[(id) (_ start end step)]
         #'[(id) (:do-in ([(s) start] [(e) end] [(d) step]) (check-range 'in-inclusive-range s e d)
                         ([i s]) (if (>= d 0) (<= i e) (>= i e)) ([(id) i]) #t #t ((+ i d)))]]
        [_ #f])))

  (define-sequence-syntax in-naturals
    (lambda () #'in-naturals/proc)
    (lambda (stx)
      (syntax-case stx ()
        [[(id) (_)]
         #'[(id) (:do-in () (void) ([i 0]) #t ([(id) i]) #t #t ((+ i 1)))]]
        [[(id) (_ start)]
         #'[(id) (:do-in ([(s) start])
                         (unless (exact-nonnegative-integer? s)
                           (raise-argument-error 'in-naturals "exact-nonnegative-integer?" s))
                         ([i s]) #t ([(id) i]) #t #t ((+ i 1)))]]
        [_ #f])))

  (define-sequence-syntax in-list
    (lambda () #'in-list/proc)
    (lambda (stx)
      (syntax-case stx ()
        [[(id) (_ lst-expr)]
         #'[(id) (:do-in ([(lst) lst-expr])
                         (unless (list? lst) (raise-argument-error 'in-list "list?" lst))
                         ([l lst]) (pair? l) ([(id) (car l)]) #t #t ((cdr l)))]]
        [_ #f])))

  (define-sequence-syntax in-mlist
    (lambda () #'in-mlist/proc)
    (lambda (stx)
      (syntax-case stx ()
        [[(id) (_ lst-expr)]
         #'[(id) (:do-in ([(lst) lst-expr]) (void)
                         ([l lst]) (mpair? l) ([(id) (mcar l)]) #t #t ((mcdr l)))]]
        [_ #f])))

  (define-sequence-syntax in-vector
    (lambda () #'in-vector/proc)
    (lambda (stx)
      (syntax-case stx ()
        [[(id) (_ v-expr)]
         #'[(id) (:do-in ([(v) v-expr])
                         (unless (vector? v) (raise-argument-error 'in-vector "vector" v))
                         ([i 0]) (< i (vector-length v)) ([(id) (vector-ref v i)]) #t #t ((+ i 1)))]]
        ;; bounded slices are rare: they take the generic route
        [_ #f])))

  (define-sequence-syntax in-string
    (lambda () #'in-string/proc)
    (lambda (stx)
      (syntax-case stx ()
        [[(id) (_ s-expr)]
         #'[(id) (:do-in ([(s) s-expr])
                         (unless (string? s) (raise-argument-error 'in-string "string" s))
                         ([i 0]) (< i (string-length s)) ([(id) (string-ref s i)]) #t #t ((+ i 1)))]]
        [_ #f])))

  (define-sequence-syntax in-bytes
    (lambda () #'in-bytes/proc)
    (lambda (stx)
      (syntax-case stx ()
        [[(id) (_ s-expr)]
         #'[(id) (:do-in ([(s) s-expr])
                         (unless (bytes? s) (raise-argument-error 'in-bytes "bytes" s))
                         ([i 0]) (< i (bytes-length s)) ([(id) (bytes-ref s i)]) #t #t ((+ i 1)))]]
        [_ #f])))

  (begin-for-syntax
    ;; kind: 'any 'mutable 'immutable 'weak; what: 'kv 'k 'v 'pair
    (define (hash-clause stx who kind what)
      (with-syntax ([who who] [kind kind] [(h i) (generate-temporaries '(h i))])
        (syntax-case stx ()
          [[ids (_ h-expr)]
           (let ([n (length (syntax->list #'ids))])
             (and (= n (if (eq? what 'kv) 2 1))
                  (with-syntax ([elem (case what
                                        [(kv) #'(values (hash-iterate-key h i) (hash-iterate-value h i))]
                                        [(k) #'(hash-iterate-key h i)]
                                        [(v) #'(hash-iterate-value h i)]
                                        [(pair) #'(cons (hash-iterate-key h i) (hash-iterate-value h i))])])
                    #'[ids (:do-in ([(h) h-expr]) (check-hash 'who h 'kind)
                                   ([i (hash-iterate-first h)]) i
                                   ([ids elem]) #t #t ((hash-iterate-next h i)))])))]
          [_ #f]))))

  (define-syntax (define-hash-sequences stx)
    (syntax-case stx ()
      [(_ [name proc kind what] ...)
       #'(begin
           (define-sequence-syntax name
             (lambda () #'proc)
             (lambda (stx) (hash-clause stx 'name 'kind 'what)))
           ...)]))

  (define-hash-sequences
    [in-hash in-hash/proc any kv]
    [in-hash-keys in-hash-keys/proc any k]
    [in-hash-values in-hash-values/proc any v]
    [in-hash-pairs in-hash-pairs/proc any pair]
    [in-mutable-hash in-mutable-hash/proc mutable kv]
    [in-mutable-hash-keys in-mutable-hash-keys/proc mutable k]
    [in-mutable-hash-values in-mutable-hash-values/proc mutable v]
    [in-mutable-hash-pairs in-mutable-hash-pairs/proc mutable pair]
    [in-immutable-hash in-immutable-hash/proc immutable kv]
    [in-immutable-hash-keys in-immutable-hash-keys/proc immutable k]
    [in-immutable-hash-values in-immutable-hash-values/proc immutable v]
    [in-immutable-hash-pairs in-immutable-hash-pairs/proc immutable pair]
    [in-weak-hash in-weak-hash/proc weak kv]
    [in-weak-hash-keys in-weak-hash-keys/proc weak k]
    [in-weak-hash-values in-weak-hash-values/proc weak v]
    [in-weak-hash-pairs in-weak-hash-pairs/proc weak pair])

  (define-sequence-syntax in-value
    (lambda () #'in-value/proc)
    (lambda (stx)
      (syntax-case stx ()
        [[(id) (_ expr)]
         #'[(id) (:do-in ([(v) expr]) (void) ([first? #t]) first? ([(id) v]) #t #t (#f))]]
        [_ #f])))

  (define-sequence-syntax in-indexed
    (lambda () #'in-indexed/proc)
    (lambda (stx) #f))

  ;; (in-producer p) and (in-producer p stop arg ...) for one variable
  (define-sequence-syntax in-producer
    (lambda () #'in-producer/proc)
    (lambda (stx)
      (syntax-case stx ()
        [[(id) (_ producer)]
         #'[(id) (:do-in ([(p) producer]) (void) () #t ([(id) (p)]) #t #t ())]]
        [[(id) (_ producer stop arg ...)]
         #'[(id) (:do-in ([(p) producer] [(stop?) (check-producer-stop stop)]) (void)
                         () #t ([(id) (p arg ...)]) (not (stop? id)) #t ())]]
        [_ #f]))))
