#lang racket/base
;; define-for-syntax expands (through a macro) to begin-for-syntax + define:
;; the defined name must drop the macro use's use-site scope.
(require (for-syntax racket/base))
(define-for-syntax x 5)
(define-syntax (m stx) (datum->syntax stx x))
(m)
(define-syntax-rule (def-both a b v)
  (begin (define a v) (begin-for-syntax (define b (* 2 v)))))
(def-both p q 21)
(define-syntax (get-q stx) (datum->syntax stx q))
(list p (get-q))
