#lang racket/base
;; rackunit: checks, test cases and test suites (Racket 8.7's API and failure reports),
;; written for JRacket.
(require "private/info.rkt" "private/checks.rkt" "private/tests.rkt")

(provide (struct-out exn:test) (struct-out exn:test:check) (struct-out check-info)
         (struct-out string-info) (struct-out nested-info) (struct-out dynamic-info)
         (struct-out test-result) (struct-out test-failure) (struct-out test-error)
         (struct-out test-success)
         (struct-out rackunit-test-case) (struct-out rackunit-test-suite)
         (rename-out [rackunit-test-case? test-case?] [rackunit-test-suite? test-suite?]
                     [make-rackunit-test-case make-test-case])
         with-check-info with-check-info* with-default-check-info*
         current-check-info check-info-ref check-info-contains-key?
         make-check-name make-check-params make-check-location make-check-expression
         make-check-message make-check-actual make-check-expected
         check-name? check-params? check-location? check-expression? check-message?
         check-actual? check-expected?
         fail-check current-check-handler current-check-around
         define-check define-simple-check define-binary-check
         check check-exn check-not-exn check-true check-false check-pred
         check-eq? check-eqv? check-equal? check-= check-within check-not-false
         check-not-eq? check-not-eqv? check-not-equal? check-regexp-match check-match fail
         test-begin test-case current-test-name current-test-case-around
         before after around
         test-suite make-test-suite define-test-suite define/provide-test-suite
         test-suite-test-case-around test-suite-check-around delay-test
         run-test-case run-test fold-test-results foldts-test-suite
         test-check test-pred test-equal? test-eq? test-eqv? test-= test-within
         test-true test-false test-not-false test-exn test-not-exn)

(define (make-rackunit-test-case name action) (rackunit-test-case name action))
