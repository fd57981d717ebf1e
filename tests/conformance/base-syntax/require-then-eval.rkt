#lang racket/base
;; racket -t FILE requires FILE into the top level: a later -e sees what it provides.
(provide answer)
(define answer (list 'answer (* 6 7)))
(displayln "module ran")
(module+ main (displayln "main ran"))
