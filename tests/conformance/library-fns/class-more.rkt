#lang racket
;; racket/class in #lang racket: interfaces, private methods, dynamic dispatch during
;; initialization, public/override declared apart, initialization order, printing.
(define (show th) (with-handlers ([exn:fail? (lambda (e) (displayln (exn-message e)))]) (th)))
(define printable<%> (interface () to-string))
(define item%
  (class* object% (printable<%>)
    (init-field label [qty 1])
    (field [created 'now])
    (super-new)
    (define/public (to-string) (format "~a x~a" label qty))
    (define/private (secret) 42)
    (define/public (reveal) (secret))))
(define it (new item% [label "pen"]))
(send it to-string)
(send it reveal)
(is-a? it printable<%>)
(implementation? item% printable<%>)
(get-field created it)
(show (lambda () (send it to-string 1)))
(show (lambda () (send it secret)))
(define base%
  (class object%
    (super-new)
    (define/public (hello) (format "hello from ~a" (who)))
    (define/public (who) "base")
    (send this hello)))
(define derived%
  (class base%
    (init-field tag)
    (super-new)
    (define/override (who) (format "derived ~a" tag))))
(send (new derived% [tag 7]) hello)
(define pass% (class item% (super-new)))
(send (new pass% [label "cup"] [qty 3]) to-string)
(define multi%
  (class object%
    (public a b)
    (define (a) 'a)
    (define (b) (list (a) 'b))
    (super-new)))
(send (new multi%) b)
(define ov%
  (class multi%
    (override a)
    (define (a) 'A)
    (super-new)))
(send (new ov%) b)
(define counter (let ([n 0]) (lambda () (set! n (add1 n)) n)))
(define order%
  (class object%
    (field [first (counter)])
    (init [second (counter)])
    (field [third (list second (counter))])
    (super-new)))
(get-field third (new order%))
(interface? printable<%>)
(method-in-interface? 'to-string printable<%>)
(object? 5)
(define ls (list (new item% [label "a"]) (new item% [label "b" ] [qty 2])))
(map (lambda (o) (send o to-string)) ls)
(for/list ([o ls]) (get-field qty o))
(define c2% (class object% (init-field [x 0]) (super-new) (define/public (get) x)))
(define o2 (new c2% [x 5]))
o2
(write o2) (newline)
(display o2) (newline)
(list o2)
c2%
object%
(show (lambda () (new c2% [bogus 1])))
(define d2% (class object% (init y) (super-new)))
(show (lambda () (new d2%)))
(show (lambda () (get-field nope o2)))
(show (lambda () (send 5 m)))
(show (lambda () (send o2 get 1)))
(get-field x o2)
(set-field! x o2 9)
(send o2 get)
(is-a? o2 c2%)
(object? o2) (class? c2%)
(show (lambda () (make-object c2% 1)))
