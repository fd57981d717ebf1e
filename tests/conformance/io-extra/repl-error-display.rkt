#lang racket/base
;; racket -i FILE: FILE is only a command-line argument (after -i, arguments are the
;; program's), so this module is not run. The REPL's input (.in) shows errors as xrepl shows
;; them ("; " before each line, then the pointer to ,bt), with line:column locations in the
;; REPL's input; `show` echoes them to stdout through the REPL's own error display handler.
(error "not run")
