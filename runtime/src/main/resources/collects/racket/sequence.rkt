;; racket/sequence: generic operations over any sequence, built on the
;; element puller of seq-core (which follows the make-do-sequence protocol).
(module sequence "private/pre-base.rkt"
  (#%require "private/list-base.rkt" "private/seq-core.rkt" "stream.rkt")
  (#%provide empty-sequence sequence->list sequence-length sequence-ref sequence-tail
             sequence-append sequence-map sequence-andmap sequence-ormap sequence-for-each
             sequence-fold sequence-count sequence-filter sequence-add-between
             sequence-first sequence-rest sequence-empty? in-slice in-syntax)

  (define empty-sequence (make-do-sequence (lambda () (values void void #f (lambda (p) #f) #f #f))))

  (define (check who s)
    (unless (sequence? s) (raise-argument-error who "sequence?" s)))

  ;; calls (f vals) on each element's values, in order, while f says go on
  (define (each who s f)
    (let ([pull (puller who s)])
      (let loop ()
        (let ([vals (pull)])
          (when (and vals (f vals)) (loop))))))

  (define (sequence->list s)
    (check 'sequence->list s)
    (if (list? s)
        s
        (let ([acc '()])
          (each 'sequence->list s (lambda (vals) (set! acc (cons (apply values vals) acc)) #t))
          (reverse acc))))

  (define (sequence-length s)
    (check 'sequence-length s)
    (let ([n 0])
      (each 'sequence-length s (lambda (vals) (set! n (add1 n)) #t))
      n))

  (define (sequence-ref s i)
    (check 'sequence-ref s)
    (unless (exact-nonnegative-integer? i)
      (raise-argument-error 'sequence-ref "exact-nonnegative-integer?" i))
    (let ([pull (puller 'sequence-ref s)])
      (let loop ([k i])
        (let ([vals (pull)])
          (cond [(not vals)
                 (raise (make-exn:fail:contract
                         (format "sequence-ref: sequence ended before index\n  index: ~a\n  sequence: ~e" i s)
                         (current-continuation-marks)))]
                [(zero? k) (apply values vals)]
                [else (loop (sub1 k))])))))

  (define (sequence-tail s i)
    (check 'sequence-tail s)
    (stream-tail (sequence->stream s) i))

  (define (sequence-first s)
    (check 'sequence-first s)
    (let ([vals ((puller 'sequence-first s))])
      (if vals (apply values vals) (raise-argument-error 'sequence-first "(and/c sequence? (not/c sequence-empty?))" s))))

  (define (sequence-rest s) (check 'sequence-rest s) (stream-rest (sequence->stream s)))

  (define (sequence-empty? s)
    (check 'sequence-empty? s)
    (not ((puller 'sequence-empty? s))))

  (define (sequence-append . ss)
    (for-each (lambda (s) (check 'sequence-append s)) ss)
    (apply in-sequences ss))

  (define (sequence-map f s)
    (check 'sequence-map s)
    (sequence-from-puller
     (lambda ()
       (let ([pull (puller 'sequence-map s)])
         (lambda ()
           (let ([vals (pull)])
             (and vals (call-with-values (lambda () (apply f vals)) list))))))))

  (define (sequence-filter f s)
    (check 'sequence-filter s)
    (sequence-from-puller
     (lambda ()
       (let ([pull (puller 'sequence-filter s)])
         (letrec ([next (lambda ()
                          (let ([vals (pull)])
                            (cond [(not vals) #f]
                                  [(apply f vals) vals]
                                  [else (next)])))])
           next)))))

  (define (sequence-add-between s sep)
    (check 'sequence-add-between s)
    (sequence-from-puller
     (lambda ()
       (let ([pull (puller 'sequence-add-between s)] [pending #f] [started? #f])
         (lambda ()
           (cond
             [pending (let ([v pending]) (set! pending #f) v)]
             [else
              (let ([vals (pull)])
                (cond [(not vals) #f]
                      [started? (set! pending vals) (list sep)]
                      [else (set! started? #t) vals]))]))))))

  (define (sequence-andmap f s)
    (check 'sequence-andmap s)
    (let ([r #t])
      (each 'sequence-andmap s (lambda (vals) (set! r (apply f vals)) r))
      r))

  (define (sequence-ormap f s)
    (check 'sequence-ormap s)
    (let ([r #f])
      (each 'sequence-ormap s (lambda (vals) (set! r (apply f vals)) (not r)))
      r))

  (define (sequence-for-each f s)
    (check 'sequence-for-each s)
    (each 'sequence-for-each s (lambda (vals) (apply f vals) #t)))

  (define (sequence-fold f init s)
    (check 'sequence-fold s)
    (let ([acc init])
      (each 'sequence-fold s (lambda (vals) (set! acc (apply f acc vals)) #t))
      acc))

  (define (sequence-count f s)
    (check 'sequence-count s)
    (let ([n 0])
      (each 'sequence-count s (lambda (vals) (when (apply f vals) (set! n (add1 n))) #t))
      n))

  (define (in-slice k s)
    (unless (exact-positive-integer? k) (raise-argument-error 'in-slice "exact-positive-integer?" k))
    (check 'in-slice s)
    (sequence-from-puller
     (lambda ()
       (let ([pull (puller 'in-slice s)])
         (lambda ()
           (let loop ([i 0] [acc '()])
             (if (= i k)
                 (list (reverse acc))
                 (let ([vals (pull)])
                   (if vals
                       (loop (add1 i) (cons (apply values vals) acc))
                       (and (pair? acc) (list (reverse acc))))))))))))

  (define (in-syntax stx) (in-list/proc (syntax->list stx))))
