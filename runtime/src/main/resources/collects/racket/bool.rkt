;; racket/bool.
(module bool "private/pre-base.rkt"
  (#%provide true false false? symbol=? boolean=? implies nand nor xor)

  (define true #t)
  (define false #f)
  (define (false? v) (eq? v #f))

  (define (symbol=? a b)
    (unless (symbol? a) (raise-argument-error 'symbol=? "symbol?" 0 a b))
    (unless (symbol? b) (raise-argument-error 'symbol=? "symbol?" 1 a b))
    (eq? a b))

  (define (boolean=? a b)
    (unless (boolean? a) (raise-argument-error 'boolean=? "boolean?" 0 a b))
    (unless (boolean? b) (raise-argument-error 'boolean=? "boolean?" 1 a b))
    (eq? a b))

  ;; implies is syntax: the second expression runs only when the first is true
  (define-syntax-rule (implies a b) (if a b #t))

  (define (nand . xs) (not (andmap values xs)))
  (define (nor . xs) (not (ormap values xs)))

  ;; xor answers the true argument when exactly one is true
  (define (xor a b)
    (if a (if b #f a) b)))
