#lang racket/base
;; Hash tables print their entries sorted when all keys are of one ordered kind (reals,
;; strings, byte strings, keywords, symbols), whatever order they were added in;
;; hash-map with try-order? and pretty-print follow the same order.
(require racket/pretty)
(define (show h) (write h) (newline) (print h) (newline))
(show (hash 'zeta 1 'alpha 2 'mu 3 'beta 4 'omega 5))
(show (hash "pear" 1 "apple" 2 "fig" 3))
(show (hash 10 'a -2 'b 3.5 'c 1/2 'd))
(show (hash '#:z 1 '#:a 2))
(show (hash #"zz" 1 #"aa" 2))
(show (hasheq 'c 1 'b 2 'a 3))
(show (hasheqv 30 'x 10 'y 20 'z))
(define m (make-hash))
(for ([k '(delta alpha charlie bravo)] [i (in-naturals)]) (hash-set! m k i))
(show m)
(show (make-hasheq '((q . 1) (p . 2))))
(show (hash 'outer (hash 'y 2 'x 1)))
(show '#hash((b . 1) (a . 2)))
(printf "~s\n" (hash-map (hash "b" 1 "a" 2 "c" 3) cons #t))
(hash-for-each (hash 3 'c 1 'a 2 'b) (lambda (k v) (printf "~a=~a " k v)) #t)
(newline)
(pretty-print (hash 'gamma (build-list 20 values) 'alpha (build-list 22 values) 'beta 1))
