;; racket/dict: one interface over hash tables, vectors (keys are indices)
;; and association lists (lists of pairs, compared with equal?).
(module dict "private/pre-base.rkt"
  (#%require "private/list-base.rkt" "private/seq-core.rkt")
  (#%provide dict? dict-mutable? dict-can-functional-set? dict-has-key?
             dict-ref dict-set dict-set! dict-remove dict-remove! dict-update dict-update!
             dict-ref! dict-set* dict-count dict-empty? dict-keys dict-values dict->list
             dict-map dict-for-each in-dict in-dict-keys in-dict-values in-dict-pairs
             dict-clear dict-copy)

  (define (assoc-list? v) (and (list? v) (andmap pair? v)))

  (define (dict? v) (or (hash? v) (vector? v) (assoc-list? v)))

  (define (check who d)
    (unless (dict? d) (raise-argument-error who "dict?" d)))

  (define (dict-mutable? d)
    (check 'dict-mutable? d)
    (or (and (hash? d) (not (immutable? d))) (and (vector? d) (not (immutable? d)))))

  (define (dict-can-functional-set? d)
    (check 'dict-can-functional-set? d)
    (or (and (hash? d) (immutable? d)) (assoc-list? d)))

  (define (no-value who k d)
    (raise (make-exn:fail:contract
            (format "~a: no value for key: ~e in: ~e" who k d)
            (current-continuation-marks))))

  (define none (string->uninterned-symbol "none"))

  (define (dict-ref d k [default none])
    (check 'dict-ref d)
    (cond
      [(hash? d) (if (eq? default none) (hash-ref d k) (hash-ref d k default))]
      [(vector? d)
       (if (and (exact-nonnegative-integer? k) (< k (vector-length d)))
           (vector-ref d k)
           (cond [(eq? default none) (vector-ref d k)]
                 [(procedure? default) (default)]
                 [else default]))]
      [else
       (let ([p (assoc k d)])
         (cond [p (cdr p)]
               [(eq? default none) (no-value 'dict-ref k d)]
               [(procedure? default) (default)]
               [else default]))]))

  (define (dict-has-key? d k)
    (check 'dict-has-key? d)
    (cond [(hash? d) (hash-has-key? d k)]
          [(vector? d) (and (exact-nonnegative-integer? k) (< k (vector-length d)))]
          [else (and (assoc k d) #t)]))

  (define (dict-set d k v)
    (cond
      [(and (hash? d) (immutable? d)) (hash-set d k v)]
      [(assoc-list? d)
       ;; replace the first binding in place, or add one at the end
       (let loop ([l d])
         (cond [(null? l) (list (cons k v))]
               [(equal? (car (car l)) k) (cons (cons k v) (cdr l))]
               [else (cons (car l) (loop (cdr l)))]))]
      [else (raise-argument-error 'dict-set "(dict-implements/c dict-set)" d)]))

  (define (dict-set! d k v)
    (cond [(and (hash? d) (not (immutable? d))) (hash-set! d k v)]
          [(and (vector? d) (not (immutable? d))) (vector-set! d k v)]
          [else (raise-argument-error 'dict-set! "(dict-implements/c dict-set!)" d)]))

  (define (dict-set* d . kvs)
    (let loop ([d d] [kvs kvs])
      (if (null? kvs) d (loop (dict-set d (car kvs) (cadr kvs)) (cddr kvs)))))

  (define (dict-remove d k)
    (cond
      [(and (hash? d) (immutable? d)) (hash-remove d k)]
      [(assoc-list? d)
       (let loop ([l d])
         (cond [(null? l) '()]
               [(equal? (car (car l)) k) (cdr l)]
               [else (cons (car l) (loop (cdr l)))]))]
      [else (raise-argument-error 'dict-remove "(dict-implements/c dict-remove)" d)]))

  (define (dict-remove! d k)
    (if (and (hash? d) (not (immutable? d)))
        (hash-remove! d k)
        (raise-argument-error 'dict-remove! "(dict-implements/c dict-remove!)" d)))

  (define (dict-update d k f [default none])
    (dict-set d k (f (if (eq? default none) (dict-ref d k) (dict-ref d k default)))))

  (define (dict-update! d k f [default none])
    (dict-set! d k (f (if (eq? default none) (dict-ref d k) (dict-ref d k default)))))

  (define (dict-ref! d k to-set)
    (if (dict-has-key? d k)
        (dict-ref d k)
        (let ([v (if (procedure? to-set) (to-set) to-set)])
          (dict-set! d k v)
          v)))

  ;; key/value pairs in the dict's order
  (define (dict->list d)
    (check 'dict->list d)
    (cond [(hash? d) (hash->list d)]
          [(vector? d) (let loop ([i (sub1 (vector-length d))] [acc '()])
                         (if (< i 0) acc (loop (sub1 i) (cons (cons i (vector-ref d i)) acc))))]
          [else d]))

  (define (dict-count d)
    (check 'dict-count d)
    (cond [(hash? d) (hash-count d)]
          [(vector? d) (vector-length d)]
          [else (length d)]))

  (define (dict-empty? d) (zero? (dict-count d)))
  (define (dict-keys d) (map car (dict->list d)))
  (define (dict-values d) (map cdr (dict->list d)))
  (define (dict-map d f) (map (lambda (p) (f (car p) (cdr p))) (dict->list d)))
  (define (dict-for-each d f) (for-each (lambda (p) (f (car p) (cdr p))) (dict->list d)))

  (define (dict-clear d)
    (cond [(hash? d) (hash-clear d)]
          [else '()]))

  (define (dict-copy d)
    (cond [(hash? d) (hash-copy d)]
          [(vector? d) (let ([v (make-vector (vector-length d))]) (vector-copy! v 0 d) v)]
          [else (raise-argument-error 'dict-copy "(dict-implements/c dict-copy)" d)]))

  (define (pairs-sequence d f)
    (let ([ps (dict->list d)])
      (make-do-sequence
       (lambda ()
         (values (lambda (l) (f (car l))) cdr ps pair? #f #f)))))

  (define (in-dict d) (check 'in-dict d) (pairs-sequence d (lambda (p) (values (car p) (cdr p)))))
  (define (in-dict-keys d) (check 'in-dict-keys d) (pairs-sequence d car))
  (define (in-dict-values d) (check 'in-dict-values d) (pairs-sequence d cdr))
  (define (in-dict-pairs d) (check 'in-dict-pairs d) (pairs-sequence d (lambda (p) p))))
