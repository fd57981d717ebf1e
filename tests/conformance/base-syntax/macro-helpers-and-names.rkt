#lang racket/base
;; syntax/loc and quasisyntax/loc inside transformers, two fast sequence clauses of one `for`
;; (in-vector twice: each clause's transformer gets its own scope), struct-out with an extra
;; constructor name, and the names of anonymous procedures (where they are in the file).
(require (for-syntax racket/base))

(define-syntax (call-list stx)
  (syntax-case stx ()
    [(_ . args) (with-syntax ([proc #'list]) (syntax/loc stx (proc . args)))]))
(displayln (call-list 1 2 3))

(define-syntax (pair-up stx)
  (syntax-case stx ()
    [(_ a b) (quasisyntax/loc stx (cons #,(syntax a) b))]))
(displayln (pair-up 1 2))

(define-syntax (def-caller stx)
  (syntax-case stx ()
    [(_ name)
     #'(define-syntax (name use)
         (syntax-case use ()
           [(_ . args) (with-syntax ([proc #'vector]) (syntax/loc use (proc . args)))]))]))
(def-caller vec)
(displayln (vec 1 2))
(begin-for-syntax
  (unless (= 7 (syntax-line (syntax/loc (datum->syntax #f 'x (list "s" 7 1 1 1)) (a b))))
    (error "syntax/loc lost the location")))

(for ([x (in-vector (vector 1 2))] [y (in-vector (vector 10 20))] [c (in-string "ab")] [d (in-string "cd")])
  (displayln (list x y c d)))
(displayln (for/and ([x (in-vector (vector 1 2))] [y (in-vector (vector 1 2))]) (= x y)))

(module shapes racket/base
  (provide (struct-out point))
  (struct point (x y) #:extra-constructor-name make-point #:transparent))
(require 'shapes)
(displayln (list (make-point 1 2) (point 3 4)))

(define anonymous (car (list (lambda (x) x))))
(displayln (object-name (lambda () 1)))
(displayln anonymous)
(displayln (list (case-lambda [(x) x] [(x y) y])))
(define (make-adder n) (lambda (m) (+ n m)))
(displayln (make-adder 1))
(displayln (let ([named (lambda () 1)]) named))
(with-handlers ([exn:fail:contract:arity? (lambda (e) (displayln (exn-message e)))])
  ((lambda () 1) 2))

;; quote-syntax (#'x) in a transformer drops the scopes of the transformer's own local
;; bindings and macro uses, so an identifier quoted in one place binds one quoted in another
(define-syntax (twice-bound stx)
  (syntax-case stx ()
    [(_ a)
     (with-syntax ([ref #'x])
       #'(let ([x a]) (list ref x)))]))
(displayln (twice-bound 5))
(define-syntax (def-wrapper stx)
  (syntax-case stx ()
    [(_ name)
     #'(define-syntax (name use)
         (define (wrap v) #`(list #,v))
         (syntax-case use ()
           [(_ a)
            (let ([inner (wrap #'x)])
              (with-syntax ([ref inner])
                #'(let ([x a]) ref)))]))]))
(def-wrapper wrapped)
(displayln (wrapped 6))
(define-syntax (keep-local stx)
  (let ([x-id #'x])
    (with-syntax ([id x-id]) #'(let ([id 7]) x))))
(displayln (keep-local))
