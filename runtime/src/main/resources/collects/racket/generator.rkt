;; racket/generator, on delimited continuations.
;;
;; A generator call runs the body under a prompt (one tag shared by all
;; generators).  `yield` captures the body's continuation up to that prompt
;; (call-with-composable-continuation), stores it in the generator's state and
;; aborts to the prompt with the yielded values.  The next call reinstates the
;; stored continuation with the call's arguments, which become yield's
;; results.  The running generator is found through a continuation mark set
;; around the body, so nested generators need no bookkeeping.
(module generator "private/pre-base.rkt"
  (#%require "private/seq-core.rkt")
  (#%provide generator yield generator? generator-state
             in-generator sequence->generator sequence->repeated-generator
             infinite-generator)

  (define generator-tag (make-continuation-prompt-tag 'generator))
  (define generator-key (make-continuation-mark-key 'generator))

  ;; the state of one generator
  (define-values (struct:gstate make-gstate gstate? gstate-ref gstate-set!)
    (make-struct-type 'gstate #f 3 0 #f '() #f))
  (define (gstate-status g) (gstate-ref g 0))   ; fresh suspended running done
  (define (gstate-cont g) (gstate-ref g 1))     ; continuation, or final values
  (define (gstate-body g) (gstate-ref g 2))

  ;; generator procedures -> their state, for generator? and generator-state
  (define generators (make-weak-hasheq))

  (define (make-generator body)
    (let* ([st (make-gstate 'fresh #f body)]
           [self
            (lambda args
              (case (gstate-status st)
                [(suspended) (resume st args)]
                [(fresh) (start st args)]
                [(done) (apply values (gstate-cont st))]
                [else (raise (make-exn:fail:contract
                              "generator: cannot call a running generator"
                              (current-continuation-marks)))]))]
           [self (procedure-rename self 'generator)])
      (hash-set! generators self st)
      self))

  (define (abort-handler vals) (apply values vals))

  ;; Runs `thunk` (the body, or the rest of it) under the generator prompt.
  ;; A yield leaves the status 'suspended; if it is still 'running when the
  ;; prompt returns, the body has finished and its values are final.  (The
  ;; check is outside the prompt so it is never part of a captured
  ;; continuation.)
  (define (run st thunk)
    (gstate-set! st 0 'running)
    (call-with-values
     (lambda () (call-with-continuation-prompt thunk generator-tag abort-handler))
     (case-lambda
       [(v)
        (when (eq? (gstate-status st) 'running)
          (gstate-set! st 0 'done)
          (gstate-set! st 1 (list v)))
        v]
       [results
        (when (eq? (gstate-status st) 'running)
          (gstate-set! st 0 'done)
          (gstate-set! st 1 results))
        (apply values results)])))

  (define (start st args)
    (run st (lambda ()
              (with-continuation-mark generator-key st
                (apply (gstate-body st) args)))))

  (define (resume st args)
    (let ([k (gstate-cont st)])
      (gstate-set! st 1 #f)
      (run st (lambda () (apply k args)))))

  (define (yield . vals)
    (let ([st (continuation-mark-set-first #f generator-key #f generator-tag)])
      (unless st
        (raise (make-exn:fail
                "yield: must be called in the context of a generator"
                (current-continuation-marks))))
      (call-with-composable-continuation
       (lambda (k)
         (gstate-set! st 0 'suspended)
         (gstate-set! st 1 k)
         (abort-current-continuation generator-tag vals))
       generator-tag)))

  (define-syntax generator
    (syntax-rules ()
      [(_ formals body0 body ...)
       (make-generator (lambda formals body0 body ...))]))

  (define (generator? v) (and (procedure? v) (hash-ref generators v #f) #t))

  (define (generator-state g)
    (let ([st (and (procedure? g) (hash-ref generators g #f))])
      (unless st (raise-argument-error 'generator-state "generator?" g))
      (gstate-status st)))

  ;; (in-generator body ...): the values yielded by body, until it returns
  (define-syntax in-generator
    (syntax-rules ()
      [(_ #:arity n body0 body ...) (in-generator/proc (lambda () body0 body ...))]
      [(_ body0 body ...) (in-generator/proc (lambda () body0 body ...))]))

  (define done (string->uninterned-symbol "generator-done"))

  (define (in-generator/proc thunk)
    (make-do-sequence
     (lambda ()
       (let ([g (make-generator (lambda () (thunk) done))])
         (values (lambda (v) v)
                 (lambda (v) (g))
                 (g)
                 (lambda (v) (not (eq? v done)))
                 #f #f)))))

  (define (sequence->generator s)
    (unless (sequence? s) (raise-argument-error 'sequence->generator "sequence?" s))
    (make-generator
     (lambda ()
       (let ([pull (puller 'sequence->generator s)])
         (let loop ()
           (let ([vals (pull)])
             (when vals
               (apply yield vals)
               (loop))))))))

  (define (sequence->repeated-generator s)
    (unless (sequence? s) (raise-argument-error 'sequence->repeated-generator "sequence?" s))
    (make-generator
     (lambda ()
       (let forever ()
         (let ([pull (puller 'sequence->repeated-generator s)])
           (let loop ()
             (let ([vals (pull)])
               (when vals
                 (apply yield vals)
                 (loop)))))
         (forever)))))

  (define-syntax infinite-generator
    (syntax-rules ()
      [(_ body0 body ...)
       (make-generator (lambda () (let loop () body0 body ... (loop))))])))
