#lang racket/base
;; contract-out in a racket/base module (which has no racket/base for syntax), and the
;; "contract from:" line of its blame messages.
(define here (path->string (variable-reference->module-source (#%variable-reference))))
(define (show thunk)
  (with-handlers ([exn:fail? (lambda (e)
                               (displayln (regexp-replace* (regexp-quote here) (exn-message e) "<file>")))])
    (printf "ok: ~s\n" (thunk))))
(module q racket/base
  (require racket/contract)
  (provide (contract-out [f (-> integer? integer?)]
                         [g (-> string? (listof string?))]
                         [limit natural-number/c]))
  (define (f x) (+ x 1))
  (define (g s) (list s "!"))
  (define limit 10))
(require 'q)
(show (lambda () (f 1)))
(show (lambda () (f 'x)))
(show (lambda () (g "a")))
(show (lambda () (g 5)))
(show (lambda () limit))
(show (lambda () (map f '(1 2 3))))
