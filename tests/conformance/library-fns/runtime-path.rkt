#lang racket/base
;; racket/runtime-path: paths relative to this module's own directory.
(require racket/runtime-path (for-syntax racket/base))
(define-runtime-path me "runtime-path.rkt")
(define-runtime-paths (a b) (values "x.txt" (build-path "sub" "y.txt")))
(path? me)
(file-exists? me)
(complete-path? me)
(let-values ([(d n dir?) (split-path me)]) n)
(let-values ([(d n dir?) (split-path b)]) n)
(equal? (let-values ([(d n dir?) (split-path me)]) d) (let-values ([(d n dir?) (split-path a)]) d))
(file-exists? a)
