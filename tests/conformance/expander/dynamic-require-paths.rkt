#lang racket/base
;; dynamic-require with a path value, a (file ...) path, and a bad module path
(define-values (dir) (let-values ([(d n m) (split-path (variable-reference->module-source (#%variable-reference)))]) d))
(displayln (dynamic-require (build-path dir "dr" "provider.rkt") 'x))
(displayln (dynamic-require `(file ,(path->string (build-path dir "dr" "provider.rkt"))) 'x))
(displayln (with-handlers ([exn:fail:contract? exn-message]) (dynamic-require 5 #f)))
