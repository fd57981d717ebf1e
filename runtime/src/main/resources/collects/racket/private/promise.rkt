;; Promises (racket/promise): delay, lazy, force, delay/strict, delay/name,
;; promise?, promise-forced?, promise-running?.
;;
;; A promise is a struct with a mutable tag and value:
;;   delay  thunk       not yet forced; result memoized (any number of values)
;;   lazy   thunk       like delay, but a promise result is forced in turn
;;   name   thunk       delay/name: re-run on every force
;;   running #f         being forced (forcing again is an error)
;;   done   values      forced: list of the results
;;   raise  v           forcing raised v; re-raised on every force
;;   forward promise    this lazy chain link now shares another promise
;; `lazy` chains are followed iteratively (SRFI 45), so (lazy (lazy ...))
;; loops run in constant stack space.
(module promise "pre-base.rkt"
  (provide delay lazy force promise? promise-forced? promise-running?
           delay/strict delay/name promise/name? delay/sync delay/thread delay/idle)

  (struct promise ([tag #:mutable] [val #:mutable])
    #:constructor-name make-promise
    #:property prop:custom-write
    (lambda (p port mode)
      (let ([p (follow p)])
        (case (promise-tag p)
          [(done)
           (write-string "#<promise!" port)
           (let ([vs (promise-val p)])
             (let loop ([vs vs] [first? #t])
               (unless (null? vs)
                 (unless first? (write-string " " port))
                 (case mode
                   [(#t) (write (car vs) port)]
                   [(#f) (display (car vs) port)]
                   [else (print (car vs) port)])
                 (loop (cdr vs) #f))))
           (write-string ">" port)]
          [(running) (write-string "#<promise:running>" port)]
          [else (write-string "#<promise>" port)]))))

  (define (follow p)
    (if (eq? (promise-tag p) 'forward) (follow (promise-val p)) p))

  (define-syntax-rule (delay body1 body ...)
    (make-promise 'delay (lambda () body1 body ...)))
  (define-syntax-rule (lazy body1 body ...)
    (make-promise 'lazy (lambda () body1 body ...)))
  (define-syntax-rule (delay/name body1 body ...)
    (make-promise 'name (lambda () body1 body ...)))
  (define-syntax-rule (delay/strict body1 body ...)
    (make-promise 'done (call-with-values (lambda () body1 body ...) list)))
  ;; no threads to run them on: these behave like delay
  (define-syntax-rule (delay/sync body1 body ...) (delay body1 body ...))
  (define-syntax-rule (delay/thread body1 body ...) (delay body1 body ...))
  (define-syntax-rule (delay/idle body1 body ...) (delay body1 body ...))

  (define (promise/name? v) (and (promise? v) (eq? (promise-tag (follow v)) 'name)))

  (define (promise-forced? p)
    (unless (promise? p) (raise-argument-error 'promise-forced? "promise?" p))
    (and (memq (promise-tag (follow p)) '(done raise)) #t))

  (define (promise-running? p)
    (unless (promise? p) (raise-argument-error 'promise-running? "promise?" p))
    (eq? (promise-tag (follow p)) 'running))

  (define (force v)
    (if (promise? v) (force-promise (follow v)) v))

  ;; run thunk; if it raises, remember that in p and re-raise
  (define (run-capturing p thunk)
    (with-handlers ([(lambda (e) #t)
                     (lambda (e)
                       (set-promise-tag! p 'raise)
                       (set-promise-val! p e)
                       (raise e))])
      (call-with-values thunk list)))

  (define (force-promise p)
    (case (promise-tag p)
      [(done) (let ([vs (promise-val p)])
                (if (and (pair? vs) (null? (cdr vs))) (car vs) (apply values vs)))]
      [(raise) (raise (promise-val p))]
      [(running)
       (raise (make-exn:fail "force: reentrant promise" (current-continuation-marks)))]
      [(name) ((promise-val p))]
      [(forward) (force-promise (follow p))]
      [(delay)
       (let ([thunk (promise-val p)])
         (set-promise-tag! p 'running)
         (set-promise-val! p #f)
         (let ([vs (run-capturing p thunk)])
           (set-promise-tag! p 'done)
           (set-promise-val! p vs)
           (force-promise p)))]
      [(lazy)
       (let ([thunk (promise-val p)])
         (set-promise-tag! p 'running)
         (set-promise-val! p #f)
         (let ([vs (run-capturing p thunk)])
           (if (and (pair? vs) (null? (cdr vs)) (promise? (car vs)))
               ;; adopt the inner promise's state and make it share ours
               (let ([q (follow (car vs))])
                 (unless (eq? q p)
                   (set-promise-tag! p (promise-tag q))
                   (set-promise-val! p (promise-val q))
                   (set-promise-tag! q 'forward)
                   (set-promise-val! q p))
                 (force-promise p))
               (begin
                 (set-promise-tag! p 'done)
                 (set-promise-val! p vs)
                 (force-promise p)))))])))
