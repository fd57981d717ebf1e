;; racket/init: what racket -e and racket -i add to the racket they require into the top
;; level: results are printed by pretty-print.
(module init "base.rkt"
  (require "pretty.rkt")
  (current-print
   (let ([pretty-printer (lambda (v) (unless (void? v) (pretty-print v)))])
     pretty-printer)))
