#lang racket/base
;; make-derived-parameter: reads go through wrap, writes through the guard then the base's;
;; parameterize of the derived parameter parameterizes the base.
(define p (make-parameter 1 (lambda (v) (if (number? v) v (raise-argument-error 'p "number?" v)))))
(define d (make-derived-parameter p (lambda (v) (* v 10)) (lambda (v) (list v))))
(printf "~s\n" (list (d) (p)))
(d 2)
(printf "~s\n" (list (d) (p)))
(parameterize ([d 3]) (printf "~s\n" (list (d) (p))))
(printf "~s ~s ~s\n" (object-name d) (parameter? d) (list (d) (p)))
(define dd (make-derived-parameter d (lambda (v) (+ v 1)) (lambda (v) (cons 'w v))))
(parameterize ([dd 4]) (printf "~s\n" (list (dd) (d) (p))))
(define (try thunk) (with-handlers ([exn:fail? (lambda (e) (printf "~a\n" (exn-message e)))]) (thunk)))
(try (lambda () (make-derived-parameter 5 values values)))
(try (lambda () (make-derived-parameter p 5 values)))
(try (lambda () (parameterize ([(make-derived-parameter p values values) 'x]) 1)))
