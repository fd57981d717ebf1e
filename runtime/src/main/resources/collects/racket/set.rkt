;; racket/set: hash-based sets.
;;
;; A set wraps a hash table from element to #t; the table's equality
;; (equal?/eqv?/eq?) and mutability are the set's.  Sets are sequences
;; (prop:sequence), compare with equal? by their tables, and print as
;; #<set: 1 2 3> (write/display) or (set 1 2 3) (print).
(module set "private/pre-base.rkt"
  (#%require "private/list-base.rkt" "private/for.rkt" "private/seq-core.rkt"
             (for-syntax "private/pre-base.rkt"))
  (#%provide set seteq seteqv mutable-set mutable-seteq mutable-seteqv
             list->set list->seteq list->seteqv list->mutable-set list->mutable-seteq list->mutable-seteqv
             set? set-eq? set-eqv? set-equal? set-mutable? generic-set? set-empty?
             set-member? set-count set-add set-remove set-add! set-remove! set-clear! set-clear
             set-union set-intersect set-subtract set-symmetric-difference
             set-union! set-intersect! set-subtract!
             subset? proper-subset? set=? set-first set-rest set->list set-copy
             set-map set-for-each set-filter in-set
             for/set for*/set for/seteq for*/seteq for/seteqv for*/seteqv
             for/mutable-set for*/mutable-set)

  (define (write-set s port mode)
    (let ([elems (hash-keys (set-ref s 0))])
      (if (or (eq? mode 0) (eq? mode 1))
          ;; print mode: as an expression that builds the set
          (begin
            (write-string (string-append "(" (set-ref s 1)) port)
            (for-each (lambda (e) (write-string " " port) (print e port)) elems)
            (write-string ")" port))
          (begin
            (write-string (string-append "#<" (set-ref s 1) ":") port)
            (for-each (lambda (e)
                        (write-string " " port)
                        (if mode (write e port) (display e port)))
                      elems)
            (write-string ">" port)))))

  ;; fields: the hash table, and the printed kind ("set", "seteq", ...)
  (define-values (struct:set make-set-value set? set-ref set-set!)
    (make-struct-type 'set #f 2 0 #f
                      (list (cons prop:sequence (lambda (s) (in-hash-keys (set-ref s 0))))
                            (cons prop:equal+hash
                                  (list (lambda (a b recur) (recur (set-ref a 0) (set-ref b 0)))
                                        (lambda (a recur) (recur (set-ref a 0)))
                                        (lambda (a recur) (recur (set-ref a 0)))))
                            (cons prop:custom-write write-set))
                      (current-inspector) #f '(1)))

  (define (set-table s) (set-ref s 0))
  (define (set-kind s) (set-ref s 1))

  (define (wrap table kind) (make-set-value table kind))

  (define (fill-immutable table elems)
    (let loop ([h table] [l elems])
      (if (null? l) h (loop (hash-set h (car l) #t) (cdr l)))))

  (define (fill-mutable table elems)
    (for-each (lambda (e) (hash-set! table e #t)) elems)
    table)

  (define (set . elems) (wrap (fill-immutable (hash) elems) "set"))
  (define (seteq . elems) (wrap (fill-immutable (hasheq) elems) "seteq"))
  (define (seteqv . elems) (wrap (fill-immutable (hasheqv) elems) "seteqv"))
  (define (mutable-set . elems) (wrap (fill-mutable (make-hash) elems) "mutable-set"))
  (define (mutable-seteq . elems) (wrap (fill-mutable (make-hasheq) elems) "mutable-seteq"))
  (define (mutable-seteqv . elems) (wrap (fill-mutable (make-hasheqv) elems) "mutable-seteqv"))

  (define (list->set l) (apply set l))
  (define (list->seteq l) (apply seteq l))
  (define (list->seteqv l) (apply seteqv l))
  (define (list->mutable-set l) (apply mutable-set l))
  (define (list->mutable-seteq l) (apply mutable-seteq l))
  (define (list->mutable-seteqv l) (apply mutable-seteqv l))

  (define (generic-set? v) (or (set? v) (list? v)))
  (define (set-eq? s) (hash-eq? (set-table s)))
  (define (set-eqv? s) (hash-eqv? (set-table s)))
  (define (set-equal? s) (hash-equal? (set-table s)))
  (define (set-mutable? s) (and (set? s) (not (immutable? (set-table s)))))

  (define (check-set who s)
    (unless (set? s) (raise-argument-error who "generic-set?" s)))

  (define (set-empty? s) (check-set 'set-empty? s) (zero? (hash-count (set-table s))))
  (define (set-count s) (check-set 'set-count s) (hash-count (set-table s)))
  (define (set-member? s v) (check-set 'set-member? s) (hash-ref (set-table s) v #f))
  (define (set->list s) (check-set 'set->list s) (hash-keys (set-table s)))
  (define (in-set s) (check-set 'in-set s) (in-hash-keys/proc (set-table s)))
  (define (set-copy s) (check-set 'set-copy s) (wrap (hash-copy (set-table s)) (set-kind s)))

  (define (set-first s)
    (unless (and (set? s) (positive? (hash-count (set-table s))))
      (raise-argument-error 'set-first "(and/c generic-set? (not/c set-empty?))" s))
    (let ([t (set-table s)]) (hash-iterate-key t (hash-iterate-first t))))

  (define (set-rest s)
    (unless (and (set? s) (positive? (hash-count (set-table s))))
      (raise-argument-error 'set-rest "(and/c generic-set? (not/c set-empty?))" s))
    (set-remove s (set-first s)))

  (define (set-add s v)
    (check-set 'set-add s)
    (wrap (hash-set (set-table s) v #t) (set-kind s)))
  (define (set-remove s v)
    (check-set 'set-remove s)
    (wrap (hash-remove (set-table s) v) (set-kind s)))
  (define (set-clear s)
    (check-set 'set-clear s)
    (wrap (hash-clear (set-table s)) (set-kind s)))

  (define (set-add! s v) (check-set 'set-add! s) (hash-set! (set-table s) v #t))
  (define (set-remove! s v) (check-set 'set-remove! s) (hash-remove! (set-table s) v))
  (define (set-clear! s) (check-set 'set-clear! s) (hash-clear! (set-table s)))

  (define (elements s) (hash-keys (set-table s)))

  (define (set-union s . ss)
    (check-set 'set-union s)
    (let loop ([t (set-table s)] [ss ss])
      (if (null? ss)
          (wrap t (set-kind s))
          (loop (fill-immutable t (elements (car ss))) (cdr ss)))))

  (define (set-union! s . ss)
    (for-each (lambda (o) (fill-mutable (set-table s) (elements o))) ss))

  (define (set-intersect s . ss)
    (check-set 'set-intersect s)
    (let loop ([t (set-table s)] [es (elements s)])
      (cond [(null? es) (wrap t (set-kind s))]
            [(andmap (lambda (o) (set-member? o (car es))) ss) (loop t (cdr es))]
            [else (loop (hash-remove t (car es)) (cdr es))])))

  (define (set-intersect! s . ss)
    (for-each (lambda (e)
                (unless (andmap (lambda (o) (set-member? o e)) ss)
                  (hash-remove! (set-table s) e)))
              (elements s)))

  (define (set-subtract s . ss)
    (check-set 'set-subtract s)
    (let loop ([t (set-table s)] [ss ss])
      (if (null? ss)
          (wrap t (set-kind s))
          (loop (let rm ([t t] [es (elements (car ss))])
                  (if (null? es) t (rm (hash-remove t (car es)) (cdr es))))
                (cdr ss)))))

  (define (set-subtract! s . ss)
    (for-each (lambda (o) (for-each (lambda (e) (hash-remove! (set-table s) e)) (elements o))) ss))

  (define (set-symmetric-difference s . ss)
    (check-set 'set-symmetric-difference s)
    (let loop ([t (set-table s)] [ss ss])
      (if (null? ss)
          (wrap t (set-kind s))
          (loop (let flip ([t t] [es (elements (car ss))])
                  (cond [(null? es) t]
                        [(hash-ref t (car es) #f) (flip (hash-remove t (car es)) (cdr es))]
                        [else (flip (hash-set t (car es) #t) (cdr es))]))
                (cdr ss)))))

  (define (subset? a b)
    (check-set 'subset? a)
    (check-set 'subset? b)
    (andmap (lambda (e) (set-member? b e)) (elements a)))

  (define (proper-subset? a b)
    (and (subset? a b) (< (set-count a) (set-count b))))

  (define (set=? a b)
    (and (subset? a b) (subset? b a)))

  (define (set-map s f) (check-set 'set-map s) (map f (elements s)))
  (define (set-for-each s f) (check-set 'set-for-each s) (for-each f (elements s)))
  (define (set-filter s keep?)
    (check-set 'set-filter s)
    (let loop ([t (set-table s)] [es (elements s)])
      (cond [(null? es) (wrap t (set-kind s))]
            [(keep? (car es)) (loop t (cdr es))]
            [else (loop (hash-remove t (car es)) (cdr es))])))

  ;; for/set and friends fold with set-add (or set-add! for mutable sets)
  (define-syntax (define-set-fors stx)
    (syntax-case stx ()
      [(_ [for-name for*-name make] ...)
       #'(begin
           (define-syntax (for-name stx)
             (syntax-case stx ()
               [(_ clauses body (... ...))
                #'(for/fold/derived stx ([s (make)]) clauses (set-add s (let () body (... ...))))]))
           ...
           (define-syntax (for*-name stx)
             (syntax-case stx ()
               [(_ clauses body (... ...))
                #'(for*/fold/derived stx ([s (make)]) clauses (set-add s (let () body (... ...))))]))
           ...)]))

  (define-set-fors
    [for/set for*/set set]
    [for/seteq for*/seteq seteq]
    [for/seteqv for*/seteqv seteqv])

  (define-syntax (for/mutable-set stx)
    (syntax-case stx ()
      [(_ clauses body ...)
       #'(let ([s (mutable-set)])
           (for clauses (set-add! s (let () body ...)))
           s)]))
  (define-syntax (for*/mutable-set stx)
    (syntax-case stx ()
      [(_ clauses body ...)
       #'(let ([s (mutable-set)])
           (for* clauses (set-add! s (let () body ...)))
           s)])))
