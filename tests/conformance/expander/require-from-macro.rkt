#lang racket/base
;; A require made by a macro binds in the use site's context when the module
;; path comes from the use.
(define-syntax-rule (req m) (require m))
(req racket/list)
(first '(1 2))
(define-syntax-rule (req-only m id) (require (only-in m id)))
(req-only racket/string string-join)
(string-join '("a" "b") "-")
(define-syntax-rule (provide-it id) (provide id))
(define z 3)
(provide-it z)
(module+ main (displayln "main"))
