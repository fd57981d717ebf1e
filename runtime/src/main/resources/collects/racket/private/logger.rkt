;; racket/base's logging forms over the kernel's loggers: log-fatal ... log-debug and
;; define-logger.  A form evaluates its message (and format arguments) only when some
;; receiver wants the event, so an unwatched log line costs one level check.
(module logger "pre-base.rkt"
  (#%require (for-syntax "pre-base.rkt"))
  (#%provide log-fatal log-error log-warning log-info log-debug define-logger)

  ;; (log-at logger-expr topic-expr level str) or (log-at ... level fmt v ...): one
  ;; argument is the message itself, more are format's; topic #f means the logger's name
  (define-syntax (log-at stx)
    (syntax-case stx ()
      [(_ l-expr topic-expr level str)
       #'(let* ([l l-expr] [topic (or topic-expr (logger-name l))])
           (when (log-level? l 'level topic)
             (log-message l 'level topic str (current-continuation-marks))))]
      [(_ l-expr topic-expr level fmt v ...)
       #'(let* ([l l-expr] [topic (or topic-expr (logger-name l))])
           (when (log-level? l 'level topic)
             (log-message l 'level topic (format fmt v ...) (current-continuation-marks))))]))

  (define-syntax (define-level-form stx)
    (syntax-case stx ()
      [(_ id level)
       #'(define-syntax (id stx)
           (syntax-case stx ()
             [(_ str-expr arg (... ...))
              #'(log-at (current-logger) #f level str-expr arg (... ...))]))]))

  (define-level-form log-fatal fatal)
  (define-level-form log-error error)
  (define-level-form log-warning warning)
  (define-level-form log-info info)
  (define-level-form log-debug debug)

  ;; (define-logger id [#:parent parent-expr]) defines id-logger (named 'id, a child of
  ;; parent-expr, by default the current logger) and log-id-fatal ... log-id-debug
  (define-syntax (define-logger stx)
    (syntax-case stx ()
      [(_ id) (identifier? #'id) #'(define-logger id #:parent (current-logger))]
      [(_ id #:parent parent-expr)
       (identifier? #'id)
       (let ([name (lambda (fmt) (datum->syntax #'id (string->symbol (format fmt (syntax-e #'id))) #'id))])
         (with-syntax ([logger-id (name "~a-logger")]
                       [fatal-id (name "log-~a-fatal")] [error-id (name "log-~a-error")]
                       [warning-id (name "log-~a-warning")] [info-id (name "log-~a-info")]
                       [debug-id (name "log-~a-debug")])
           #'(begin
               (define logger-id (make-logger 'id parent-expr))
               (define-logger-form fatal-id logger-id id fatal)
               (define-logger-form error-id logger-id id error)
               (define-logger-form warning-id logger-id id warning)
               (define-logger-form info-id logger-id id info)
               (define-logger-form debug-id logger-id id debug))))]))

  (define-syntax (define-logger-form stx)
    (syntax-case stx ()
      [(_ form-id logger-id topic level)
       #'(define-syntax (form-id stx)
           (syntax-case stx ()
             [(_ str-expr arg (... ...))
              #'(log-at logger-id 'topic level str-expr arg (... ...))]))])))
