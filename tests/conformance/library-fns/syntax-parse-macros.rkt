#lang racket/base
;; syntax-parse in typical macros: generated names, keyword options, nested classes, quasisyntax
(require (for-syntax racket/base racket/syntax syntax/parse) racket/list)

(define-syntax (define-record stx)
  (syntax-parse stx
    [(_ name:id (field:id ...)
        (~alt (~optional (~seq #:mutable (~bind [mutable? #t])))
              (~optional (~seq #:prefix prefix:id))) ...)
     #:with make-name (format-id #'name "make-~a" #'name)
     #:with name? (format-id #'name "~a?" #'name)
     #:with (acc ...) (for/list ([f (in-list (syntax->list #'(field ...)))])
                        (format-id #'name "~a-~a" (if (attribute prefix) #'prefix #'name) f))
     #:with (idx ...) (for/list ([i (in-range (length (syntax->list #'(field ...))))]) (datum->syntax #'name i))
     #:with flag (format-id #'name "~a-mutable?" #'name)
     #:with n (datum->syntax #'name (length (syntax->list #'(field ...))))
     #`(begin
         (define (make-name field ...) (vector 'name field ...))
         (define (name? v) (and (vector? v) (= (vector-length v) (add1 n)) (eq? (vector-ref v 0) 'name)))
         (define (acc v) (vector-ref v (add1 idx))) ...
         (define flag #,(if (attribute mutable?) #'#t #'#f)))]))
(define-record point (x y) #:prefix pt)
(define p (make-point 3 4))
(list (point? p) (pt-x p) (pt-y p) point-mutable?)

(begin-for-syntax
  (define-syntax-class binding
    #:attributes (name init)
    (pattern name:id #:with init #'#f)
    (pattern [name:id init:expr])))
(define-syntax (my-let* stx)
  (syntax-parse stx
    [(_ () body ...+) #'(let () body ...)]
    [(_ (b:binding rest ...) body ...+)
     #'(let ([b.name b.init]) (my-let* (rest ...) body ...))]))
(my-let* ([a 1] c [b (+ a 1)]) (list a b c))

(define-syntax (count-args stx)
  (syntax-parse stx
    [(_ arg ...) #`(quote #,(length (attribute arg)))]))
(count-args 1 2 3)

(define-syntax (my-for stx)
  (syntax-parse stx
    [(_ ([x:id seq:expr]) (~optional (~seq #:when guard:expr)) body:expr ...+)
     #'(for/list ([x seq] #:when (~? guard #t)) body ...)]))
(my-for ([i '(1 2 3 4)]) #:when (even? i) (* i i))
(my-for ([i '(1 2)]) i)

(define-syntax (cond* stx)
  (syntax-parse stx
    #:literals (else =>)
    [(_) #'(void)]
    [(_ [else e ...+]) #'(let () e ...)]
    [(_ [test => f] more ...) #'(let ([t test]) (if t (f t) (cond* more ...)))]
    [(_ [test e ...+] more ...) #'(if test (let () e ...) (cond* more ...))]))
(cond* [#f 1] [(memv 2 '(1 2 3)) => length] [else 0])
(cond* [#f 1] [else 'fallback])
