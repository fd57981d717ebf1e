;; racket/base = the kernel primitives + the syntax layer (pre-base) +
;; the function libraries + the printing #%module-begin.
(module base "private/pre-base.rkt"
  (#%require "private/modbeg.rkt"
             "private/list-base.rkt"
             ;; TODO: "private/for.rkt" "private/misc-fns.rkt" once they exist
             )
  (#%provide (all-from "private/pre-base.rkt")
             (all-from "private/modbeg.rkt")
             (all-from "private/list-base.rkt")))
