;; racket/future: futures run in parallel on the kernel's vCPUs (the primitives are
;; the Java module '#%futures); for/async and for*/async are macros over them.
(module future "private/pre-base.rkt"
  (#%require '#%futures "private/for.rkt")
  (#%provide future touch future? futures-enabled? current-future would-be-future
             processor-count for/async for*/async
             make-fsemaphore fsemaphore? fsemaphore-post fsemaphore-wait
             fsemaphore-try-wait? fsemaphore-count)

  ;; each iteration's body runs in its own future; all are touched, in order, and the
  ;; result is void
  (define-syntax-rule (for/async clauses body ...)
    (for-each touch (for/list clauses (future (lambda () body ...)))))

  (define-syntax-rule (for*/async clauses body ...)
    (for-each touch (for*/list clauses (future (lambda () body ...))))))
