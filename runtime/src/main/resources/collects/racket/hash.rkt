;; racket/hash: combining hash tables.
(module hash "private/pre-base.rkt"
  (#%require "private/list-base.rkt")
  (#%provide hash-union hash-union! hash-intersect hash-filter-keys hash-filter-values)

  (define (default-combine/key who)
    (lambda (k a b)
      (raise-arguments-error who "duplicate key" "key" k)))

  ;; #:combine f receives the two values; #:combine/key also the key
  (define (pick-combine who combine combine/key)
    (cond [combine/key combine/key]
          [combine (lambda (k a b) (combine a b))]
          [else (default-combine/key who)]))

  (define (hash-union one #:combine [combine #f] #:combine/key [combine/key #f] . rest)
    (unless (and (hash? one) (immutable? one))
      (raise-argument-error 'hash-union "(and/c hash? immutable?)" one))
    (let ([f (pick-combine 'hash-union combine combine/key)])
      (let loop ([acc one] [rest rest])
        (if (null? rest)
            acc
            (let ([h (car rest)])
              (loop (let iter ([i (hash-iterate-first h)] [acc acc])
                      (if i
                          (let ([k (hash-iterate-key h i)] [v (hash-iterate-value h i)])
                            (iter (hash-iterate-next h i)
                                  (if (hash-has-key? acc k)
                                      (hash-set acc k (f k (hash-ref acc k) v))
                                      (hash-set acc k v))))
                          acc))
                    (cdr rest)))))))

  (define (hash-union! one #:combine [combine #f] #:combine/key [combine/key #f] . rest)
    (unless (and (hash? one) (not (immutable? one)))
      (raise-argument-error 'hash-union! "(and/c hash? (not/c immutable?))" one))
    (let ([f (pick-combine 'hash-union! combine combine/key)])
      (for-each
       (lambda (h)
         (let iter ([i (hash-iterate-first h)])
           (when i
             (let ([k (hash-iterate-key h i)] [v (hash-iterate-value h i)])
               (if (hash-has-key? one k)
                   (hash-set! one k (f k (hash-ref one k) v))
                   (hash-set! one k v)))
             (iter (hash-iterate-next h i)))))
       rest)))

  (define (hash-intersect one #:combine [combine #f] #:combine/key [combine/key #f] . rest)
    (let ([f (pick-combine 'hash-intersect combine combine/key)])
      (let iter ([i (hash-iterate-first one)] [acc (hash-clear one)])
        (if i
            (let ([k (hash-iterate-key one i)])
              (iter (hash-iterate-next one i)
                    (if (andmap (lambda (h) (hash-has-key? h k)) rest)
                        (hash-set acc k (let fold ([v (hash-iterate-value one i)] [hs rest])
                                          (if (null? hs) v (fold (f k v (hash-ref (car hs) k)) (cdr hs)))))
                        acc)))
            acc))))

  (define (filter-hash h keep?)
    (let iter ([i (hash-iterate-first h)] [acc '()])
      (if i
          (iter (hash-iterate-next h i)
                (if (keep? (hash-iterate-key h i) (hash-iterate-value h i))
                    acc
                    (cons (hash-iterate-key h i) acc)))
          (if (immutable? h)
              (let loop ([h h] [ks acc]) (if (null? ks) h (loop (hash-remove h (car ks)) (cdr ks))))
              (let ([c (hash-copy h)])
                (for-each (lambda (k) (hash-remove! c k)) acc)
                c)))))

  (define (hash-filter-keys h pred) (filter-hash h (lambda (k v) (pred k))))
  (define (hash-filter-values h pred) (filter-hash h (lambda (k v) (pred v)))))
