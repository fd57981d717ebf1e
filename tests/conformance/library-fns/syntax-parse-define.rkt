#lang racket/base
;; syntax/parse/define: define-syntax-parse-rule, define-simple-macro, define-syntax-parser;
;; this-syntax and define/syntax-parse
(require syntax/parse syntax/parse/define (for-syntax racket/base))

(define-syntax-class ann (pattern (x:id (~datum :) t:id) #:attr whole this-syntax))
(map syntax->datum (syntax-parse #'(f (a : Int)) [(_ a:ann) (list this-syntax (attribute a.whole))]))

(define-syntax-parse-rule (my-or a:expr b:expr)
  (let ([t a]) (if t t b)))
(my-or #f 3)
(let ([t 5]) (my-or #f t))

(define-simple-macro (twice e) (begin e e))
(twice (display "hi "))
(newline)

(define-syntax-parser my-cond
  #:literals (else)
  [(_ [else e]) #'e]
  [(_ [c e] rest ...) #'(if c e (my-cond rest ...))])
(my-cond [#f 1] [else 2])

(define-syntax-parse-rule (defs (name:id val:expr) ...)
  #:with (tmp ...) (generate-temporaries #'(name ...))
  (begin (define tmp val) ... (define name tmp) ...))
(defs (p 1) (q 2))
(list p q)

(define-syntax-parse-rule (kw-call f:id (~alt (~optional (~seq #:scale s:expr)) x:expr) ...)
  (f (~? s 1) x ...))
(kw-call list 1 2)
(kw-call list 1 #:scale 10 2)

(define-syntax-parse-rule (my-struct name:id (field:id ...))
  #:with make (format-id* #'name "make-~a" #'name)
  (begin (define (make field ...) (vector 'name field ...))))
(begin-for-syntax
  (define (format-id* ctx fmt id) (datum->syntax ctx (string->symbol (format fmt (syntax-e id))))))
(my-struct point (x y))
(make-point 1 2)

(define/syntax-parse (p0 q0 ...) #'(1 2 3))
(syntax->datum #'(q0 ... p0))

;; errors from the rules' uses
(define ns (make-base-namespace))
(define (try-eval form)
  (with-handlers ([exn:fail:syntax? (lambda (x) (printf "~s\n" (exn-message x)))])
    (parameterize ([current-namespace ns]) (eval form))))
(try-eval '(require syntax/parse/define (for-syntax racket/base)))
(try-eval '(define-syntax-parse-rule (swap! a:id b:id) (let ([t a]) (set! a b) (set! b t))))
(try-eval '(define x 1))
(try-eval '(swap! x 2))
(try-eval '(swap! x))
(try-eval '(define-syntax-parse-rule (pos n) #:fail-unless (exact-positive-integer? (syntax-e #'n)) "expected a positive literal" n))
(try-eval '(pos 3))
(try-eval '(pos -3))
(try-eval '(define-syntax-parser kw [(_ #:a) #'1] [(_ #:b x) #'x]))
(try-eval '(kw #:c))
(try-eval '(kw #:b))
(try-eval '(kw))
(define-syntax-parse-rule (opts (~alt (~optional (~seq #:a a) #:defaults ([a #'"none"])) (~once (~seq #:b b)) x) ...)
  (list a b (list x ...)))
(opts 1 #:b 2 3)
(opts #:a 0 1 #:b 2 3)
