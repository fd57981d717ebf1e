;; The regexp functions that take keywords.  Their engine is the kernel's
;; regexp-match*-impl (Java); this file only supplies the keyword interface.
(module regexp-fns "pre-base.rkt"
  (#%provide regexp-match* regexp-match-positions*)

  (define (regexp-match* pattern input [start 0] [end #f] [input-prefix #""]
                         #:match-select [match-select car]
                         #:gap-select? [gap-select? #f])
    (regexp-match*-impl 'regexp-match* #f match-select gap-select?
                        pattern input start end input-prefix))

  (define (regexp-match-positions* pattern input [start 0] [end #f] [input-prefix #""]
                                   #:match-select [match-select car])
    (regexp-match*-impl 'regexp-match-positions* #t match-select #f
                        pattern input start end input-prefix)))
