#lang racket/base
;; weak boxes (make-weak-box, weak-box-value with its default, weak-box?) and procedure-arity?.
(define b (make-weak-box (list 1 2)))
(weak-box? b)
(weak-box-value b)
(weak-box? 5)
b
(weak-box-value (make-weak-box 5) 0)
(procedure-arity? 3)
(procedure-arity? (list 1 (arity-at-least 3)))
(procedure-arity? -1)
(procedure-arity? (list 1 1))
(procedure-arity? (quote ()))
(with-handlers ([exn:fail? (lambda (e) (displayln (exn-message e)))]) (weak-box-value 5))
