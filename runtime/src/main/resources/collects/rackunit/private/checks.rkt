#lang racket/base
;; rackunit's checks. A check is a macro that records its name, location and expression,
;; then (through current-check-around) evaluates its arguments and calls the check's
;; procedure, which adds its params and message; a failing check raises exn:test:check with
;; the info stack, and the default check-around shows it (and returns void) unless a test
;; case is running, in which case the test case catches it.
(require (for-syntax racket/base) racket/match "info.rkt")

(provide fail-check current-check-handler current-check-around plain-check-around
         define-check define-simple-check define-binary-check
         check check-exn check-not-exn check-true check-false check-pred
         check-eq? check-eqv? check-equal? check-= check-within check-not-false
         check-not-eq? check-not-eqv? check-not-equal? check-regexp-match check-match fail)

(define current-check-handler (make-parameter (lambda (e) (display-test-failure/error e))))

(define (plain-check-around thunk) (thunk))

(define (default-check-around thunk)
  (define handler (current-check-handler))
  (parameterize ([current-check-around plain-check-around])
    (with-handlers ([(lambda (_) #t) handler])
      (thunk))))

(define current-check-around (make-parameter default-check-around))

(define (fail-check [message ""])
  (raise (make-exn:test:check message (current-continuation-marks) (current-check-info))))

;; A failure raised again as this check's (an inner check's failure inside check-exn, say).
(define (refail e)
  (raise (make-exn:test:check (exn-message e) (exn-continuation-marks e) (exn:test:check-stack e))))

;; The procedure of check `name`: takes the check's arguments and an optional message, adds
;; the infos the macro did not (the procedure may be called directly), and runs body on the
;; arguments under around.
(define (check-procedure name arity location expression around body)
  (procedure-rename
   (procedure-reduce-arity
    (lambda args
      (define-values (params message)
        (if (> (length args) arity)
            (values (reverse (cdr (reverse args))) (car (reverse args)))
            (values args #f)))
      (when (and message (not (string? message)))
        (raise-argument-error name "(or/c #f string?)" message))
      (with-default-check-info*
       (filter values (list (make-check-name name) (make-check-location location)
                            (make-check-expression expression) (make-check-params params)
                            (and message (make-check-message message))))
       (lambda () (around (lambda () (apply body params) (void))))))
    (list arity (add1 arity)))
   name))

(define-syntax (define-check stx)
  (syntax-case stx ()
    [(_ (name formal ...) body ...)
     (with-syntax ([arity (length (syntax->list #'(formal ...)))])
       #'(define-syntax (name use)
           (syntax-case use ()
             [(chk . args)
              (with-syntax ([where (datum->syntax #f 'loc use)])
                (syntax/loc use
                  (let ([location (syntax->location (quote-syntax where))]
                        [expression '(chk . args)])
                    (with-default-check-info*
                     (list (make-check-name 'name) (make-check-location location)
                           (make-check-expression expression))
                     (lambda ()
                       ((current-check-around)
                        (lambda ()
                          ((check-procedure 'name arity location expression plain-check-around
                                            (lambda (formal ...) body ...))
                           . args))))))))]
             [chk
              (identifier? #'chk)
              (with-syntax ([where (datum->syntax #f 'loc use)])
                #'(check-procedure 'name arity (syntax->location (quote-syntax where)) 'chk
                                   (lambda (thunk) ((current-check-around) thunk))
                                   (lambda (formal ...) body ...)))])))]))

(define-syntax-rule (define-simple-check (name formal ...) body ...)
  (define-check (name formal ...) (or (let () body ...) (fail-check))))

(define-syntax define-binary-check
  (syntax-rules ()
    [(_ (name pred actual expected))
     (define-binary-check (name actual expected) (pred actual expected))]
    [(_ (name actual expected) body ...)
     (define-check (name actual expected)
       (with-default-check-info*
        (list (make-check-actual actual) (make-check-expected expected))
        (lambda () (or (let () body ...) (fail-check)))))]))

(define-simple-check (check operator a b) (operator a b))
(define-simple-check (check-pred predicate v) (predicate v))
(define-simple-check (check-= a b epsilon) (<= (magnitude (- a b)) epsilon))
(define-simple-check (check-true v) (eq? v #t))
(define-simple-check (check-false v) (eq? v #f))
(define-simple-check (check-not-false v) v)
(define-simple-check (check-not-eq? a b) (not (eq? a b)))
(define-simple-check (check-not-eqv? a b) (not (eqv? a b)))
(define-simple-check (check-not-equal? a b) (not (equal? a b)))
(define-simple-check (check-regexp-match rx s) (regexp-match rx s))
(define-simple-check (fail) #f)

(define-binary-check (check-eq? eq? actual expected))
(define-binary-check (check-eqv? eqv? actual expected))
(define-binary-check (check-equal? equal? actual expected))

;; equal? with numbers compared within epsilon, through pairs, vectors, boxes and hashes.
(define (within? a b epsilon)
  (cond [(and (number? a) (number? b)) (<= (magnitude (- a b)) epsilon)]
        [(and (pair? a) (pair? b)) (and (within? (car a) (car b) epsilon) (within? (cdr a) (cdr b) epsilon))]
        [(and (vector? a) (vector? b))
         (and (= (vector-length a) (vector-length b))
              (for/and ([x (in-vector a)] [y (in-vector b)]) (within? x y epsilon)))]
        [(and (box? a) (box? b)) (within? (unbox a) (unbox b) epsilon)]
        [(and (hash? a) (hash? b))
         (and (= (hash-count a) (hash-count b))
              (for/and ([(k v) (in-hash a)])
                (and (hash-has-key? b k) (within? v (hash-ref b k) epsilon))))]
        [else (equal? a b)]))

(define-check (check-within actual expected epsilon)
  (with-check-info* (list (make-check-actual actual) (make-check-expected expected))
    (lambda () (unless (within? actual expected epsilon) (fail-check)))))

(define (require-thunk who thunk)
  (unless (and (procedure? thunk) (procedure-arity-includes? thunk 0))
    (raise-arguments-error who "thunk must be a procedure that accepts 0 arguments" "thunk" thunk)))

(define-check (check-exn expected thunk)
  (define matches?
    (cond [(regexp? expected) (lambda (e) (and (exn:fail? e) (regexp-match expected (exn-message e))))]
          [(and (procedure? expected) (procedure-arity-includes? expected 1)) expected]
          [else (raise-argument-error 'check-exn "(or/c (-> any/c any/c) regexp?)" expected)]))
  (require-thunk 'check-exn thunk)
  (let/ec done
    (with-handlers ([matches? (lambda (e) (done (void)))]
                    [exn:test:check? refail]
                    [exn:fail? (lambda (e)
                                 (with-default-check-info*
                                  (list (make-check-message "Wrong exception raised")
                                        (make-check-info 'exn-message (exn-message e))
                                        (make-check-info 'exn e))
                                  fail-check))])
      (thunk))
    (with-default-check-info* (list (make-check-message "No exception raised")) fail-check)))

(define-check (check-not-exn thunk)
  (require-thunk 'check-not-exn thunk)
  (with-handlers ([exn:test:check? refail]
                  [exn? (lambda (e)
                          (with-default-check-info*
                           (list (make-check-message "Exception raised")
                                 (make-check-info 'exception-message (exn-message e))
                                 (make-check-info 'exception e))
                           fail-check))])
    (thunk)))

(define-syntax (check-match stx)
  (syntax-case stx ()
    [(_ actual pattern guard)
     (with-syntax ([where (datum->syntax #f 'loc stx)] [form (syntax->datum stx)])
       #'(let ([v actual])
           (with-default-check-info*
            (list (make-check-name 'check-match)
                  (make-check-location (syntax->location (quote-syntax where)))
                  (make-check-expression 'form)
                  (make-check-actual v)
                  (make-check-expected 'pattern))
            (lambda () (check-true (match v [pattern guard] [_ #f]))))))]
    [(_ actual pattern) (syntax/loc stx (check-match actual pattern #t))]))
