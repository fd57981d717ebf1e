#lang racket/base
;; define-syntax-class and define-splicing-syntax-class: attributes, descriptions, parameters,
;; #:opaque, recursion, literals, and how class failures are reported
(require (for-syntax racket/base syntax/parse) syntax/parse)
(begin-for-syntax
  (define-syntax-class binding
    #:description "binding pair"
    (pattern [name:id rhs:expr]))
  (define-syntax-class distinct-bindings
    #:description "sequence of distinct binding pairs"
    (pattern (b:binding ...)
             #:fail-when (check-duplicate-identifier (syntax->list #'(b.name ...)))
             "duplicate variable name"
             #:with (name ...) #'(b.name ...)
             #:with (rhs ...) #'(b.rhs ...))))
(define-syntax (my-let stx)
  (syntax-parse stx
    [(_ bs:distinct-bindings body:expr ...+)
     #'((lambda (bs.name ...) body ...) bs.rhs ...)]))
(my-let ([a 1] [b 2]) (+ a b))
(define ns (make-base-namespace))
(define (try form)
  (with-handlers ([exn:fail:syntax? (lambda (x) (printf "~s\n" (exn-message x)))])
    (parameterize ([current-namespace ns]) (eval form))))
(try '(require (for-syntax racket/base syntax/parse)))
(try '(begin-for-syntax
  (define-syntax-class binding
    #:description "binding pair"
    (pattern [name:id rhs:expr]))
  (define-syntax-class distinct-bindings
    #:description "sequence of distinct binding pairs"
    (pattern (b:binding ...)
             #:fail-when (check-duplicate-identifier (syntax->list #'(b.name ...)))
             "duplicate variable name"
             #:with (name ...) #'(b.name ...)
             #:with (rhs ...) #'(b.rhs ...)))))
(try '(define-syntax (my-let stx)
  (syntax-parse stx
    [(_ bs:distinct-bindings body:expr ...+)
     #'((lambda (bs.name ...) body ...) bs.rhs ...)])))
(try '(my-let ([a 1] [a 2]) a))
(try '(my-let ([a 1] [b]) a))
(try '(my-let ([a 1] 5) a))
(try '(my-let 5 a))
(try '(my-let ([a 1])))
(try '(my-let ([a 1]) #:k))
(try '(my-let ([1 1]) 1))
(define-syntax-class op #:literals (+ -) (pattern +) (pattern -))
(define-splicing-syntax-class kw-opt
  #:attributes (v)
  (pattern (~seq #:opt v:expr))
  (pattern (~seq) #:with v #'#f))
(define (sp x)
  (syntax-parse x
    [(o:op a:nat b:nat) (list (syntax->datum #'o) (syntax-e #'a) (syntax-e #'b))]
    [(f k:kw-opt x:id ...) (list (syntax->datum #'k.v) (syntax->datum #'(x ...)))]))
(sp #'(+ 1 2))
(sp #'(g #:opt 7 a b))
(sp #'(g a b))
(with-handlers ([exn:fail:syntax? (lambda (x) (printf "~s\n" (exn-message x)))])
  (sp (datum->syntax #f '(g #:opt))))
(with-handlers ([exn:fail:syntax? (lambda (x) (printf "~s\n" (exn-message x)))])
  (sp (datum->syntax #f '(g 1))))
(define-syntax-class (bounded lo hi)
  #:description (format "number between ~a and ~a" lo hi)
  (pattern n:nat #:when (<= lo (syntax-e #'n) hi)))
(syntax-parse #'(3) [((~var x (bounded 1 5))) (syntax-e #'x)])
(with-handlers ([exn:fail:syntax? (lambda (x) (printf "~s\n" (exn-message x)))])
  (syntax-parse (datum->syntax #f '(7)) [((~var x (bounded 1 5))) (syntax-e #'x)]))
(define-syntax-class tree (pattern x:id) (pattern (l:tree r:tree)))
(syntax-parse #'((a b) c) [t:tree (syntax->datum #'t)])
(define-syntax-class thing #:opaque (pattern (a:id b:id)))
(with-handlers ([exn:fail:syntax? (lambda (x) (printf "~s\n" (exn-message x)))])
  (syntax-parse (datum->syntax #f '(f (a 1))) [(_ t:thing) 1]))
(define-syntax-class thing2 (pattern (a:id b:id)))
(with-handlers ([exn:fail:syntax? (lambda (x) (printf "~s\n" (exn-message x)))])
  (syntax-parse (datum->syntax #f '(f (a 1))) [(_ t:thing2) 1]))
(with-handlers ([exn:fail:syntax? (lambda (x) (printf "~s\n" (exn-message x)))])
  (syntax-parse (datum->syntax #f '(f 3)) [(_ t:thing2) 1]))
(define-syntax-class thing3 (pattern (a:id (~not 1))))
(define-splicing-syntax-class two (pattern (~seq a:id b:id)) (pattern (~seq 1 (~not 1))))
(define (t x) (with-handlers ([exn:fail:syntax? (lambda (x) (printf "~s\n" (exn-message x)))])
  (syntax-parse (datum->syntax #f x) [(_ t:thing2) 1] [(_ t:thing3 y) 2] [(_ t:two) 3])))
(t '(f (a . 2)))
(t '(f (a 1) 2))
(t '(f a 1))
(t '(f a b c))
(t '(f 1 2 3))
;; nested attributes and attribute depth
(define-syntax-class clause (pattern [test:expr body:expr ...]))
(define-syntax-class clauses (pattern (c:clause ...)))
(syntax-parse #'(f ([a 1 2] [b 3])) [(_ cs:clauses) (syntax->datum #'(cs.c ...))])
(syntax-parse #'(f [a 1 2] [b 3]) [(_ c:clause ...) (map syntax->datum (attribute c.test))])
(define-syntax-class maybe-kw
  #:attributes (kw)
  (pattern k:keyword #:attr kw (syntax-e #'k))
  (pattern _ #:attr kw #f))
(syntax-parse #'(f #:a 1) [(_ m:maybe-kw ...) (attribute m.kw)])
(define-syntax-class (more-than n) #:description #f (pattern x:nat #:when (> (syntax-e #'x) n)))
(syntax-parse #'(f 5) [(_ (~var x (more-than 3))) 'big] [(_ x) 'small])
(syntax-parse #'(f 2) [(_ (~var x (more-than 3))) 'big] [(_ x) 'small])
(define-syntax-class arith #:literals (+ *) (pattern (+ a:arith b:arith)) (pattern (* a:arith b:arith)) (pattern n:nat))
(define (ev stx)
  (syntax-parse stx #:literals (+ *)
    [(+ a b) (+ (ev #'a) (ev #'b))]
    [(* a b) (* (ev #'a) (ev #'b))]
    [n:nat (syntax-e #'n)]))
(syntax-parse #'(+ 1 (* 2 3)) [e:arith (ev #'e)])
;; failures inside a class keep their expectations (with the class as context) unless they expect
;; nothing; classes with literals used from a phase-1 macro
(define (try2 thunk)
  (with-handlers ([exn:fail:syntax? (lambda (x) (printf "~s\n" (exn-message x)))]) (thunk)))
(define (d x) (datum->syntax #f x))
(define-syntax-class just-id (pattern x:id))
(define-syntax-class kw (pattern #:a) (pattern #:b))
(define-syntax-class two-ids #:description "two ids" (pattern (a:id b:id)))
(try2 (lambda () (syntax-parse (d '(f 1)) [(_ x:just-id) 1])))
(try2 (lambda () (syntax-parse (d '(f 1)) [(_ x:kw) 1])))
(try2 (lambda () (syntax-parse (d '(f 1)) [(_ x:two-ids) 1])))
(try2 (lambda () (syntax-parse (d '(f (a))) [(_ x:two-ids) 1])))
(try2 (lambda () (syntax-parse (d '(f (a b c))) [(_ x:two-ids) 1])))
(try2 (lambda () (syntax-parse (d '(f 1)) [(_ (~describe "an id" x:id)) 1])))
(try2 (lambda () (syntax-parse (d '(f 1)) [(_ (~describe "an id" (~or* x:id (~datum foo)))) 1])))
(define ns2 (make-base-namespace))
(parameterize ([current-namespace ns2])
  (eval '(require (for-syntax racket/base syntax/parse)))
  (eval '(begin-for-syntax (define-syntax-class op #:literals (+ -) (pattern +) (pattern -))))
  (eval '(define-syntax (calc stx) (syntax-parse stx [(_ a:nat o:op b:nat) #'(o a b)])))
  (with-handlers ([exn:fail:syntax? (lambda (x) (printf "~s\n" (exn-message x)))])
    (eval '(calc 1 * 2))))
