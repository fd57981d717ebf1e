#lang racket/base
;; racket/lazy-require: functions whose module is loaded on their first call (Racket 8.7's
;; lazy-require, without #:requires), written for JRacket. A relative module path is
;; resolved against the module that uses lazy-require.
(require (for-syntax racket/base))
(provide lazy-require)

;; the module path to load: a relative file path joined to the using module's directory
(define (resolve-lazy mod vr)
  (if (string? mod)
      (let ([src (variable-reference->module-source vr)])
        (if (path? src)
            (let-values ([(dir name dir?) (split-path src)])
              (if (path? dir) (build-path dir mod) mod))
            mod))
      mod))

;; a procedure named name that loads name from the module on its first call
(define (make-lazy name mod vr)
  (let ([target #f])
    (define (get)
      (or target
          (begin (set! target (dynamic-require (resolve-lazy mod vr) name)) target)))
    (procedure-rename
     (make-keyword-procedure
      (lambda (kws kw-args . args) (keyword-apply (get) kws kw-args args))
      (lambda args (apply (get) args)))
     name)))

(define-syntax (lazy-require stx)
  (syntax-case stx ()
    [(_ [mod (id ...)] ...)
     (with-syntax ([((mod* id*) ...)
                    (apply append
                           (for/list ([m (in-list (syntax->list #'(mod ...)))]
                                      [ids (in-list (syntax->list #'((id ...) ...)))])
                             (for/list ([i (in-list (syntax->list ids))]) (list m i))))])
       #'(begin (define id* (make-lazy 'id* 'mod* (#%variable-reference))) ...))]))
