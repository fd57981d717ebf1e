#lang racket/base
;; rackunit/text-ui: run-tests runs a test case or suite, shows each failure and error
;; (with 'verbose, every check info too) and the counts, and returns how many did not pass.
(require "private/info.rkt" "private/tests.rkt")

(provide run-tests)

(define (run-tests test [mode 'normal])
  (unless (or (rackunit-test-case? test) (rackunit-test-suite? test))
    (raise-argument-error 'run-tests "(or/c test-case? test-suite?)" test))
  (unless (memq mode '(quiet normal verbose))
    (raise-argument-error 'run-tests "(or/c 'quiet 'normal 'verbose)" mode))
  (define successes 0)
  (define failures 0)
  (define errors 0)
  (define (note result names)
    (cond [(test-success? result) (set! successes (add1 successes))]
          [else
           (if (test-failure? result) (set! failures (add1 failures)) (set! errors (add1 errors)))
           (unless (eq? mode 'quiet)
             (display-test-failure/error
              (if (test-failure? result) (test-failure-result result) (test-error-result result))
              (combine-test-names (test-result-test-case-name result) names)
              #:verbose? (eq? mode 'verbose)))])
    names)
  (parameterize ([current-custodian (make-custodian)])
    (fold-test-results note '() test
                       #:fdown (lambda (name names) (cons name names))
                       #:fup (lambda (name names) (cdr names))))
  (unless (eq? mode 'quiet)
    ;; all passed: on the output port; else on the error port
    (parameterize ([current-output-port (if (= 0 failures errors) (current-output-port) (current-error-port))])
      (display-test-result-line successes failures errors)))
  (+ failures errors))
