;; racket/base's file-port procedures with keyword arguments.  The kernel
;; supplies positional primitives (open-input-file* PATH and
;; open-output-file* PATH EXISTS-SYMBOL, which raise Racket's filesystem
;; errors under the names open-input-file / open-output-file); everything
;; here checks the keyword values and manages closing the ports.
(module io-fns "pre-base.rkt"
  (#%provide open-input-file open-output-file open-input-output-file
             call-with-input-file call-with-output-file
             call-with-input-file* call-with-output-file*
             with-input-from-file with-output-to-file
             make-directory* directory-list)

  (define exists-modes
    '(error append update can-update replace truncate must-truncate truncate/replace))

  (define (check-path who p)
    (unless (path-string? p) (raise-argument-error who "path-string?" p)))

  ;; #:mode only matters on Windows ('text converts line endings), so it
  ;; is checked and then ignored.
  (define (check-mode who mode)
    (unless (memq mode '(binary text))
      (raise-argument-error who "(or/c 'binary 'text)" mode)))

  (define (check-exists who exists)
    (unless (memq exists exists-modes)
      (raise-argument-error
       who "(or/c 'error 'append 'update 'can-update 'replace 'truncate 'must-truncate 'truncate/replace)"
       exists)))

  (define (check-proc who proc arity expected)
    (unless (and (procedure? proc) (procedure-arity-includes? proc arity))
      (raise-argument-error who expected proc)))

  (define (open-input-file path #:mode [mode 'binary] #:for-module? [for-module? #f])
    (check-path 'open-input-file path)
    (check-mode 'open-input-file mode)
    (open-input-file* path))

  (define (open-output-file path #:mode [mode 'binary] #:exists [exists 'error]
                            #:permissions [perms #o666] #:replace-permissions? [replace? #f])
    (check-path 'open-output-file path)
    (check-mode 'open-output-file mode)
    (check-exists 'open-output-file exists)
    (open-output-file* path exists))

  ;; Two ports on one file: an output port opened first (so 'error and
  ;; friends apply), then an input port reading the same file.
  (define (open-input-output-file path #:mode [mode 'binary] #:exists [exists 'error]
                                  #:permissions [perms #o666] #:replace-permissions? [replace? #f])
    (check-path 'open-input-output-file path)
    (check-mode 'open-input-output-file mode)
    (check-exists 'open-input-output-file exists)
    (let ([out (open-output-file* path exists)])
      (values (open-input-file* path) out)))

  ;; Runs (proc port) and closes the port when proc returns normally
  ;; (not on escape, as in Racket), passing all of proc's results on.
  (define (call-then-close proc port close)
    (call-with-values (lambda () (proc port))
                      (lambda results (close port) (apply values results))))

  (define (call-with-input-file path proc #:mode [mode 'binary])
    (check-path 'call-with-input-file path)
    (check-proc 'call-with-input-file proc 1 "(input-port? . -> . any)")
    (check-mode 'call-with-input-file mode)
    (call-then-close proc (open-input-file* path) close-input-port))

  (define (call-with-output-file path proc #:mode [mode 'binary] #:exists [exists 'error]
                                 #:permissions [perms #o666] #:replace-permissions? [replace? #f])
    (check-path 'call-with-output-file path)
    (check-proc 'call-with-output-file proc 1 "(output-port? . -> . any)")
    (check-mode 'call-with-output-file mode)
    (check-exists 'call-with-output-file exists)
    (call-then-close proc (open-output-file* path exists) close-output-port))

  ;; The * variants close the port however proc is left.
  (define (call-with-input-file* path proc #:mode [mode 'binary])
    (check-path 'call-with-input-file* path)
    (check-proc 'call-with-input-file* proc 1 "(input-port? . -> . any)")
    (check-mode 'call-with-input-file* mode)
    (let ([p (open-input-file* path)])
      (dynamic-wind void (lambda () (proc p)) (lambda () (close-input-port p)))))

  (define (call-with-output-file* path proc #:mode [mode 'binary] #:exists [exists 'error]
                                  #:permissions [perms #o666] #:replace-permissions? [replace? #f])
    (check-path 'call-with-output-file* path)
    (check-proc 'call-with-output-file* proc 1 "(output-port? . -> . any)")
    (check-mode 'call-with-output-file* mode)
    (check-exists 'call-with-output-file* exists)
    (let ([p (open-output-file* path exists)])
      (dynamic-wind void (lambda () (proc p)) (lambda () (close-output-port p)))))

  (define (with-input-from-file path thunk #:mode [mode 'binary])
    (check-path 'with-input-from-file path)
    (check-proc 'with-input-from-file thunk 0 "(-> any)")
    (check-mode 'with-input-from-file mode)
    (call-then-close (lambda (p) (parameterize ([current-input-port p]) (thunk)))
                     (open-input-file* path) close-input-port))

  (define (with-output-to-file path thunk #:mode [mode 'binary] #:exists [exists 'error]
                               #:permissions [perms #o666] #:replace-permissions? [replace? #f])
    (check-path 'with-output-to-file path)
    (check-proc 'with-output-to-file thunk 0 "(-> any)")
    (check-mode 'with-output-to-file mode)
    (check-exists 'with-output-to-file exists)
    (call-then-close (lambda (p) (parameterize ([current-output-port p]) (thunk)))
                     (open-output-file* path exists) close-output-port))

  ;; The kernel's directory-list (sorted names) plus #:build?, which
  ;; prefixes each name with the directory.
  (#%require (rename '#%kernel kernel-directory-list directory-list))
  (define (directory-list [dir (current-directory)] #:build? [build? #f])
    (let ([names (kernel-directory-list dir)])
      (if build?
          (map (lambda (n) (build-path dir n)) names)
          names)))

  ;; Creates the directory and any missing parents; an existing directory is fine.
  (define (make-directory* dir)
    (check-path 'make-directory* dir)
    (let-values ([(base name dir?) (split-path (path->complete-path dir))])
      (when (and (path? base) (not (directory-exists? base)))
        (make-directory* base))
      (unless (directory-exists? dir)
        (with-handlers ([exn:fail:filesystem:exists? void])
          (make-directory dir))))))
