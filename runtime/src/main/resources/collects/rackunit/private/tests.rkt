#lang racket/base
;; rackunit's test cases and suites. A test case runs its body at once, with checks raising
;; their failures to it; the first failure or error ends the case and is shown under the
;; case's name. A suite runs nothing when made: running it (run-test, fold-test-results,
;; text-ui's run-tests) evaluates its body with test cases and bare checks handed, in order,
;; to the runner, which turns each into a result.
(require (for-syntax racket/base) "info.rkt" "checks.rkt")

(provide test-begin test-case current-test-name current-test-case-around
         before after around
         (struct-out rackunit-test-case) (struct-out rackunit-test-suite)
         (struct-out test-result) (struct-out test-failure) (struct-out test-error)
         (struct-out test-success)
         test-suite make-test-suite define-test-suite define/provide-test-suite
         test-suite-test-case-around test-suite-check-around delay-test
         run-test-case run-test fold-test-results foldts-test-suite
         test-check test-pred test-equal? test-eq? test-eqv? test-= test-within
         test-true test-false test-not-false test-exn test-not-exn)

(struct rackunit-test-case (name action) #:transparent)
(struct rackunit-test-suite (name tests before after) #:transparent)

(struct test-result (test-case-name))
(struct test-failure test-result (result))
(struct test-error test-result (result))
(struct test-success test-result (result))

(define current-test-name (make-parameter #f))

(define (default-test-case-around thunk)
  (with-handlers ([(lambda (_) #t)
                   (lambda (e)
                     (when (exn:break? e) (raise e))
                     (display-test-failure/error e (current-test-name)))])
    (thunk)))

(define current-test-case-around (make-parameter default-test-case-around))

(define (call-test-case name thunk)
  (parameterize ([current-test-name name])
    ((current-test-case-around)
     (lambda () (parameterize ([current-check-around plain-check-around]) (thunk))))))

(define-syntax-rule (test-begin body ...)
  (call-test-case (current-test-name) (lambda () (void) body ...)))

(define (test-case-name who name)
  (unless (string? name) (raise-argument-error who "string?" name))
  name)

(define-syntax-rule (test-case name body ...)
  (call-test-case (test-case-name 'test-case name) (lambda () (void) body ...)))

(define-syntax-rule (before setup body ...) (dynamic-wind (lambda () setup) (lambda () body ...) void))
(define-syntax-rule (after body ... teardown) (dynamic-wind void (lambda () body ...) (lambda () teardown)))
(define-syntax-rule (around setup body ... teardown)
  (dynamic-wind (lambda () setup) (lambda () body ...) (lambda () teardown)))

;; ---- suites ---------------------------------------------------------------------------
;; A suite's tests are a fold: (tests fdown fup fhere seed) gives fhere each test case (test,
;; name, action, seed) and each nested suite to fdown/fup, threading the seed.

(define current-seed (make-parameter #f))

(define ((test-suite-test-case-around fhere) thunk)
  (define name (current-test-name))
  (current-seed (fhere (rackunit-test-case name thunk) name thunk (current-seed))))

(define ((test-suite-check-around fhere) thunk)
  (current-seed (fhere (rackunit-test-case #f thunk) #f thunk (current-seed))))

(define (apply-test-suite suite fdown fup fhere seed)
  (define name (rackunit-test-suite-name suite))
  (define before (rackunit-test-suite-before suite))
  (define after (rackunit-test-suite-after suite))
  (define inner (fdown suite name before after seed))
  (fup suite name before after seed ((rackunit-test-suite-tests suite) fdown fup fhere inner)))

;; One value of a suite's body: a suite runs, a list's items do, anything else is ignored.
(define (fold-value v fdown fup fhere)
  (cond [(rackunit-test-suite? v) (current-seed (apply-test-suite v fdown fup fhere (current-seed)))]
        [(rackunit-test-case? v)
         (current-seed (fhere v (rackunit-test-case-name v) (rackunit-test-case-action v) (current-seed)))]
        [(list? v) (for-each (lambda (x) (fold-value x fdown fup fhere)) v)]
        [else (void)]))

(define (suite-body thunks)
  (lambda (fdown fup fhere seed)
    (parameterize ([current-seed seed]
                   [current-test-case-around (test-suite-test-case-around fhere)]
                   [current-check-around (test-suite-check-around fhere)])
      (for ([t (in-list thunks)]) (fold-value (t) fdown fup fhere))
      (current-seed))))

(define (check-suite-name name)
  (unless (string? name) (raise-type-error 'test-suite "test-suite name as string" name))
  name)

(define-syntax (test-suite stx)
  (syntax-case stx ()
    [(_ name . rest)
     (let loop ([rest #'rest] [before #'void] [after #'void])
       (syntax-case rest ()
         [(#:before b . more) (loop #'more #'b after)]
         [(#:after a . more) (loop #'more before #'a)]
         [(test ...)
          (with-syntax ([b before] [a after])
            #'(rackunit-test-suite (check-suite-name name)
                                   (suite-body (list (lambda () test) ...))
                                   b a))]))]))

(define (make-test-suite name tests #:before [before void] #:after [after void])
  (rackunit-test-suite (check-suite-name name) (suite-body (map (lambda (t) (lambda () t)) tests)) before after))

(define-syntax-rule (define-test-suite id test ...)
  (define id (test-suite (symbol->string 'id) test ...)))

(define-syntax-rule (define/provide-test-suite id test ...)
  (begin (provide id) (define-test-suite id test ...)))

;; Test cases and checks made inside delay-test become test objects instead of running.
(define-syntax-rule (delay-test test ...)
  (parameterize ([current-test-case-around (lambda (thunk) (rackunit-test-case (current-test-name) thunk))]
                 [current-check-around (lambda (thunk) (rackunit-test-case #f thunk))])
    test ...))

;; ---- running --------------------------------------------------------------------------

;; A test case's result: its failure, error, or success with the action's value.
(define (run-test-case name action)
  (with-handlers ([exn:test:check? (lambda (e) (test-failure name e))]
                  [(lambda (_) #t) (lambda (e) (when (exn:break? e) (raise e)) (test-error name e))])
    (parameterize ([current-test-name name]
                   [current-test-case-around (lambda (thunk) (thunk))]
                   [current-check-around plain-check-around])
      (test-success name (action)))))

(define (foldts-test-suite fdown fup fhere seed test)
  (if (rackunit-test-case? test)
      (fhere test (rackunit-test-case-name test) (rackunit-test-case-action test) seed)
      (apply-test-suite test fdown fup fhere seed)))

;; Folds result-fn over the results of test's cases; fdown/fup see each suite's name.
(define (fold-test-results result-fn seed test
                           #:run [run run-test-case]
                           #:fdown [fdown (lambda (name seed) seed)]
                           #:fup [fup (lambda (name seed) seed)])
  (foldts-test-suite
   (lambda (suite name before after seed) (before) (fdown name seed))
   (lambda (suite name before after seed kid-seed) (after) (fup name kid-seed))
   (lambda (case name action seed) (result-fn (run name action) seed))
   seed test))

;; The results of test's cases, in order.
(define (run-test test)
  (reverse (fold-test-results cons '() test)))

;; ---- shortcuts: a named test case of one check ----------------------------------------

(define-syntax (define-shortcut stx)
  (syntax-case stx ()
    [(_ shortcut check)
     #'(define-syntax (shortcut use)
         (syntax-case use ()
           [(_ name arg (... ...))
            (with-syntax ([chk (datum->syntax use (cons #'check #'(arg (... ...))) use)])
              #'(test-case name chk))]))]))

(define-shortcut test-check check)
(define-shortcut test-pred check-pred)
(define-shortcut test-equal? check-equal?)
(define-shortcut test-eq? check-eq?)
(define-shortcut test-eqv? check-eqv?)
(define-shortcut test-= check-=)
(define-shortcut test-within check-within)
(define-shortcut test-true check-true)
(define-shortcut test-false check-false)
(define-shortcut test-not-false check-not-false)
(define-shortcut test-exn check-exn)
(define-shortcut test-not-exn check-not-exn)
