#lang racket/base
;; racket/control: the classical control operators (Racket 8.7's API; spawn and splitter are
;; not provided), written for JRacket on prompts, aborts and composable continuations.
;;
;; A prompt form runs its body under a prompt for its tag. A control form captures the
;; composable continuation up to that prompt and aborts to it with its body; the prompt's
;; handler runs the body under a fresh prompt of its own kind, unless both the prompt and
;; the control form are the 0 variants (prompt0/reset0 with control0/shift0), whose body runs
;; with no prompt. shift-like forms give the body a continuation that reinstates a prompt
;; of their own kind when applied; control-like forms give it the bare continuation.
;; (Felleisen 1988; Danvy and Filinski 1990; Sitaram 1993; Shan 2004.)
(provide abort % fcontrol
         prompt control prompt-at control-at
         reset shift reset-at shift-at
         prompt0 reset0 control0 shift0
         prompt0-at reset0-at control0-at shift0-at
         new-prompt set cupto)

(define (abort . vs)
  (abort-current-continuation (default-continuation-prompt-tag) (lambda () (apply values vs))))

;; a prompt for tag; zero?: the 0 variant
(define (run-prompt tag zero? thunk)
  (call-with-continuation-prompt
   thunk tag
   (case-lambda
     [(body) (body)] ; an abort of the default handler's kind (abort, or any thunk)
     [(control-zero? body)
      (if (and zero? control-zero?)
          (body)
          (run-prompt tag zero? body))])))

;; the composable continuation up to tag's prompt, given (reinstated as the form says) to f,
;; whose result the prompt's handler gives
(define (run-control tag zero? reinstate f)
  (call-with-composable-continuation
   (lambda (k) (abort-current-continuation tag zero? (lambda () (f (reinstate k)))))
   tag))

(define (bare k) k)
(define ((with-prompt tag zero?) k)
  (lambda vs (run-prompt tag zero? (lambda () (apply k vs)))))

(define-syntax-rule (prompt-at tag e ...) (run-prompt tag #f (lambda () e ...)))
(define-syntax-rule (prompt0-at tag e ...) (run-prompt tag #t (lambda () e ...)))
(define-syntax-rule (control-at tag k e ...) (let ([t tag]) (run-control t #f bare (lambda (k) e ...))))
(define-syntax-rule (control0-at tag k e ...) (let ([t tag]) (run-control t #t bare (lambda (k) e ...))))
(define-syntax-rule (shift-at tag k e ...) (let ([t tag]) (run-control t #f (with-prompt t #f) (lambda (k) e ...))))
(define-syntax-rule (shift0-at tag k e ...) (let ([t tag]) (run-control t #t (with-prompt t #t) (lambda (k) e ...))))
(define-syntax-rule (reset-at tag e ...) (prompt-at tag e ...))
(define-syntax-rule (reset0-at tag e ...) (prompt0-at tag e ...))

(define-syntax-rule (prompt e ...) (prompt-at (default-continuation-prompt-tag) e ...))
(define-syntax-rule (prompt0 e ...) (prompt0-at (default-continuation-prompt-tag) e ...))
(define-syntax-rule (reset e ...) (prompt-at (default-continuation-prompt-tag) e ...))
(define-syntax-rule (reset0 e ...) (prompt0-at (default-continuation-prompt-tag) e ...))
(define-syntax-rule (control k e ...) (control-at (default-continuation-prompt-tag) k e ...))
(define-syntax-rule (control0 k e ...) (control0-at (default-continuation-prompt-tag) k e ...))
(define-syntax-rule (shift k e ...) (shift-at (default-continuation-prompt-tag) k e ...))
(define-syntax-rule (shift0 k e ...) (shift0-at (default-continuation-prompt-tag) k e ...))

;; Sitaram's % and fcontrol: (% E[(fcontrol v)] h) is (h v (lambda (x) E[x])), outside the %
(define (fcontrol v #:tag [tag (default-continuation-prompt-tag)])
  (call-with-composable-continuation
   (lambda (k) (abort-current-continuation tag v k))
   tag))

(define-syntax %
  (syntax-rules ()
    [(_ e) (prompt e)]
    [(_ e handler) (call-with-continuation-prompt (lambda () e) (default-continuation-prompt-tag) handler)]
    [(_ e handler #:tag tag) (call-with-continuation-prompt (lambda () e) tag handler)]))

;; Gunter, Remy and Riecke's operators
(define (new-prompt) (make-continuation-prompt-tag))
(define-syntax-rule (set p e ...) (prompt-at p e ...))
(define-syntax-rule (cupto p k e ...) (control-at p k e ...))
