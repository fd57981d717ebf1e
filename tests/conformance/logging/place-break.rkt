#lang racket/base
;; place-break: a break for the place's main thread, of each kind; an unhandled break
;; ends the place with status 1 ("user break" on stderr, nothing for a hang-up).
(require racket/place)

(define (waiting-place)
  (place ch (place-channel-put ch 'ready) (sync never-evt)))

(define (catching-place)
  (place ch
         (let loop ()
           (place-channel-put ch 'ready)
           (with-handlers ([exn:break? (lambda (e)
                                         (place-channel-put ch (list (exn-message e)
                                                                     (exn:break:hang-up? e)
                                                                     (exn:break:terminate? e)
                                                                     (procedure? (exn:break-continuation e))
                                                                     (break-enabled))))])
             (sync never-evt))
           (loop))))

(define (busy-place)
  (place ch
         (with-handlers ([exn:break? (lambda (e) (place-channel-put ch 'busy-broken) (exit 7))])
           (place-channel-put ch 'ready)
           (let loop ([i 0]) (loop (add1 i))))))

(module+ main
  (for ([kind (list #f 'hang-up 'terminate)])
    (define p (waiting-place))
    (place-channel-get p)
    (place-break p kind)
    (writeln (list kind (place-wait p))))
  (define c (catching-place))
  (for ([kind (list #f 'hang-up 'terminate)])
    (place-channel-get c)
    (place-break c kind)
    (writeln (place-channel-get c)))
  (place-kill c)
  (define b (busy-place))
  (writeln (place-channel-get b))
  (place-break b)
  (writeln (place-channel-get b))
  (writeln (place-wait b))
  ;; a break that comes before the place runs its code still reaches it
  (define early (waiting-place))
  (place-break early)
  (writeln (place-wait early))
  (with-handlers ([exn:fail:contract? (lambda (e) (displayln (exn-message e)))])
    (place-break b 'bad)))
