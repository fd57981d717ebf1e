#lang racket/base
;; Future events: 'future debug events on the root logger, data a future-event prefab,
;; message in Racket's format. Ids, workers and times vary, so they are checked, not printed.
(require racket/future)
(struct future-event (future-id proc-id action time prim-name user-data) #:prefab)

(writeln (log-level? (current-logger) 'debug 'future))
(define r (make-log-receiver (current-logger) 'debug 'future))
(writeln (log-level? (current-logger) 'debug 'future))

(define (events)
  (let loop ()
    (define v (sync/timeout 0 r))
    (if v (cons v (loop)) '())))

(define (action-text e)
  (case (future-event-action e)
    [(create) "created"] [(start-work) "started work"] [(complete) "completed"]
    [(end-work) "ended work"] [(touch-pause) "paused for touch"] [(touch-resume) "resumed for touch"]
    [else (symbol->string (future-event-action e))]))

;; shape of one event: the message is exactly what its data says
(define (check v)
  (define e (vector-ref v 2))
  (define expected
    (format "future: id ~a, process ~a: ~a; time: ~a"
            (or (future-event-future-id e) -1) (future-event-proc-id e) (action-text e)
            (number->string (future-event-time e))))
  (list (vector-ref v 0) (vector-ref v 3) (future-event? e)
        (equal? (vector-ref v 1) expected)
        (flonum? (future-event-time e))))

;; a future that surely runs on a worker: the main thread waits until it has run
(define done (make-fsemaphore 0))
(define f (future (lambda () (fsemaphore-post done) (* 6 7))))
(fsemaphore-wait done)
(sleep 0.1)
(writeln (touch f))
(sleep 0.1)
(define evs (events))
(for ([v evs]) (writeln (check v)))
(define es (map (lambda (v) (vector-ref v 2)) evs))
(writeln (map future-event-action es))
(define create (car es))
;; created by the main thread (no future, process 0); user data is the new future's id
(writeln (list (future-event-future-id create) (future-event-proc-id create) (future-event-prim-name create)))
(define id (future-event-user-data create))
(writeln (for/and ([e (cdr es)]) (equal? (future-event-future-id e) id)))
;; the work was done by one worker (process > 0)
(define procs (map future-event-proc-id (cdr es)))
(writeln (list (positive? (car procs)) (andmap (lambda (p) (= p (car procs))) procs)))
(writeln (let loop ([ts (map future-event-time es)])
           (or (null? (cdr ts)) (and (<= (car ts) (cadr ts)) (loop (cdr ts))))))
;; nobody listening to another logger sees nothing
(define quiet (make-log-receiver (make-logger) 'debug 'future))
(touch (future (lambda () 1)))
(writeln (sync/timeout 0 quiet))
