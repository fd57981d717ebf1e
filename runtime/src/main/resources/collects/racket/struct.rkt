#lang racket/base
;; racket/struct: struct->list and make-constructor-style-printer (Racket 8.7's API), written
;; for JRacket.
(provide make-constructor-style-printer struct->list)

;; A custom-write procedure that prints as a constructor call when printed as an expression
;; (print at quote depth 0: "(point 1 2)") and as "#<point: 1 2>" otherwise, its contents
;; written, displayed or printed (quoted) as the port's mode says.
(define (make-constructor-style-printer get-name get-contents)
  (lambda (v port mode)
    (let ([name (get-name v)]
          [contents (for/list ([c (get-contents v)]) c)])
      (cond
        [(eqv? mode 0)
         (write-string "(" port)
         (display name port)
         (for ([c (in-list contents)]) (write-string " " port) (print c port 0))
         (write-string ")" port)]
        [else
         (write-string "#<" port)
         (display name port)
         (write-string ":" port)
         (for ([c (in-list contents)])
           (write-string " " port)
           (case mode
             [(#t) (write c port)]
             [(#f) (display c port)]
             [else (print c port 1)]))
         (write-string ">" port)])
      (void))))

;; The fields of s that the current inspector exposes; a struct with opaque parts is an
;; error, #f, or its exposed fields, as on-opaque says.
(define (struct->list s #:on-opaque [on-opaque 'error])
  (let* ([fields (cdr (vector->list (struct->vector s)))]
         [opaque? (or (not (struct? s)) (memq '... fields))])
    (cond
      [(not opaque?) fields]
      [(eq? on-opaque 'error) (raise-type-error 'struct->list "non-opaque struct" s)]
      [(eq? on-opaque 'return-false) #f]
      [else (filter (lambda (f) (not (eq? f '...))) fields)])))
