#lang racket/base
;; racket/generic: #:defaults, #:fast-defaults, #:fallbacks, #:derive-property,
;; #:defined-table, #:defined-predicate, optional and keyword method arguments
(require racket/generic)

(define (try thunk)
  (with-handlers ([exn:fail? (lambda (e)
                               (printf "~a: ~a\n"
                                       (cond [(exn:fail:support? e) 'support]
                                             [(exn:fail:contract? e) 'contract]
                                             [else 'fail])
                                       (exn-message e)))])
    (let ([v (thunk)]) (printf "=> ~s\n" v))))

(define-generics countable
  (size countable)
  (label countable)
  (show countable [port])
  #:fallbacks
  [(define/generic gsize size)
   (define (label c) (format "thing of size ~a" (gsize c)))]
  #:fast-defaults
  ([string? (define (size s) (string-length s))])
  #:defaults
  ([vector? (define (size v) (vector-length v))
            (define (label v) "a vector")]
   [list? (define (size l) (length l))]
   [pair? (define (size p) 2)
          (define (show p [port (current-output-port)]) (fprintf port "pair!\n"))])
  #:defined-table countable-table
  #:defined-predicate countable-implements?)

(struct bag (items)
  #:methods gen:countable
  [(define (size b) (length (bag-items b)))
   (define (show b [port (current-output-port)])
     (fprintf port "bag of ~a\n" (size b)))])

(try (lambda () (size "hello")))
(try (lambda () (label "hello")))
(try (lambda () (size (vector 1 2 3))))
(try (lambda () (label (vector 1 2 3))))
(try (lambda () (size '(1 2 3 4))))
(try (lambda () (label '(1 2 3 4))))
(try (lambda () (size (cons 1 2))))
(try (lambda () (size (bag '(a b)))))
(try (lambda () (label (bag '(a b)))))
(show (bag '(a b c)))
(show (bag '(a)) (current-output-port))
(show (cons 1 2))
(try (lambda () (show "str")))
(try (lambda () (size 'sym)))
(try (lambda () (label 42)))
(try (lambda () (show 42 (current-output-port))))
(printf "~s\n" (map countable? (list "a" (vector) '() (cons 1 2) (bag '()) 'x 1.5)))
(printf "~s\n" (countable-table (bag '())))
(printf "~s\n" (countable-table "s"))
(printf "~s\n" (countable-table (cons 1 2)))
(printf "~s\n" (list (countable-implements? (bag '()) 'size 'show)
                     (countable-implements? (bag '()) 'size 'label)
                     (countable-implements? '(1) 'size)
                     (countable-implements? (bag '()))))

;; keyword arguments
(define-generics widget
  (render widget width #:color color #:border [border]))
(struct button (text)
  #:methods gen:widget
  [(define (render b w #:color c #:border [border 'none])
     (list (button-text b) w c border))])
(try (lambda () (render (button "ok") 10 #:color 'red)))
(try (lambda () (render (button "ok") 10 #:border 'thick #:color 'blue)))
(try (lambda () (render 'nope 10 #:color 'red #:border 1)))
(try (lambda () (render (button "ok") 10)))

;; #:derive-property: instances become procedures
(define-generics fn
  (call-it fn x)
  #:derive-property prop:procedure (lambda (self x) (list 'via-procedure (call-it self x))))
(struct adder (n)
  #:methods gen:fn
  [(define (call-it a x) (+ x (adder-n a)))])
(define add5 (adder 5))
(try (lambda () (call-it add5 1)))
(try (lambda () (add5 10)))
(try (lambda () (procedure? add5)))
(try (lambda () (map add5 '(1 2 3))))
;; an instance that is a procedure (through #:derive-property) prints as one
(struct nothing () #:methods gen:fn [])
(try (lambda () (call-it (nothing) 1)))
(try (lambda () (list (nothing) add5)))
