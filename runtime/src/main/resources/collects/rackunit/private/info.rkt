#lang racket/base
;; rackunit's check information: what a check knows about itself (name, location, params,
;; actual and expected values, a message), kept in the current-check-info parameter while it
;; runs, and how a failure or error is shown (rackunit 8.7's layout: a column of "name:"
;; labels at least 9 wide, values printed on the label's line when they fit the pretty-print
;; width, else on the next line).
(require racket/pretty racket/string)

(provide (struct-out check-info) (struct-out exn:test) (struct-out exn:test:check) (struct-out string-info) (struct-out nested-info)
         (struct-out dynamic-info) (struct-out location-info) (struct-out pretty-info)
         (struct-out verbose-info)
         current-check-info with-check-info with-check-info* with-default-check-info*
         check-info-ref check-info-contains-key?
         make-check-name make-check-params make-check-location make-check-expression
         make-check-message make-check-actual make-check-expected
         check-name? check-params? check-location? check-expression? check-message?
         check-actual? check-expected?
         syntax->location location->string
         raised-check-info call-noting-check-info
         display-test-failure/error display-test-result-line combine-test-names)

(struct check-info (name value) #:transparent #:constructor-name make-check-info)

;; A check's failure: raised with the info stack it had.
(struct exn:test exn:fail () #:extra-constructor-name make-exn:test)
(struct exn:test:check exn:test (stack) #:extra-constructor-name make-exn:test:check
  #:property prop:exn:srclocs
  (lambda (e)
    (define loc (for/first ([i (in-list (exn:test:check-stack e))] #:when (check-location? i))
                  (location-info-value (check-info-value i))))
    (if loc (list (apply srcloc loc)) '())))
(struct string-info (value) #:transparent)
(struct location-info (value) #:transparent)
(struct pretty-info (value) #:transparent)
(struct verbose-info (value) #:transparent)
(struct nested-info (values) #:transparent)
(struct dynamic-info (proc) #:transparent)

(define current-check-info (make-parameter '()))

;; ---- the info stack ------------------------------------------------------------------

;; The infos of a raised exception as they were where it was raised (see below).
(define raised-infos (make-weak-hasheq))

(define (raised-check-info v)
  (or (and (exn? v) (hash-ref raised-infos v #f)) (current-check-info)))

;; Runs thunk with infos current, noting them on any exception raised inside, so that an
;; error in a check or test case can be shown with the check's name and location.
(define (call-noting-check-info infos thunk)
  (parameterize ([current-check-info infos])
    (call-with-exception-handler
     (lambda (e)
       (when (and (exn? e) (not (hash-ref raised-infos e #f)))
         (hash-set! raised-infos e (current-check-info)))
       e)
     thunk)))

;; New infos replace current ones of the same name (at the new one's place, later wins).
(define (with-check-info* infos thunk)
  (define names (map check-info-name infos))
  (define kept (filter (lambda (i) (not (memq (check-info-name i) names))) (current-check-info)))
  (define last-of-each
    (let loop ([is infos] [acc '()])
      (cond [(null? is) (reverse acc)]
            [(memq (check-info-name (car is)) (map check-info-name (cdr is))) (loop (cdr is) acc)]
            [else (loop (cdr is) (cons (car is) acc))])))
  (call-noting-check-info (append kept last-of-each) thunk))

;; New infos only add names not already current.
(define (with-default-check-info* infos thunk)
  (define current (current-check-info))
  (define names (map check-info-name current))
  (call-noting-check-info
   (append current (filter (lambda (i) (not (memq (check-info-name i) names))) infos))
   thunk))

(define-syntax-rule (with-check-info ([name value] ...) body ...)
  (with-check-info* (list (make-check-info name value) ...) (lambda () body ...)))

(define check-info-ref
  (case-lambda
    [(k) (check-info-ref (current-check-info) k)]
    [(infos k) (for/first ([i (in-list infos)] #:when (eq? k (check-info-name i))) i)]))

(define check-info-contains-key?
  (case-lambda
    [(k) (check-info-contains-key? (current-check-info) k)]
    [(infos k) (and (check-info-ref infos k) #t)]))

(define-syntax-rule (define-info-kind make kind? key wrap)
  (begin (define (make v) (make-check-info 'key (wrap v)))
         (define (kind? i) (eq? (check-info-name i) 'key))))

(define-info-kind make-check-name check-name? name values)
(define-info-kind make-check-params check-params? params pretty-info)
(define-info-kind make-check-location check-location? location location-info)
(define-info-kind make-check-expression check-expression? expression verbose-info)
(define-info-kind make-check-message check-message? message values)
(define-info-kind make-check-actual check-actual? actual pretty-info)
(define-info-kind make-check-expected check-expected? expected pretty-info)

;; ---- locations -----------------------------------------------------------------------

(define (syntax->location stx)
  (list (syntax-source stx) (syntax-line stx) (syntax-column stx) (syntax-position stx) (syntax-span stx)))

(define (location->string loc)
  (define (part v) (if v (number->string v) "?"))
  (define src (car loc))
  (string-append (cond [(path? src) (path->string src)] [(string? src) src] [else (format "~a" src)])
                 ":" (part (cadr loc)) ":" (part (caddr loc))))

;; A location is shown relative to the current directory when it lies in it.
(define (without-current-directory s)
  (define dir (path->string (current-directory)))
  (if (and (> (string-length s) (string-length dir)) (string=? dir (substring s 0 (string-length dir))))
      (substring s (string-length dir))
      s))

;; ---- showing failures ----------------------------------------------------------------

(define minimum-label-width 9)
(define nesting (make-parameter 0))

(define (show-value v)
  (cond [(string-info? v) (display (string-info-value v))]
        [(location-info? v) (display (without-current-directory (location->string (location-info-value v))))]
        [(pretty-info? v) (pretty-print (pretty-info-value v) #:newline? #f)]
        [(verbose-info? v) (show-value (verbose-info-value v))]
        [else (write v)]))

(define (label name width)
  (string-append (make-string (* 2 (nesting)) #\space) name ":"
                 (if width (make-string (+ 2 (max 0 (- width (string-length name)))) #\space) "")))

(define (show-info info verbose? width)
  (define name (symbol->string (check-info-name info)))
  (define v (check-info-value info))
  (cond
    [(and (equal? name "exception") (exn? v))
     (displayln (label name #f))
     (define indent (make-string (* 2 (add1 (nesting))) #\space))
     (define text (let ([o (open-output-string)])
                    (parameterize ([current-error-port o]) ((error-display-handler) (exn-message v) v))
                    (get-output-string o)))
     (displayln (string-join (for/list ([l (in-list (string-split text "\n"))]) (string-append indent l)) "\n"))]
    [(dynamic-info? v) (show-info (make-check-info (check-info-name info) ((dynamic-info-proc v))) verbose? width)]
    [(nested-info? v)
     (displayln (label name #f))
     (parameterize ([nesting (add1 (nesting))]) (show-infos (nested-info-values v) verbose? width))]
    [else
     (define one-line
       (let ([o (open-output-string)])
         (parameterize ([current-output-port o] [pretty-print-columns 'infinity])
           (display (label name width))
           (show-value v))
         (get-output-string o)))
     (define columns (pretty-print-columns))
     (cond [(and (or (eq? columns 'infinity) (<= (string-length one-line) columns))
                 (not (string-contains? one-line "\n")))
            (displayln one-line)]
           [else (displayln (label name #f))
                 (display "  ")
                 (show-value v)
                 (newline)])]))

;; Unless verbose, verbose infos are left out, and params when actual values are shown.
(define (show-infos infos verbose? [width minimum-label-width])
  (define shown
    (if verbose?
        infos
        (let ([has-actual? (ormap check-actual? infos)])
          (filter (lambda (i) (not (or (verbose-info? (check-info-value i)) (and has-actual? (check-params? i)))))
                  infos))))
  (define w (apply max width (map (lambda (i) (string-length (symbol->string (check-info-name i)))) shown)))
  (for ([i (in-list shown)]) (show-info i verbose? w)))

(define (delimiter) (displayln "--------------------"))

;; The report of a check failure (an exn:test:check, with its info stack), an error, or a
;; raised non-exception, with the test's name if it has one; on the error port.
(define (display-test-failure/error e [name #f] #:verbose? [verbose? #f])
  (parameterize ([current-output-port (current-error-port)])
    (delimiter)
    (when name (displayln name))
    (cond [(exn? e)
           (define failure? (exn:test:check? e))
           (parameterize ([error-print-context-length 0])
             ((error-display-handler) (if failure? "FAILURE" "ERROR") e))
           (show-infos (if failure? (exn:test:check-stack e) (raised-check-info e)) verbose?)
           (unless (equal? (exn-message e) "")
             (newline)
             (displayln (exn-message e)))]
          [else
           (displayln "ERROR")
           (show-infos (current-check-info) verbose?)
           (printf "\nA value other than an exception was raised: ~e\n" e)])
    (delimiter)))

;; "test > suite > outer suite" (rackunit lists suite names innermost first), or #f.
(define (combine-test-names test-name suite-names)
  (and (or test-name (pair? suite-names))
       (string-join (append suite-names (list (or test-name "Unnamed test"))) " > ")))

(define (display-test-result-line s f e)
  (printf "~a success(es) ~a failure(s) ~a error(s) ~a test(s) run\n" s f e (+ s f e)))
