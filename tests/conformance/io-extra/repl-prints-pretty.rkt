#lang racket/base
;; racket -i FILE: the REPL (with the init library racket/init) prints results through
;; pretty-print, so long values break over lines as in Racket 8.7; void prints nothing.
