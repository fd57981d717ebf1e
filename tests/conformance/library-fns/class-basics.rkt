#lang racket/base
;; racket/class: fields, init arguments (by name and by position), public and overriding
;; methods, super, inherit, inherit-field, send forms, and the errors of send, new, get-field.
(require racket/class)
(define (show th) (with-handlers ([exn:fail? (lambda (e) (displayln (exn-message e)))]) (th)))
(define counter%
  (class object%
    (init-field [count 0])
    (super-new)
    (define/public (inc!) (set! count (add1 count)) this)
    (define/public (get) count)))
(define c (new counter% [count 5]))
(send (send c inc!) inc!)
(send c get)
(get-field count c)
(define shape%
  (class object%
    (init-field name)
    (super-new)
    (define/public (area) 0)
    (define/public (describe) (format "~a with area ~a" name (send this area)))))
(define circle%
  (class shape%
    (init-field r)
    (super-new [name "circle"])
    (define/override (area) (* 3 r r))
    (define/override (describe) (string-append "round " (super describe)))))
(define sq (new circle% [r 2]))
(send sq describe)
(is-a? sq shape%) (is-a? sq circle%) (is-a? c shape%)
(subclass? circle% shape%)
(send sq area)
(define animal%
  (class object%
    (super-new)
    (define/public (speak) (format "~a says ~a" (name) (sound)))
    (define/public (name) "animal")
    (define/public (sound) "...")))
(define dog%
  (class animal%
    (super-new)
    (inherit name)
    (define/override (sound) "woof")
    (define/public (intro) (string-append "I am " (name)))))
(define d (new dog%))
(send d speak)
(send d intro)
(define acct%
  (class object%
    (init balance)
    (define bal balance)
    (super-new)
    (define (check n) (when (> n bal) (error 'withdraw "insufficient funds")))
    (define/public (withdraw n) (check n) (set! bal (- bal n)) bal)))
(define a (new acct% [balance 100]))
(send a withdraw 30)
(show (lambda () (send a withdraw 500)))
(define p% (class object% (init-field x y) (super-new) (define/public (sum) (+ x y))))
(send (make-object p% 1 2) sum)
(send (new p% [y 10] [x 1]) sum)
(define sub% (class p% (inherit-field x) (super-new) (define/public (bump!) (set! x (add1 x)) x)))
(define s (new sub% [x 1] [y 2]))
(send s bump!)
(send s sum)
(set-field! y s 100)
(send s sum)
(send* s (bump!) (bump!))
(send/apply s sum '())
(show (lambda () (send s nope)))
(show (lambda () (new p% [x 1])))
(show (lambda () (new p% [x 1] [y 2] [z 3])))
(object? s) (class? p%) (object=? s s)
(field-bound? x s)
