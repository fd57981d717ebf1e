;; racket/logging: run a thunk while watching the log events it causes.
(module logging "private/pre-base.rkt"
  (#%require "private/list-base.rkt")
  (#%provide log-level/c with-intercepted-logging with-logging-to-port)

  (define levels '(none fatal error warning info debug))

  ;; a flat contract is a predicate here (there is no racket/contract)
  (define (log-level/c v) (and (memq v levels) #t))

  (define (check-spec who level spec)
    (unless (log-level/c level)
      (raise-argument-error who "log-level/c" level))
    (for-each (lambda (v)
                (unless (or (not v) (symbol? v))
                  (raise-argument-error who "(or/c symbol? #f)" v)))
              spec))

  ;; interceptor is called, on a thread of its own, with each event
  ;; (vector level message data topic) the receiver takes while proc runs; after proc
  ;; returns, the events already logged are handed over before the result is returned.
  ;; Without #:logger, proc logs to a fresh child of the current logger, so that only its
  ;; own events are seen while the rest of the program still sees them too.
  (define (with-intercepted-logging interceptor proc level #:logger [logger #f] . spec)
    (unless (and (procedure? interceptor) (procedure-arity-includes? interceptor 1))
      (raise-argument-error 'with-intercepted-logging "(-> log-event? any)" interceptor))
    (unless (and (procedure? proc) (procedure-arity-includes? proc 0))
      (raise-argument-error 'with-intercepted-logging "(-> any)" proc))
    (check-spec 'with-intercepted-logging level spec)
    (when (and logger (not (logger? logger)))
      (raise-argument-error 'with-intercepted-logging "logger?" logger))
    (let* ([watched (or logger (make-logger #f (current-logger)))]
           [receiver (apply make-log-receiver watched level spec)]
           [done (make-channel)]
           [watcher
            (thread
             (lambda ()
               (let loop ()
                 (let ([e (sync receiver done)])
                   (if (eq? e done)
                       (let drain ()
                         (let ([e (sync/timeout 0 receiver)])
                           (when e (interceptor e) (drain))))
                       (begin (interceptor e) (loop)))))))])
      (begin0
        (parameterize ([current-logger watched]) (proc))
        (channel-put done done)
        (thread-wait watcher))))

  ;; each event's message, as a line on port
  (define (with-logging-to-port port proc level #:logger [logger #f] . spec)
    (unless (output-port? port)
      (raise-argument-error 'with-logging-to-port "output-port?" port))
    (apply with-intercepted-logging
           (lambda (e) (write-string (vector-ref e 1) port) (newline port))
           proc level #:logger logger spec)))
