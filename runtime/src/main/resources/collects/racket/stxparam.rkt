;; racket/stxparam
(module stxparam "private/pre-base.rkt"
  (require "private/stxparam.rkt")
  (provide (all-from-out "private/stxparam.rkt")))
