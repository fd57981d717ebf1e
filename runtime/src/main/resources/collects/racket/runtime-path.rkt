#lang racket/base
;; racket/runtime-path: define-runtime-path and define-runtime-paths (Racket 8.7's API for
;; paths relative to the defining module's source), written for JRacket.
(require (for-syntax racket/base))
(provide define-runtime-path define-runtime-paths runtime-require)

;; the directory of the module that vr is in (the current directory outside a module file)
(define (module-directory vr)
  (let ([src (variable-reference->module-source vr)])
    (or (and (path? src)
             (let-values ([(dir name dir?) (split-path src)]) (and (path? dir) dir)))
        (current-directory))))

(define (runtime-path who vr p)
  (cond [(path? p) (if (complete-path? p) p (build-path (module-directory vr) p))]
        [(string? p) (if (complete-path? p) (string->path p) (build-path (module-directory vr) p))]
        [else (raise-argument-error who "(or/c path-string? path?)" p)]))

(define-syntax (define-runtime-path stx)
  (syntax-case stx ()
    [(_ id expr)
     (identifier? #'id)
     #'(define id (runtime-path 'define-runtime-path (#%variable-reference) expr))]))

(define-syntax (define-runtime-paths stx)
  (syntax-case stx ()
    [(_ (id ...) expr)
     #'(define-values (id ...)
         (let ([vr (#%variable-reference)])
           (call-with-values (lambda () expr)
                             (lambda ps (apply values (map (lambda (p) (runtime-path 'define-runtime-paths vr p)) ps))))))]))

;; a module path the program needs at run time: here, an ordinary require
(define-syntax (runtime-require stx)
  (syntax-case stx ()
    [(_ mod) #'(require mod)]))
