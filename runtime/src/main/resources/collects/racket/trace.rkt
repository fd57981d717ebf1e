#lang racket/base
;; racket/trace: trace and untrace module-level procedures (Racket 8.7's API and output),
;; written for JRacket. A traced procedure prints each call and its results through
;; current-trace-notify, indented by nesting depth: the depth lives in a continuation mark, so
;; a traced call in tail position of another's body runs at the same depth and only the
;; outermost of such a chain prints its results, as in Racket. Past depth 10 the indentation
;; stops growing and shows the depth as "[n]".
(require (for-syntax racket/base))
(provide trace untrace current-trace-notify current-prefix-in current-prefix-out
         current-trace-print-args current-trace-print-results trace-call)

(define current-prefix-in (make-parameter ">" #f 'current-prefix-in))
(define current-prefix-out (make-parameter "<" #f 'current-prefix-out))

(define current-trace-notify
  (make-parameter (lambda (s) (display s) (newline))
                  (lambda (p)
                    (unless (and (procedure? p) (procedure-arity-includes? p 1))
                      (raise-argument-error 'current-trace-notify "(any/c . -> . any)" p))
                    p)
                  'current-trace-notify))

;; the first line's prefix at a depth, and the other lines' (spaces as wide)
(define (prefixes depth label)
  (if (>= depth 10)
      (let-values ([(first rest) (prefixes 6 label)])
        (let ([n (number->string depth)])
          (values (string-append first "[" n "] ")
                  (string-append rest (make-string (+ 3 (string-length n)) #\space)))))
      (let ([first (apply string-append label
                          (for/list ([i (in-range 1 (add1 depth))]) (if (odd? i) " " label)))])
        (values first (make-string (string-length first) #\space)))))

(define (notify-lines depth label texts)
  (let-values ([(first rest) (prefixes depth label)])
    (if (null? texts)
        ((current-trace-notify) first)
        (for ([t (in-list texts)] [i (in-naturals)])
          ((current-trace-notify) (string-append (if (zero? i) first rest) t))))))

(define current-trace-print-args
  (make-parameter
   (lambda (name args kws kw-vals depth)
     (notify-lines depth (current-prefix-in)
                   (list (string-append
                          "(" (format "~a" name)
                          (apply string-append (for/list ([a (in-list args)]) (format " ~v" a)))
                          (apply string-append (for/list ([k (in-list kws)] [v (in-list kw-vals)])
                                                 (format " ~a ~v" k v)))
                          ")"))))))

(define current-trace-print-results
  (make-parameter
   (lambda (name results depth)
     (notify-lines depth (current-prefix-out)
                   (if (null? results)
                       '("*** no values ***")
                       (for/list ([r (in-list results)]) (format "~v" r)))))))

(define depth-key (make-continuation-mark-key 'trace-depth))

;; calls proc (named name) with the arguments, tracing the call
(define (trace-call name proc args #:kws [kws '()] #:kw-vals [kw-vals '()])
  (define (run) (if (null? kws) (apply proc args) (keyword-apply proc kws kw-vals args)))
  (call-with-immediate-continuation-mark
   depth-key
   (lambda (tail-depth)
     (if tail-depth
         ;; in tail position of a traced body: same depth, the outer call prints the results
         (begin
           ((current-trace-print-args) name args kws kw-vals tail-depth)
           (with-continuation-mark depth-key tail-depth (run)))
         (let ([depth (add1 (continuation-mark-set-first #f depth-key -1))])
           ((current-trace-print-args) name args kws kw-vals depth)
           (call-with-values
            (lambda () (with-continuation-mark depth-key depth (run)))
            (lambda results
              ((current-trace-print-results) name results depth)
              (apply values results))))))
   #f))

;; traced procedure -> the original
(define originals (make-weak-hasheq))

;; wrapper: the traced procedure for positional calls (made by trace, so that it has the
;; traced variable's name and calls in tail position stay in tail position)
(define (make-traced proc name wrapper)
  (let ([traced (let-values ([(req allowed) (procedure-keywords proc)])
                  (if (null? allowed)
                      wrapper
                      (procedure-rename
                       (make-keyword-procedure
                        (lambda (kws kw-vals . args) (trace-call name proc args #:kws kws #:kw-vals kw-vals))
                        wrapper)
                       name)))])
    (hash-set! originals traced proc)
    traced))

(define (check-procedure who name v)
  (unless (procedure? v)
    (error who "the value of ~s is not a procedure: ~e" name v)))

(define-syntax (trace stx)
  (syntax-case stx ()
    [(_ id ...)
     (andmap identifier? (syntax->list #'(id ...)))
     (with-syntax ([(wrapper ...)
                    ;; named, as Racket's, by where the identifier is in the trace form
                    (for/list ([i (in-list (syntax->list #'(id ...)))])
                      (with-syntax ([i i])
                        (syntax/loc #'i (lambda args (trace-call 'i orig args)))))])
       #'(begin
           (begin
             (check-procedure 'trace 'id id)
             (unless (hash-ref originals id #f)
               (set! id (let ([orig id]) (make-traced orig 'id wrapper)))))
           ...
           (void)))]))

(define-syntax (untrace stx)
  (syntax-case stx ()
    [(_ id ...)
     (andmap identifier? (syntax->list #'(id ...)))
     #'(begin
         (let ([orig (hash-ref originals id #f)])
           (when orig (set! id orig)))
         ...
         (void))]))
