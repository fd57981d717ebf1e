#lang racket/base
;; racket/generic: define-generics, #:methods, define/generic, predicates, dispatch errors
(require racket/generic)

(define (try thunk)
  (with-handlers ([exn:fail? (lambda (e)
                               (printf "~a: ~a\n"
                                       (cond [(exn:fail:support? e) 'support]
                                             [(exn:fail:contract:arity? e) 'arity]
                                             [(exn:fail:contract? e) 'contract]
                                             [else 'fail])
                                       (exn-message e)))])
    (let ([v (thunk)]) (printf "=> ~s\n" v))))

(define-generics shape
  (area shape)
  (perimeter shape)
  (describe shape prefix suffix)
  (scale k shape . more))

(struct sq (side)
  #:methods gen:shape
  [(define/generic generic-area area)
   (define (area s) (* (sq-side s) (sq-side s)))
   (define (perimeter s) (* 4 (sq-side s)))
   (define (describe s p x) (format "~asquare of area ~a~a" p (generic-area s) x))
   (define (scale k s . more) (sq (apply * k (sq-side s) more)))])

(struct rect (w h) #:transparent
  #:methods gen:shape
  [(define (area r) (* (rect-w r) (rect-h r)))
   ;; methods inside #:methods see each other's implementations
   (define (describe r p x) (format "~arect ~a~a" p (area r) x))])

(struct plain (x) #:transparent)

(try (lambda () (area (sq 3))))
(try (lambda () (perimeter (sq 3))))
(try (lambda () (describe (sq 3) "<" ">")))
(try (lambda () (sq-side (scale 2 (sq 3)))))
(try (lambda () (sq-side (scale 2 (sq 3) 5 7))))
(try (lambda () (area (rect 2 5))))
(try (lambda () (describe (rect 2 5) "[" "]")))
(try (lambda () (perimeter (rect 2 5))))
(try (lambda () (scale 2 (rect 2 5))))
(try (lambda () (area (plain 1))))
(try (lambda () (area 5)))
(try (lambda () (describe (plain 1) 'a "b")))
(try (lambda () (scale 3 (plain 1) 'x "y")))
(try (lambda () (area)))
(try (lambda () (describe (sq 1) 1)))
(try (lambda () (area (sq 1) 2)))

(printf "~s\n" (map shape? (list (sq 1) (rect 1 2) (plain 1) 5 "x")))
(printf "~s ~s ~s\n" area describe scale)
(printf "~s ~s\n" (object-name perimeter) (procedure-arity scale))

;; substructs inherit the methods
(struct sq2 sq (label))
(try (lambda () (area (sq2 4 'big))))
(try (lambda () (shape? (sq2 4 'big))))

;; a generic in a submodule used from outside
(module shapes racket/base
  (require racket/generic)
  (provide gen:named named? name-of greet)
  (define-generics named
    (name-of named)
    (greet named whom)))
(require 'shapes)
(struct person (n)
  #:methods gen:named
  [(define (name-of p) (person-n p))
   (define (greet p whom) (format "~a greets ~a" (name-of p) whom))])
(try (lambda () (name-of (person "Ann"))))
(try (lambda () (greet (person "Ann") "Bob")))
(try (lambda () (named? (person "Ann"))))
(try (lambda () (greet 'nobody "Bob")))

;; the same struct implementing two interfaces and prop:custom-write via gen:custom-write
(struct pt (x y)
  #:methods gen:named
  [(define (name-of p) 'point)]
  #:methods gen:custom-write
  [(define (write-proc p port mode) (fprintf port "<pt ~a ~a>" (pt-x p) (pt-y p)))])
(try (lambda () (name-of (pt 1 2))))
(try (lambda () (greet (pt 1 2) "x")))
(printf "~a ~s\n" (pt 1 2) (list (pt 3 4)))

;; raise-support-error
(try (lambda () (raise-support-error 'frob (pt 1 2))))
