#lang racket/base
;; racket/struct: struct->list with its #:on-opaque choices, and make-constructor-style-printer
;; in print (expression and quoted), write and display modes.
(require racket/struct)
(struct point (x y) #:transparent)
(struct opaque (a b))
(struct p2 (x y)
  #:property prop:custom-write
  (make-constructor-style-printer (lambda (p) 'p2) (lambda (p) (list (p2-x p) (p2-y p)))))
(struct p3 (x)
  #:methods gen:custom-write
  [(define write-proc (make-constructor-style-printer (lambda (p) "three") (lambda (p) (list (p3-x p) "s" 'q))))])
(struct->list (point 1 2))
(struct->list (opaque 1 2) #:on-opaque 'return-false)
(struct->list (opaque 1 2) #:on-opaque 'skip)
(with-handlers ([exn:fail? (lambda (e) (displayln (exn-message e)))]) (struct->list (opaque 1 2)))
(struct->list 5 #:on-opaque 'skip)
(p2 1 2)
(print (p2 1 "x")) (newline)
(write (p2 1 "x")) (newline)
(display (p2 1 "x")) (newline)
(list (p2 1 2) (p2 'a '(b)))
(p3 7)
(format "~a ~s ~v" (p3 1) (p3 2) (p3 3))
(p2 (p2 1 2) (point 3 4))
