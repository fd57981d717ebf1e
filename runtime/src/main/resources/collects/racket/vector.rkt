;; racket/vector.  vector-copy is a kernel primitive, re-exported as is.
(module vector "private/pre-base.rkt"
  (#%require "private/list-base.rkt" "private/sort-core.rkt")
  (#%provide vector-map vector-map! vector-append vector-copy vector-set*!
             vector-take vector-drop vector-take-right vector-drop-right
             vector-split-at vector-split-at-right
             vector-filter vector-filter-not vector-count
             vector-argmin vector-argmax
             vector-member vector-memq vector-memv
             vector-sort vector-sort! vector-empty?)

  (define (vector-empty? v)
    (unless (vector? v) (raise-argument-error 'vector-empty? "vector?" v))
    (zero? (vector-length v)))

  (define (check-vectors who f vs)
    (unless (procedure? f) (apply raise-argument-error who "procedure?" 0 f vs))
    (let loop ([l vs] [i 1])
      (unless (null? l)
        (unless (vector? (car l))
          (apply raise-argument-error who "vector?" i f vs))
        (loop (cdr l) (add1 i))))
    (let ([n (vector-length (car vs))])
      (for-each (lambda (v)
                  (unless (= n (vector-length v))
                    (raise (make-exn:fail:contract
                            (format "~a: all vectors must have same size\n  vectors...:~a" who
                                    (apply string-append
                                           (map (lambda (v) (format "\n   ~e" v)) vs)))
                            (current-continuation-marks)))))
                (cdr vs))
      n))

  (define (vector-map f v . vs)
    (let* ([all (cons v vs)]
           [n (check-vectors 'vector-map f all)]
           [r (make-vector n #f)])
      (if (null? vs)
          (let loop ([i 0])
            (when (< i n)
              (vector-set! r i (f (vector-ref v i)))
              (loop (add1 i))))
          (let loop ([i 0])
            (when (< i n)
              (vector-set! r i (apply f (map (lambda (v) (vector-ref v i)) all)))
              (loop (add1 i)))))
      r))

  (define (vector-map! f v . vs)
    (let* ([all (cons v vs)]
           [n (check-vectors 'vector-map! f all)])
      (let loop ([i 0])
        (when (< i n)
          (vector-set! v i (apply f (map (lambda (v) (vector-ref v i)) all)))
          (loop (add1 i))))
      v))

  (define (vector-append . vs)
    (let loop ([l vs] [i 0])
      (unless (null? l)
        (unless (vector? (car l)) (apply raise-argument-error 'vector-append "vector?" i vs))
        (loop (cdr l) (add1 i))))
    (let* ([n (apply + (map vector-length vs))]
           [r (make-vector n 0)])
      (let loop ([l vs] [pos 0])
        (unless (null? l)
          (vector-copy! r pos (car l))
          (loop (cdr l) (+ pos (vector-length (car l))))))
      r))

  (define (vector-set*! v . pairs)
    (let loop ([l pairs])
      (cond [(null? l) (void)]
            [(null? (cdr l))
             (raise-arguments-error 'vector-set*! "missing value after index" "index" (car l))]
            [else (vector-set! v (car l) (cadr l)) (loop (cddr l))])))

  ;; --- slicing -----------------------------------------------------------

  (define (check-slice who v n)
    (unless (vector? v) (raise-argument-error who "vector?" 0 v n))
    (unless (exact-nonnegative-integer? n)
      (raise-argument-error who "exact-nonnegative-integer?" 1 v n))
    (let ([len (vector-length v)])
      (unless (<= n len)
        (raise (make-exn:fail:contract
                (format "~a: index is out of range\n  index: ~a\n  valid range: [0, ~a]\n  vector: ~e"
                        who n len v)
                (current-continuation-marks))))
      len))

  (define (vector-take v n) (check-slice 'vector-take v n) (vector-copy v 0 n))
  (define (vector-drop v n) (check-slice 'vector-drop v n) (vector-copy v n))
  (define (vector-take-right v n)
    (let ([len (check-slice 'vector-take-right v n)]) (vector-copy v (- len n))))
  (define (vector-drop-right v n)
    (let ([len (check-slice 'vector-drop-right v n)]) (vector-copy v 0 (- len n))))
  (define (vector-split-at v n)
    (check-slice 'vector-split-at v n)
    (values (vector-copy v 0 n) (vector-copy v n)))
  (define (vector-split-at-right v n)
    (let ([len (check-slice 'vector-split-at-right v n)])
      (values (vector-copy v 0 (- len n)) (vector-copy v (- len n)))))

  ;; --- searching and counting ------------------------------------------------

  (define (check-pred-vector who f v)
    (unless (and (procedure? f) (procedure-arity-includes? f 1))
      (raise-argument-error who "(any/c . -> . any/c)" 0 f v))
    (unless (vector? v) (raise-argument-error 'in-vector "vector" v)))

  (define (vector-filter f v)
    (check-pred-vector 'vector-filter f v)
    (list->vector (filter f (vector->list v))))

  (define (vector-filter-not f v)
    (check-pred-vector 'vector-filter-not f v)
    (list->vector (filter (lambda (x) (not (f x))) (vector->list v))))

  (define (vector-count f v . vs)
    (let* ([all (cons v vs)]
           [n (check-vectors 'vector-count f all)])
      (let loop ([i 0] [c 0])
        (if (= i n)
            c
            (loop (add1 i)
                  (if (apply f (map (lambda (v) (vector-ref v i)) all)) (add1 c) c))))))

  (define (vector-arg who f v better?)
    (unless (and (procedure? f) (procedure-arity-includes? f 1))
      (raise-argument-error who "(any/c . -> . real?)" 0 f v))
    (unless (and (vector? v) (positive? (vector-length v)))
      (raise-argument-error who "(and/c vector? (lambda (v) (positive? (vector-length v))))" 1 f v))
    (let ([n (vector-length v)])
      (let loop ([i 1] [best (vector-ref v 0)] [best-v (f (vector-ref v 0))])
        (if (= i n)
            best
            (let* ([x (vector-ref v i)] [xv (f x)])
              (if (better? xv best-v)
                  (loop (add1 i) x xv)
                  (loop (add1 i) best best-v)))))))

  (define (vector-argmin f v) (vector-arg 'vector-argmin f v <))
  (define (vector-argmax f v) (vector-arg 'vector-argmax f v >))

  (define (vector-mem who same?)
    (lambda (x v)
      (unless (vector? v) (raise-argument-error who "vector?" 1 x v))
      (let ([n (vector-length v)])
        (let loop ([i 0])
          (cond [(= i n) #f]
                [(same? x (vector-ref v i)) i]
                [else (loop (add1 i))])))))

  (define vector-member (vector-mem 'vector-member equal?))
  (define vector-memq (vector-mem 'vector-memq eq?))
  (define vector-memv (vector-mem 'vector-memv eqv?))

  ;; --- sorting ---------------------------------------------------------------

  (define (sort-checks who v less? start end key)
    (unless (vector? v) (raise-argument-error who "vector?" v))
    (unless (and (procedure? less?) (procedure-arity-includes? less? 2))
      (raise-argument-error who "(any/c any/c . -> . any/c)" less?))
    (let ([len (vector-length v)])
      (unless (and (exact-nonnegative-integer? start) (<= start len))
        (raise-range-error who "vector" "starting " start v 0 len))
      (unless (and (exact-nonnegative-integer? end) (<= start end len))
        (raise-range-error who "vector" "ending " end v start len))))

  (define (key-less less? key cache-keys?)
    (if key (lambda (a b) (less? (key a) (key b))) less?))

  (define (vector-sort v less? [start 0] [end #f] #:key [key #f] #:cache-keys? [cache-keys? #f])
    (let ([end (or end (and (vector? v) (vector-length v)))])
      (sort-checks 'vector-sort v less? start end key)
      (let ([r (vector-copy v start end)])
        (vector-merge-sort! r 0 (- end start) (key-less less? key cache-keys?))
        r)))

  (define (vector-sort! v less? [start 0] [end #f] #:key [key #f] #:cache-keys? [cache-keys? #f])
    (let ([end (or end (and (vector? v) (vector-length v)))])
      (sort-checks 'vector-sort! v less? start end key)
      (vector-merge-sort! v start end (key-less less? key cache-keys?)))))
