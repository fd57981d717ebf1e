#lang racket/base
;; racket/lazy-require: the functions load their module on the first call, keyword
;; arguments pass through, and the procedures carry their names.
(require racket/lazy-require)
(lazy-require [racket/list (last take)]
              [racket/string (string-prefix? string-join)]
              [json (jsexpr->string)])
(last '(1 2 3))
(take '(a b c) 2)
(string-prefix? "racket" "rac")
(string-join '("a" "b") ", " #:before-first "[" #:after-last "]")
(jsexpr->string (list 1 2))
(object-name last)
(map last '((1) (2 3)))
(procedure? string-join)
