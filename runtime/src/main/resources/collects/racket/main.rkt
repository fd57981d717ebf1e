;; `#lang racket`: racket/base plus the commonly used libraries, and
;; racket/base for syntax (transformers can use the full language).
(module main "base.rkt"
  (require (for-syntax "base.rkt")
           "list.rkt" "string.rkt" "math.rkt" "function.rkt" "match.rkt"
           "format.rkt" "set.rkt" "stream.rkt" "dict.rkt" "vector.rkt"
           "bool.rkt" "local.rkt" "promise.rkt" "future.rkt" "place.rkt"
           "bytes.rkt" "file.rkt" "path.rkt" "port.rkt" "sequence.rkt" "cmdline.rkt" "pretty.rkt"
           "contract.rkt" "class.rkt")
  (provide (all-from-out "base.rkt")
           (for-syntax (all-from-out "base.rkt"))
           (all-from-out "list.rkt" "string.rkt" "math.rkt" "function.rkt" "match.rkt"
                         "format.rkt" "set.rkt" "stream.rkt" "dict.rkt" "vector.rkt"
                         "bool.rkt" "local.rkt" "promise.rkt" "future.rkt" "place.rkt"
                         "bytes.rkt" "file.rkt" "path.rkt" "port.rkt" "sequence.rkt" "cmdline.rkt" "pretty.rkt"
                         "contract.rkt" "class.rkt")))
