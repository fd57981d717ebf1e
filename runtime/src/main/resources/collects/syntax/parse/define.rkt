#lang racket/base
;; syntax/parse/define: define-syntax-parse-rule (and its older name define-simple-macro) and
;; define-syntax-parser.
(require (for-syntax racket/base "../parse.rkt"))
(provide define-syntax-parse-rule define-simple-macro define-syntax-parser
         (for-syntax (all-from-out "../parse.rkt")))

;; (define-syntax-parse-rule (name . pattern) directive ... template)
(define-syntax (define-syntax-parse-rule stx)
  (syntax-case stx ()
    [(_ (name . pattern) . body)
     (let ([l (syntax->list #'body)])
       (unless (and l (pair? l)) (raise-syntax-error #f "bad syntax" stx))
       (with-syntax ([(dir ...) (reverse (cdr (reverse l)))]
                     [template (car (reverse l))])
         #'(define-syntax name
             (syntax-parser [(_ . pattern) dir ... (syntax template)]))))]))

(define-syntax (define-simple-macro stx)
  (syntax-case stx ()
    [(_ . rest) #'(define-syntax-parse-rule . rest)]))

(define-syntax (define-syntax-parser stx)
  (syntax-case stx ()
    [(_ name . clauses) #'(define-syntax name (syntax-parser . clauses))]))
