;; racket/promise
(module promise "private/pre-base.rkt"
  (require "private/promise.rkt")
  (provide (all-from-out "private/promise.rkt")))
