#lang racket/base
;; A require of a collection that does not exist, and of a missing file in one that does:
;; the first lines of the messages (the collection directories listed after them differ
;; between installations).
(require racket/string)
(define (first-lines n thunk)
  (with-handlers ([exn:fail? (lambda (e)
                               (for ([l (in-list (string-split (exn-message e) "\n"))] [i (in-range n)])
                                 (displayln l))
                               (displayln (list (exn:fail:syntax:missing-module? e))))])
    (thunk)))
(first-lines 3 (lambda () (eval '(module m racket/base (require no-such-collection)) (make-base-namespace))))
(first-lines 3 (lambda () (eval '(module m racket/base (require no-such-collection/sub)) (make-base-namespace))))
(first-lines 2 (lambda () (eval '(module m racket/base (require racket/no-such-file)) (make-base-namespace))))
(first-lines 2 (lambda () (eval '(module m racket/base (require (lib "racket/no-such-file"))) (make-base-namespace))))
