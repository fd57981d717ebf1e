;; racket/base minus the function libraries: the kernel primitives and
;; core forms plus all of racket/base's syntax (define/lambda with optional
;; and keyword arguments, let forms, cond/case, quasiquote, require/provide,
;; with-handlers, parameterize, struct, ...).
;;
;; The function-level libraries (for loops, list functions, ...) are
;; written in this language:  (module m "pre-base.rkt" ...).  Its
;; #%module-begin is the kernel's plain one (no printing of results).
;; Exports are kept stable; new syntax is only ever added.
(module pre-base '#%kernel
  (#%require (all-except '#%kernel lambda #%app apply)
             (all-except "core-macros.rkt" define) "qq.rkt" "kw.rkt" "reqprov.rkt"
             "handlers.rkt" "struct.rkt" "misc-syntax.rkt" '#%stx)
  (#%provide (all-from '#%kernel)
             (all-from "core-macros.rkt")
             (all-from "qq.rkt")
             (all-from "kw.rkt")
             (all-from "reqprov.rkt")
             (all-from "handlers.rkt")
             (all-from "struct.rkt")
             (all-from "misc-syntax.rkt")
             (all-from '#%stx)))
