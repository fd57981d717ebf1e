;; Loaded with -f: module->namespace of a top-level module that was required; set! of a
;; variable the module never assigns is refused as Racket's module constants are.
(module m racket/base (provide f) (define x 1) (define counter 0) (define (f) (set! counter (add1 counter)) (* x 10)))
(require 'm)
(define mns (module->namespace ''m))
(printf "~s\n" (eval '(list x (f) counter) mns))
(printf "~s\n" (with-handlers ([exn:fail:contract:variable? exn-message]) (eval '(set! x 5) mns)))
(eval '(set! counter 10) mns)
(printf "~s\n" (eval 'counter mns))
(module n racket/base (define y 1))
(printf "~s\n" (with-handlers ([exn:fail? exn-message]) (module->namespace ''n)))
