#lang racket/base
;; print-box, print-hash-table, print-struct and print-reader-abbreviations in print, write and
;; display.
(struct p (a b) #:transparent)
(define (all v) (print v) (newline) (write v) (newline) (display v) (newline))
(parameterize ([print-box #f]) (all (box 1)) (all (list (box 2))))
(parameterize ([print-hash-table #f]) (all (hash 'a 1)) (all (list (make-hash))))
(parameterize ([print-struct #f]) (all (p 1 2)) (all (list (p 1 2))))
(parameterize ([print-reader-abbreviations #t]) (all ''x) (all '(a `(b ,c ,@d) #'e)))
(all ''x)
(list (print-box) (print-hash-table) (print-struct) (print-reader-abbreviations))
(parameterize ([print-box 5]) (print-box))
