#lang racket/base
;; Place events on the 'place logger: create, put, get, reap, each logged by the place
;; that acts (every place has its own root logger). Times vary, so they are checked only.
(require racket/place)
(struct place-event (place-id action value time) #:prefab)

(define (drain r)
  (let loop ()
    (define v (sync/timeout 0 r))
    (if v
        (let ([e (vector-ref v 2)])
          (cons (list (vector-ref v 0) (vector-ref v 1) (vector-ref v 3)
                      (place-event-place-id e) (place-event-action e) (place-event-value e)
                      (flonum? (place-event-time e)))
                (loop)))
        '())))

(define (talking-place)
  (place ch
         (define r (make-log-receiver (current-logger) 'debug 'place))
         (place-channel-put ch 'hello)
         (place-channel-put ch (list (place-channel-get ch) (drain r)))))

(define (quick-place) (place ch (void)))
(define (waiting-place) (place ch (sync never-evt)))

(module+ main
  (define r (make-log-receiver (current-logger) 'debug 'place))
  (define p (talking-place))
  (writeln (place-channel-get p))
  (place-channel-put p 'back)
  (writeln (place-channel-get p))
  (writeln (place-wait p))
  (for-each writeln (drain r))
  (define q (quick-place))
  (place-wait q)
  (place-wait q)
  (for-each writeln (drain r))
  (define k (waiting-place))
  (place-kill k)
  (for-each writeln (drain r))
  ;; place channels made by place-channel log too
  (define-values (a b) (place-channel))
  (place-channel-put a 1)
  (writeln (place-channel-get b))
  (for-each writeln (drain r)))
