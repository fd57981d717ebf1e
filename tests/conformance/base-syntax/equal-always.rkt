#lang racket/base
;; equal-always? (mutable values only eq?), memw, remw, remw*, assw.
(struct p (a) #:transparent)
(struct mp (a) #:mutable #:transparent)
(list (equal-always? "a" "a") (equal-always? (string #\a) (string #\a)) (equal-always? (string->immutable-string (string #\a)) "a")
      (equal-always? '(1 2) (list 1 2)) (equal-always? (vector 1) (vector 1)) (equal-always? #(1) #(1))
      (equal-always? (box 1) (box 1)) (equal-always? (p 1) (p 1)) (equal-always? (mp 1) (mp 1))
      (equal-always? (hash 'a 1) (hash 'a 1)) (equal-always? (make-hash) (make-hash)) (equal-always? 1.0 1.0)
      (equal-always? (list (vector 1)) (list (vector 1))) (equal-always? (mcons 1 2) (mcons 1 2)) (equal-always? (bytes 1) (bytes 1)))
(memw "a" (list "b" "a"))
(memw (string #\a) (list "b" (string #\a)))
(remw 2 '(1 2 3 2))
(remw* '(2) '(1 2 3 2))
(assw 'b '((a . 1) (b . 2)))
