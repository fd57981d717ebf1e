#lang racket/base
;; syntax/stx: working with syntax lists whose tails may or may not be syntax objects.
(provide stx-null? stx-pair? stx-list? stx->list stx-car stx-cdr stx-map
         module-or-top-identifier=?)

(define (stx-e v) (if (syntax? v) (syntax-e v) v))

(define (stx-null? v) (null? (stx-e v)))

(define (stx-pair? v) (pair? (stx-e v)))

(define (stx-list? v)
  (let ([e (stx-e v)])
    (cond [(null? e) #t]
          [(pair? e) (stx-list? (cdr e))]
          [else #f])))

;; the elements of a syntax list, or #f
(define (stx->list v)
  (let loop ([e (stx-e v)] [acc '()])
    (cond [(null? e) (reverse acc)]
          [(pair? e) (loop (stx-e (cdr e)) (cons (car e) acc))]
          [else #f])))

(define (stx-car p) (car (stx-e p)))
(define (stx-cdr p) (cdr (stx-e p)))

(define (stx-map f . ls)
  (apply map f (map (lambda (l)
                      (or (stx->list l) (raise-argument-error 'stx-map "stx-list?" l)))
                    ls)))

(define (module-or-top-identifier=? a b)
  (or (free-identifier=? a b)
      (and (eq? (syntax-e a) (syntax-e b))
           (free-identifier=? a (datum->syntax #f (syntax-e a))))))
