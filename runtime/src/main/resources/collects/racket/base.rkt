;; racket/base = the kernel primitives + the syntax layer (pre-base) +
;; the function libraries + the printing #%module-begin.
(module base "private/pre-base.rkt"
  ;; modbeg's #%module-begin shadows the language's one inside this module
  (#%require "private/modbeg.rkt"
             "private/list-base.rkt" "private/for.rkt" "private/misc-fns.rkt"
             "private/io-fns.rkt" "private/srcloc.rkt" "private/date.rkt" "private/namespace-anchor.rkt"
             "private/regexp-fns.rkt"
             "private/logger.rkt"
             (for-syntax '#%stx "private/misc-syntax.rkt"))
  (#%provide (all-from-except "private/pre-base.rkt" #%module-begin directory-list)
             (all-from "private/modbeg.rkt")
             (all-from "private/list-base.rkt")
             (all-from "private/for.rkt")
             (all-from "private/misc-fns.rkt")
             (all-from "private/io-fns.rkt")
             (all-from "private/srcloc.rkt")
             (all-from "private/date.rkt")
             (all-from "private/namespace-anchor.rkt")
             (all-from "private/regexp-fns.rkt")
             (all-from "private/logger.rkt")
             ;; as in Racket, pattern macros are available in transformer
             ;; expressions without (require (for-syntax racket/base))
             (for-meta 1 syntax-rules syntax-id-rules ... _)))
