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
  (#%require (all-except '#%kernel lambda #%app apply procedure-rename procedure-arity-includes?
                         ;; rebound as struct info by kernstruct.rkt
                         exn exn:fail exn:fail:contract exn:fail:contract:arity
                         exn:fail:contract:divide-by-zero exn:fail:contract:non-fixnum-result
                         exn:fail:contract:continuation exn:fail:contract:variable
                         exn:fail:syntax exn:fail:syntax:unbound exn:fail:syntax:missing-module
                         exn:fail:read exn:fail:read:eof exn:fail:read:non-char
                         exn:fail:filesystem exn:fail:filesystem:exists exn:fail:filesystem:version
                         exn:fail:filesystem:errno exn:fail:filesystem:missing-module
                         exn:fail:network exn:fail:out-of-memory exn:fail:unsupported exn:fail:user exn:fail:support
                         exn:break exn:break:hang-up exn:break:terminate
                         arity-at-least)
             "kernstruct.rkt"
             (for-syntax '#%stx "misc-syntax.rkt")
             (all-except "core-macros.rkt" define) "qq.rkt" "kw.rkt" "reqprov.rkt"
             "handlers.rkt" "struct.rkt" "misc-syntax.rkt" '#%stx
             "small-lists.rkt")
  (#%provide (all-from '#%kernel)
             (all-from "core-macros.rkt")
             (all-from "qq.rkt")
             (all-from-except "kw.rkt" make-keyword-wrapper)
             (all-from "reqprov.rkt")
             (all-from "handlers.rkt")
             (all-from "struct.rkt")
             (all-from "misc-syntax.rkt")
             (all-from "kernstruct.rkt")
             ;; simple map/for-each/andmap/ormap; racket/base replaces them
             ;; with list-base.rkt's full versions
             (all-from "small-lists.rkt")
             (all-from '#%stx)
             ;; as in racket/base, pattern macros work in transformer
             ;; expressions without (require (for-syntax ...))
             (for-meta 1 syntax-rules syntax-id-rules ... _)))
