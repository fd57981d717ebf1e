#lang racket/base
;; Allocates without bound, keeping everything: a guest that must be stopped for using more
;; memory than its config gives it. It prints a dot now and then, so that it also makes system
;; calls (the monitor stops a guest at its next system call).
(let loop ([kept '()] [i 0])
  (when (zero? (modulo i 1000))
    (write-string ".")
    (flush-output))
  (loop (cons (make-vector 1000 i) kept) (add1 i)))
