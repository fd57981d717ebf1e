#lang racket/base
;; racket/undefined: a value that prints as #<undefined> (as an uninitialized variable's would
;; be shown), for code that wants a placeholder; it is an ordinary value.
(provide undefined)
(define undefined #%undefined)
