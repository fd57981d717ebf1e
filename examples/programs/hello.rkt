#lang racket/base
;; A small guest that finishes normally.
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(printf "fib(20) = ~a\n" (fib 20))
