#lang racket/base
;; A module language that requires another language's #%module-begin under
;; that name: its own body still expands with its language's #%module-begin.
(module m1 racket/base
  (provide (rename-out [my-mb #%module-begin])
           (except-out (all-from-out racket/base) #%module-begin))
  (define-syntax-rule (my-mb f ...) (#%module-begin (displayln "custom") f ...)))
(module m2 racket/base
  (require (submod ".." m1))
  (provide (all-from-out (submod ".." m1)))
  (displayln "m2 body"))
(module m3 (submod ".." m2)
  (displayln "m3 body"))
(require 'm3)
