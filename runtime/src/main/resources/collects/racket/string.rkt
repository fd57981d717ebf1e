;; racket/string: the string utilities beyond racket/base.  string-split,
;; string-join, string-trim, string-replace and the prefix/suffix/contains
;; tests are kernel primitives and are re-exported as they are.
(module string "private/pre-base.rkt"
  (#%provide string-append* string-normalize-spaces non-empty-string?
             string-split string-join string-trim string-replace
             string-prefix? string-suffix? string-contains?)

  (define (string-append* . args)
    (apply string-append (apply list* args)))

  (define (non-empty-string? v)
    (and (string? v) (positive? (string-length v))))

  ;; splits on sep (whitespace by default), joins with space
  (define (string-normalize-spaces str [sep #f] [space " "] #:trim? [trim? #t])
    (unless (string? str)
      (raise-argument-error 'string-normalize-spaces "string?" str))
    ;; (the kernel's string-split takes no keywords; it trims by default)
    (string-join (if sep (string-split str sep) (string-split str))
                 space)))
