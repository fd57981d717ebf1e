#lang racket/base
;; Handlers and prompts that are part of a re-entered continuation: an exception raised
;; after (k v) is caught by the with-handlers the continuation was captured in.
(define (f)
  (with-handlers ([exn:fail? (lambda (e) (list 'caught (exn-message e)))])
    (let ([x (call/cc (lambda (k) k))])
      (if (procedure? x) (x 5) (car x)))))
(f)
;; re-entered from outside its extent, twice
(define saved #f)
(define n 0)
(with-handlers ([exn:fail? (lambda (e) (printf "outer caught: ~a\n" (exn-message e)))])
  (printf "got ~a\n" (+ 1 (call/cc (lambda (k) (set! saved k) 1)))))
(set! n (add1 n))
(when (= n 1) (saved 41))
(when (= n 2) (saved 'x))
;; nested handlers: the inner one that matches wins
(define (g v)
  (with-handlers ([exn:fail:contract? (lambda (e) 'outer-contract)])
    (with-handlers ([exn:fail:user? (lambda (e) 'inner-user)])
      (let ([k+v (call/cc (lambda (k) (cons k #f)))])
        (cond [(not (cdr k+v)) ((car k+v) (cons (car k+v) v))]
              [(eq? (cdr k+v) 'user) (raise-user-error "boom")]
              [else (car (cdr k+v))])))))
(list (g 'user) (g 'contract))
;; dynamic-wind around the raise: post thunk runs once per exit
(define log '())
(define (note x) (set! log (cons x log)))
(with-handlers ([exn:fail? (lambda (e) (note 'handled))])
  (dynamic-wind
   (lambda () (note 'in))
   (lambda () (let ([k (call/cc (lambda (k) k))]) (if (procedure? k) (k 'again) (error "after re-entry"))))
   (lambda () (note 'out))))
(reverse log)
;; a prompt with its own tag inside the continuation, aborted to after re-entry
(define tag (make-continuation-prompt-tag 'mine))
(call-with-continuation-prompt
 (lambda ()
   (let ([k (call/cc (lambda (k) k))])
     (if (procedure? k) (k 'second) (abort-current-continuation tag 'aborted k))))
 tag
 (lambda (why v) (list why v)))
;; raise of a non-exception value, caught after re-entry
(with-handlers ([symbol? (lambda (s) (list 'raised s))])
  (let ([k (call/cc (lambda (k) k))]) (if (procedure? k) (k 'go) (raise 'sym))))
