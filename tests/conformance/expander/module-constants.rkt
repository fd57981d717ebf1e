#lang racket/base
;; Module-level constants: references after the definition may be folded, but a reference
;; that runs before it must still fail, and set! variables must never be folded.
(define (early) limit)
;; The "in module:" line names the file by its absolute path: keep what does not depend on it.
(define (without-path msg) (regexp-replace #rx"in module: .*$" msg "in module: ..."))
(define (show-error thunk)
  (with-handlers ([exn:fail:contract:variable?
                   (lambda (e) (printf "~a [~a]\n" (without-path (exn-message e)) (exn:fail:contract:variable-id e)))])
    (thunk)))
(show-error early)
(define limit 50)
(define (count-to-limit)
  (let loop ([i 0]) (if (= i limit) i (loop (+ i 1)))))
(displayln (list (early) limit (count-to-limit)))
(define counter 0)
(define (bump!) (set! counter (+ counter 1)) counter)
(define (read-counter) counter)
(bump!) (bump!)
(displayln (list (read-counter) counter))
(define-values (lo hi) (values 1 2))
(displayln (+ lo hi))
(define name 'sym)
(define text "immutable")
(displayln (list (eq? name 'sym) (immutable? text) (eq? text text)))
(module sub racket/base
  (define (f) y)
  (with-handlers ([exn:fail? (lambda (e) (displayln (regexp-replace #rx"\"[^\"]*\"" (exn-message e) "PATH")))]) (f))
  (define y 1)
  (displayln (f)))
(require 'sub)
(define-values (top-var) (with-handlers ([exn:fail? exn-message])
                           (eval 'undefined-at-top (make-base-namespace))))
(displayln top-var)
