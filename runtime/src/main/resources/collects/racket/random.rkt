#lang racket/base
;; racket/random: crypto-random-bytes, random-ref and random-sample (Racket 8.7's API),
;; written for JRacket. The samplers make one pass over the sequence (a port can be sampled)
;; and draw from the generator as Racket's do, so after random-seed they pick the same
;; elements: without replacement, reservoir sampling (Vitter, "Random Sampling with a
;; Reservoir", ACM TOMS 11(1), 1985: element i >= n replaces a random slot with probability
;; n/(i+1)); with replacement, n independent reservoirs of one element each.
(provide crypto-random-bytes random-ref random-sample)

;; n bytes from the kernel's /dev/urandom
(define (crypto-random-bytes n)
  (unless (exact-nonnegative-integer? n)
    (raise-argument-error 'crypto-random-bytes "exact-nonnegative-integer?" n))
  (if (zero? n)
      #""
      (call-with-input-file "/dev/urandom" (lambda (in) (read-bytes n in)))))

(define (check-prng who prng)
  (unless (pseudo-random-generator? prng)
    (raise-argument-error who "pseudo-random-generator?" prng)))

(define (random-ref seq [prng (current-pseudo-random-generator)])
  (unless (sequence? seq) (raise-argument-error 'random-ref "sequence?" seq))
  (check-prng 'random-ref prng)
  (let ([samples (sample-with-replacement seq 1 prng)])
    (unless samples (raise-argument-error 'random-ref "non-empty sequence" seq))
    (vector-ref samples 0)))

(define absent (string->uninterned-symbol "absent"))

(define (random-sample seq n [prng (current-pseudo-random-generator)] #:replacement? [replacement? #t])
  (unless (sequence? seq) (raise-argument-error 'random-sample "sequence?" seq))
  (unless (exact-nonnegative-integer? n) (raise-argument-error 'random-sample "exact-nonnegative-integer?" n))
  (check-prng 'random-sample prng)
  (cond
    [(zero? n) '()]
    [replacement?
     (let ([samples (sample-with-replacement seq n prng)])
       (unless samples
         (raise-argument-error 'random-sample "non-empty sequence for n>0" 0 seq n prng))
       (vector->list samples))]
    [else
     (let ([samples (sample-without-replacement seq n prng)])
       (when (for/or ([s (in-vector samples)]) (eq? s absent))
         (raise-argument-error 'random-sample "integer less than or equal to sequence length" 1 seq n prng))
       (vector->list samples))]))

(define (sample-without-replacement seq n prng)
  (let ([samples (make-vector n absent)])
    (for ([x seq] [i (in-naturals)])
      (cond [(< i n) (vector-set! samples i x)]
            [(< (random (add1 i) prng) n) (vector-set! samples (random n prng) x)]))
    samples))

;; #f for an empty sequence
(define (sample-with-replacement seq n prng)
  (for/fold ([samples #f]) ([x seq] [i (in-naturals)])
    (if (zero? i)
        (make-vector n x)
        (begin
          (for ([j (in-range n)])
            (when (zero? (random (add1 i) prng)) (vector-set! samples j x)))
          samples))))
