#lang racket/base
(require racket/format)
(for-each (lambda (v) (write v) (newline))
 (list (~r 2.0) (~r 2.5) (~r 0.1) (~r 1e21) (~r 123.456 #:precision '(= 0)) (~r -0.0) (~r 1/3)
       (~r 100 #:notation 'exponential) (~r 0 #:notation 'exponential) (~r 3.7 #:min-width 8 #:precision 1)
       (~r -5 #:min-width 5 #:pad-string "0") (~r 10 #:base 16 #:min-width 4) (~r 2.5 #:base 2)
       (~r -17 #:sign 'parens) (~r 1.5e-7) (~a 'x #:max-width 0) (~e 'x) (~.a "abcdef" #:max-width 3) (~a)
       (~r 5 #:precision 2) (~r 123456789.123) (~r 0.000001) (~r 0.0000001) (~r 9.9999999 #:notation 'exponential)))
