#lang racket/base
;; make-base-empty-namespace: racket/base attached, nothing in the top level until required.
(define ns (make-base-empty-namespace))
(namespace? ns)
(parameterize ([current-namespace ns])
  (with-handlers ([exn:fail:syntax? (lambda (e) 'nothing-bound)]) (eval '(+ 1 2))))
(parameterize ([current-namespace ns]) (namespace-require 'racket/base) (eval '(+ 1 2)))
(parameterize ([current-namespace ns]) (eval '(define x 5)) (eval 'x))
(parameterize ([current-namespace (make-base-empty-namespace)])
  (namespace-require 'racket/base)
  (namespace-require 'racket/list)
  (eval '(first '(1 2))))
(parameterize ([current-namespace (make-base-empty-namespace)])
  (with-handlers ([exn:fail? (lambda (e) 'x-not-here)]) (eval 'x)))
