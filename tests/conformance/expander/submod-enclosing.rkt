#lang racket/base
;; (require (submod "..")) from a module* submodule.
(define x 10)
(define-syntax-rule (twice e) (list e e))
(provide x twice)
(module* sub racket/base
  (require (submod ".."))
  (provide y)
  (define y (twice (+ x 1))))
(module* main racket/base
  (require (submod "..") (submod ".." sub))
  (displayln (list x y)))
