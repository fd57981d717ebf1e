#lang racket/base
;; Keyword procedures called positionally with the wrong count (the error
;; names their keywords and lists the arguments), procedure-rename of keyword
;; procedures (they keep their keywords), procedure-reduce-arity of one.
(define (show th)
  (with-handlers ([exn:fail? (lambda (e)
                               (printf "~a [arity? ~a]\n" (exn-message e) (exn:fail:contract:arity? e)))])
    (th)))

(define (f x #:y [y 1]) (list x y))
(define (f2 x [z 2] #:y [y 1] #:w [w 0]) (list x z y w))
(define (f4 x #:y [y 1] . r) (list x y r))
(show (lambda () (f)))
(show (lambda () (f 1 2)))
(show (lambda () (f2)))
(show (lambda () (f2 1 2 3)))
(show (lambda () (f4)))
(show (lambda () (apply f '(1 2 3))))
(show (lambda () (map f '(1 2) '(3 4))))
(procedure-arity f2)
(f2 1 #:w 9)

;; procedure-rename keeps the keywords
(define g (procedure-rename f 'gee))
g
(object-name g)
(g 1 #:y 2)
(procedure-keywords g)
(procedure-arity g)
(show (lambda () (g)))
(keyword-apply g '(#:y) '(5) '(4))
(map (procedure-rename f 'mapped) '(1 2))

(define (h a b #:k k #:j j) (list a b k j))
(define h2 (procedure-rename h 'aitch))
(h2 1 2 #:j 3 #:k 4)
(show (lambda () (h2 1 2)))
(show (lambda () (h2 1)))
(show (lambda () (h2 1 2 3 #:k 3 #:j 4)))
(show (lambda () (h2 1 2 #:z 3 #:k 1 #:j 2)))
(define (m #:k k) k)
(show (lambda () ((procedure-rename m 'em))))
(show (lambda () ((procedure-rename m 'em) 1 2)))
(show (lambda () (m)))

(define kp (make-keyword-procedure (lambda (kws vals . rest) (list kws vals rest))))
(define kp2 (procedure-rename kp 'kay))
(kp2 1 #:a 2)
kp2
(show (lambda () (procedure-rename f "x")))
(show (lambda () (procedure-rename 5 'x)))
((procedure-rename car 'kar) '(1))
(show (lambda () ((procedure-rename car 'kar) 1)))

;; procedure-reduce-arity of a keyword procedure (an applicable struct)
((procedure-reduce-arity (lambda (x [z 1] #:y [y 1]) (list x z y)) 1) 5)
((procedure-reduce-arity (lambda (x [z 1] #:y [y 1]) (list x z y)) 2) 5 6)

;; arity of keyword procedures: the positional one; a procedure that requires
;; keywords includes no arity unless keywords are allowed
(procedure-arity (lambda (x #:y y) x))
(procedure-arity (lambda (x [z 1] #:y y) x))
(procedure-arity (lambda (x #:y y . r) x))
(procedure-arity (procedure-rename (lambda (x #:y y) x) 'q))
(procedure-arity-mask (lambda (x #:y y) x))
(procedure-arity-includes? (lambda (x #:y y) x) 1)
(procedure-arity-includes? (lambda (x #:y y) x) 1 #t)
(procedure-arity-includes? (lambda (x #:y [y 1]) x) 1)
(procedure-arity-includes? (make-keyword-procedure (lambda (k v . r) 1)) 3)
(procedure-arity (make-keyword-procedure (lambda (k v . r) 1)))
