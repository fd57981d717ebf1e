;; racket/path: file names, extensions and relative paths, over racket/base's
;; path primitives (split-path, explode-path, simplify-path, ...).
(module path "private/pre-base.rkt"
  (#%require "private/list-base.rkt")
  (#%provide file-name-from-path path-only path-get-extension path-has-extension?
             filename-extension path-element? find-relative-path simple-form-path
             normalize-path some-system-path->string string->some-system-path)

  (define (->path who p)
    (cond [(path? p) p]
          [(path-string? p) (string->path p)]
          [else (raise-argument-error who "(or/c path-string? path-for-some-system?)" p)]))

  ;; The last element of p when it names a file (not a directory), else #f.
  (define (file-name who p)
    (let-values ([(base name dir?) (split-path (->path who p))])
      (and (not dir?) (path? name) name)))

  (define (file-name-from-path p) (file-name 'file-name-from-path p))

  ;; The directory part of p; p itself when it is syntactically a directory.
  (define (path-only p)
    (let-values ([(base name dir?) (split-path (->path 'path-only p))])
      (cond [dir? (path->directory-path (->path 'path-only p))]
            [(path? base) base]
            [else #f])))

  ;; Index of the dot starting the extension of the name bytes, or #f: the
  ;; last dot, not leading the name and followed by at least one byte.
  (define (extension-start bs)
    (let loop ([i (sub1 (bytes-length bs))])
      (cond [(<= i 0) #f]
            [(eqv? (bytes-ref bs i) 46)
             (and (< i (sub1 (bytes-length bs))) i)]
            [else (loop (sub1 i))])))

  (define (path-get-extension p)
    (let ([name (file-name 'path-get-extension p)])
      (and name
           (let* ([bs (path->bytes name)] [i (extension-start bs)])
             (and i (subbytes bs i))))))

  (define (path-has-extension? p ext)
    (let ([name (file-name 'path-has-extension? p)]
          [ext (if (string? ext) (string->bytes/utf-8 ext) ext)])
      (unless (bytes? ext) (raise-argument-error 'path-has-extension? "(or/c bytes? string?)" ext))
      (and name
           (let* ([bs (path->bytes name)] [n (bytes-length bs)] [e (bytes-length ext)])
             (and (> n e) (equal? (subbytes bs (- n e)) ext))))))

  ;; The old interface: the extension without its dot, as bytes.
  (define (filename-extension p)
    (let ([e (path-get-extension p)])
      (and e (subbytes e 1))))

  (define (path-element? p)
    (and (path? p)
         (let-values ([(base name dir?) (split-path p)])
           (and (eq? base 'relative) (path? name) (not dir?)))))

  ;; A path from directory `dir` to `p`: ups out of what they do not share,
  ;; then down; p unchanged when they share no root.
  (define (find-relative-path dir p #:more-than-root? [more-than-root? #f]
                              #:more-than-same? [more-than-same? #t]
                              #:normalize-case? [normalize-case? #t])
    (let ([ds (explode-path (simplify-path (->path 'find-relative-path dir) #f))]
          [ps (explode-path (simplify-path (->path 'find-relative-path p) #f))])
      (if (and (pair? ds) (pair? ps) (equal? (car ds) (car ps))
               (or (not more-than-root?) (and (pair? (cdr ds)) (pair? (cdr ps))
                                              (equal? (cadr ds) (cadr ps)))))
          (let loop ([ds (cdr ds)] [ps (cdr ps)])
            (cond [(and (pair? ds) (pair? ps) (equal? (car ds) (car ps))) (loop (cdr ds) (cdr ps))]
                  [(and (null? ds) (null? ps)) (if more-than-same? p (build-path 'same))]
                  [else (apply build-path (append (map (lambda (x) 'up) ds) ps))]))
          p)))

  (define (simple-form-path p)
    (simplify-path (path->complete-path (->path 'simple-form-path p)) #f))

  ;; Without symbolic links to resolve this is the simple form.
  (define (normalize-path p [wrt (current-directory)])
    (simplify-path (path->complete-path (->path 'normalize-path p) wrt) #f))

  (define (some-system-path->string p) (path->string p))
  (define (string->some-system-path s kind) (string->path s)))
