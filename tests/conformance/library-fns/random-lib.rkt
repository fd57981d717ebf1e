#lang racket/base
;; racket/random after random-seed (random-ref, random-sample with and without replacement,
;; their errors), crypto-random-bytes, and racket/undefined.
(require racket/random racket/undefined)
(define (show th) (with-handlers ([exn:fail? (lambda (e) (displayln (exn-message e)))]) (th)))
(random-seed 5)
(for/list ([i 8]) (random-ref '(a b c d e)))
(random-ref (vector 1 2 3))
(random-ref "hello")
(random-ref (in-range 100))
(random-sample (in-range 10) 5)
(random-sample (in-range 10) 5 #:replacement? #f)
(random-sample '(x y z) 3 #:replacement? #f)
(random-sample "abcdefghij" 4 #:replacement? #f)
(random-sample '(1 2 3) 0)
(show (lambda () (random-ref '())))
(show (lambda () (random-sample '() 2)))
(show (lambda () (random-sample '(1 2) 3 #:replacement? #f)))
(let ([g (vector->pseudo-random-generator (vector 1 2 3 4 5 6))]) (random-sample (in-range 1000) 3 g #:replacement? #f))
(bytes-length (crypto-random-bytes 16))
(crypto-random-bytes 0)
(equal? (crypto-random-bytes 8) (crypto-random-bytes 8))
undefined
(eq? undefined undefined)
