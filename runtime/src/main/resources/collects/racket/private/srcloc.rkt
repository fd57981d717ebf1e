;; racket/base's srcloc: a transparent struct whose guard checks the line, column,
;; position and span as Racket's does, and srcloc->string.
(module srcloc "pre-base.rkt"
  (#%provide srcloc srcloc? struct:srcloc srcloc-source srcloc-line srcloc-column srcloc-position
             srcloc-span make-srcloc srcloc->string)

  (define (check who v positive?)
    (unless (or (not v) (and (exact-integer? v) (if positive? (> v 0) (>= v 0))))
      (raise-argument-error who (if positive? "(or/c exact-positive-integer? #f)" "(or/c exact-nonnegative-integer? #f)") v)))

  (struct srcloc (source line column position span)
    #:transparent
    #:extra-constructor-name make-srcloc
    #:guard (lambda (source line column position span name)
              (check 'srcloc line #t)
              (check 'srcloc column #f)
              (check 'srcloc position #t)
              (check 'srcloc span #f)
              (values source line column position span)))

  ;; "src:line:col" with both, else "src::pos", else "src"; #f without a source.
  (define (srcloc->string s)
    (unless (srcloc? s) (raise-argument-error 'srcloc->string "srcloc?" s))
    (let ([src (srcloc-source s)])
      (and src
           (let ([src (if (path? src) (path->string src) (format "~a" src))])
             (cond
               [(and (srcloc-line s) (srcloc-column s))
                (format "~a:~a:~a" src (srcloc-line s) (srcloc-column s))]
               [(srcloc-position s) (format "~a::~a" src (srcloc-position s))]
               [else src]))))))
