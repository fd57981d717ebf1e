#lang racket/base
;; How syntax errors show: the exprs raise-syntax-error records, the "location...:" lines
;; the default error display handler adds, and missing-module messages without a location.
(error-print-context-length 0) ; context lines are not comparable between implementations
(define (show thunk)
  (with-handlers ([exn:fail? (lambda (e)
                               (when (exn:fail:syntax? e)
                                 (printf "exprs: ~s\n" (exn:fail:syntax-exprs e)))
                               (parameterize ([current-error-port (current-output-port)])
                                 ((error-display-handler) (exn-message e) e)))])
    (thunk)))

(define (stx datum line) (datum->syntax #f datum (list "src.rkt" line 4 10 2)))

(show (lambda () (raise-syntax-error 'foo "bad" (stx '(a b) 3))))
(show (lambda () (raise-syntax-error 'foo "bad" (stx '(a b) 3) (stx 'c 5))))
(show (lambda () (raise-syntax-error 'foo "bad" (stx '(a b) 3) (datum->syntax #f 'c))))
(show (lambda () (raise-syntax-error 'foo "bad" (datum->syntax #f '(a b)))))
(show (lambda () (raise-syntax-error #f "no who" (stx '(form x) 7))))
(show (lambda () (raise (exn:fail:syntax "two" (current-continuation-marks) (list (stx 'p 1) (stx 'q 2))))))
(show (lambda () (raise-syntax-error 'foo "position only" (datum->syntax #f 'z (list "s" #f #f 10 2)))))
(show (lambda () (eval '(lambda) (make-base-namespace))))
(show (lambda () (eval (quote (module m racket/base (require (file "/no-such-dir/no-such-module-here.rkt")))) (make-base-namespace))))
(printf "~a\n" (stx 'printed 9))
