;; racket/stream: lazy streams.
;;
;; A lazy stream node holds its first element and its rest as memoized
;; thunks (each forced at most once).  Lists are streams too, and so are the
;; values of in-range, in-list and in-naturals (seq-core's stream values),
;; whose rest is the same sequence started one position later.
(module stream "private/pre-base.rkt"
  (#%require "private/list-base.rkt" "private/for.rkt" "private/seq-core.rkt"
             "generator.rkt"
             (for-syntax "private/pre-base.rkt"))
  (#%provide stream? stream-empty? stream-first stream-rest empty-stream
             stream-cons stream stream* in-stream stream->list sequence->stream
             stream-ref stream-tail stream-take stream-length
             stream-map stream-filter stream-fold stream-for-each stream-append
             stream-andmap stream-ormap stream-count stream-add-between
             for/stream for*/stream stream-lazy-cons)

  ;; fields: 0 kind: 'cons, 'empty or 'delay
  ;;   cons:  1 first thunk (#f once forced), 2 first value,
  ;;          3 rest thunk (#f once forced), 4 rest value
  ;;   delay: 1 thunk answering a stream (#f once forced), 2 that stream
  (define-values (struct:lazy make-lazy lazy? lazy-ref lazy-set!)
    (make-struct-type 'stream #f 5 0 #f
                      (list (cons prop:sequence
                                  (lambda (s)
                                    (make-do-sequence
                                     (lambda ()
                                       (values stream-first stream-rest s
                                               (lambda (s) (not (stream-empty? s)))
                                               #f #f))))))
                      (current-inspector)))

  (define empty-stream (make-lazy 'empty #f #f #f #f))

  (define (make-delayed thunk) (make-lazy 'delay thunk #f #f #f))

  ;; follows delayed nodes to the stream they stand for
  (define (resolve s)
    (if (and (lazy? s) (eq? (lazy-ref s 0) 'delay))
        (begin
          (let ([th (lazy-ref s 1)])
            (when th
              (let ([v (th)])
                (when (lazy-ref s 1)
                  (lazy-set! s 2 v)
                  (lazy-set! s 1 #f)))))
          (resolve (lazy-ref s 2)))
        s))

  (define (stream-lazy-cons first-thunk rest-thunk)
    (make-lazy 'cons first-thunk #f rest-thunk #f))

  (define-syntax-rule (stream-cons first-expr rest-expr)
    (stream-lazy-cons (lambda () first-expr) (lambda () rest-expr)))

  (define-syntax stream
    (syntax-rules ()
      [(_) empty-stream]
      [(_ e more ...) (stream-cons e (stream more ...))]))

  (define-syntax stream*
    (syntax-rules ()
      [(_ s) s]
      [(_ e more ...) (stream-cons e (stream* more ...))]))

  (define (stream? v)
    (or (lazy? v) (list? v) (stream-value? v)))

  ;; an in-range/in-list/in-naturals value: first element and the
  ;; sequence one step further, through its make-do-sequence thunk
  (define (value-parts s)
    (call-with-values (stream-value-thunk s)
      (lambda (pos->elem next init pos? val? after?)
        (values pos->elem next init pos?))))

  (define (stream-empty? s)
    (cond [(lazy? s) (eq? (lazy-ref (resolve s) 0) 'empty)]
          [(list? s) (null? s)]
          [(stream-value? s)
           (let-values ([(pos->elem next init pos?) (value-parts s)])
             (and pos? (not (pos? init))))]
          [else (raise-argument-error 'stream-empty? "stream?" s)]))

  (define (non-empty who s)
    (unless (and (stream? s) (not (stream-empty? s)))
      (raise-argument-error who "(and/c stream? (not/c stream-empty?))" s)))

  (define (stream-first s0)
    (non-empty 'stream-first s0)
    (define s (resolve s0))
    (cond [(lazy? s)
           (let ([th (lazy-ref s 1)])
             (if th
                 (let ([v (th)])
                   (when (lazy-ref s 1)
                     (lazy-set! s 2 v)
                     (lazy-set! s 1 #f))
                   (lazy-ref s 2))
                 (lazy-ref s 2)))]
          [(pair? s) (car s)]
          [else (let-values ([(pos->elem next init pos?) (value-parts s)])
                  (pos->elem init))]))

  (define (stream-rest s0)
    (non-empty 'stream-rest s0)
    (define s (resolve s0))
    (cond [(lazy? s)
           (let ([th (lazy-ref s 3)])
             (if th
                 (let ([v (th)])
                   (unless (stream? v)
                     (raise-argument-error 'stream-rest "stream?" v))
                   (when (lazy-ref s 3)
                     (lazy-set! s 4 v)
                     (lazy-set! s 3 #f))
                   (lazy-ref s 4))
                 (lazy-ref s 4)))]
          [(pair? s) (cdr s)]
          [else
           (let ([thunk (stream-value-thunk s)])
             (make-stream-value
              (lambda ()
                (call-with-values thunk
                  (lambda (pos->elem next init pos? val? after?)
                    (values pos->elem next (next init) pos? val? after?))))))]))

  (define (in-stream s)
    (unless (stream? s) (raise-argument-error 'in-stream "stream?" s))
    s)

  ;; a lazy stream over any sequence (elements pulled on demand, once)
  (define (sequence->stream seq)
    (if (stream? seq)
        seq
        (let ([pull (puller 'sequence->stream seq)])
          (let next ()
            (make-delayed
             (lambda ()
               (let ([vals (pull)])
                 (if vals
                     (stream-lazy-cons (lambda () (apply values vals)) next)
                     empty-stream))))))))

  (define (stream->list s [n #f])
    (unless (stream? s) (raise-argument-error 'stream->list "stream?" s))
    (let loop ([s s] [n n] [acc '()])
      (if (or (and n (zero? n)) (stream-empty? s))
          (reverse acc)
          (loop (stream-rest s) (and n (sub1 n)) (cons (stream-first s) acc)))))

  (define (stream-length s)
    (unless (stream? s) (raise-argument-error 'stream-length "stream?" s))
    (let loop ([s s] [n 0])
      (if (stream-empty? s) n (loop (stream-rest s) (add1 n)))))

  (define (stream-ref s i)
    (unless (stream? s) (raise-argument-error 'stream-ref "stream?" s))
    (unless (exact-nonnegative-integer? i)
      (raise-argument-error 'stream-ref "exact-nonnegative-integer?" i))
    (let loop ([t s] [k i])
      (cond [(stream-empty? t)
             (raise-range-error 'stream-ref "stream" "" i s 0 (- i k 1))]
            [(zero? k) (stream-first t)]
            [else (loop (stream-rest t) (sub1 k))])))

  (define (stream-tail s i)
    (unless (stream? s) (raise-argument-error 'stream-tail "stream?" s))
    (let loop ([t s] [k i])
      (cond [(zero? k) t]
            [(stream-empty? t)
             (raise-range-error 'stream-tail "stream" "" i s 0 (- i k))]
            [else (loop (stream-rest t) (sub1 k))])))

  (define (stream-take s n)
    (unless (stream? s) (raise-argument-error 'stream-take "stream?" s))
    (let loop ([s s] [n n])
      (if (zero? n)
          empty-stream
          (stream-cons (stream-first s) (loop (stream-rest s) (sub1 n))))))

  (define (stream-map f s)
    (unless (stream? s) (raise-argument-error 'stream-map "stream?" s))
    (let loop ([s s])
      (if (stream-empty? s)
          empty-stream
          (stream-cons (f (stream-first s)) (loop (stream-rest s))))))

  (define (stream-filter keep? s)
    (unless (stream? s) (raise-argument-error 'stream-filter "stream?" s))
    (let loop ([s s])
      (cond [(stream-empty? s) empty-stream]
            [(keep? (stream-first s))
             (stream-cons (stream-first s) (loop (stream-rest s)))]
            [else (loop (stream-rest s))])))

  (define (stream-fold f init s)
    (let loop ([s s] [acc init])
      (if (stream-empty? s) acc (loop (stream-rest s) (f acc (stream-first s))))))

  (define (stream-for-each f s)
    (let loop ([s s])
      (unless (stream-empty? s)
        (f (stream-first s))
        (loop (stream-rest s)))))

  (define (stream-append . ss)
    (let loop ([ss ss])
      (cond [(null? ss) empty-stream]
            [(stream-empty? (car ss)) (loop (cdr ss))]
            [else (let ([s (car ss)])
                    (stream-cons (stream-first s) (loop (cons (stream-rest s) (cdr ss)))))])))

  (define (stream-andmap f s)
    (let loop ([s s])
      (or (stream-empty? s)
          (and (f (stream-first s)) (loop (stream-rest s))))))

  (define (stream-ormap f s)
    (let loop ([s s])
      (and (not (stream-empty? s))
           (or (f (stream-first s)) (loop (stream-rest s))))))

  (define (stream-count f s)
    (let loop ([s s] [n 0])
      (if (stream-empty? s) n (loop (stream-rest s) (if (f (stream-first s)) (add1 n) n)))))

  (define (stream-add-between s sep)
    (let loop ([s s] [first? #t])
      (cond [(stream-empty? s) empty-stream]
            [first? (stream-cons (stream-first s) (loop (stream-rest s) #f))]
            [else (stream-cons sep (stream-cons (stream-first s) (loop (stream-rest s) #f)))])))

  ;; for/stream runs the loop in a generator, one body per element demanded
  (define-syntax-rule (for/stream clauses body ...)
    (sequence->stream (in-generator (for clauses (yield (let () body ...))))))
  (define-syntax-rule (for*/stream clauses body ...)
    (sequence->stream (in-generator (for* clauses (yield (let () body ...)))))))
