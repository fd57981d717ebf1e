;; racket/file: reading and writing whole files, directory trees and
;; temporary files, over racket/base's file ports and filesystem primitives.
(module file "private/pre-base.rkt"
  (#%require "private/list-base.rkt" "private/io-fns.rkt" "port.rkt")
  (#%provide file->string file->bytes file->value file->list file->lines file->bytes-lines
             display-to-file write-to-file display-lines-to-file
             delete-directory/files copy-directory/files find-files fold-files
             make-parent-directory* make-temporary-file make-temporary-directory
             user-read-bit user-write-bit user-execute-bit group-read-bit group-write-bit
             group-execute-bit other-read-bit other-write-bit other-execute-bit
             user-permission-bits group-permission-bits other-permission-bits
             set-user-id-bit set-group-id-bit sticky-bit file-type-bits socket-type-bits
             symbolic-link-type-bits regular-file-type-bits block-device-type-bits
             directory-type-bits character-device-type-bits fifo-type-bits)

  ;; The mode bits of file-or-directory-permissions and file-or-directory-stat (POSIX's).
  (define user-read-bit #o400)
  (define user-write-bit #o200)
  (define user-execute-bit #o100)
  (define group-read-bit #o40)
  (define group-write-bit #o20)
  (define group-execute-bit #o10)
  (define other-read-bit #o4)
  (define other-write-bit #o2)
  (define other-execute-bit #o1)
  (define user-permission-bits #o700)
  (define group-permission-bits #o70)
  (define other-permission-bits #o7)
  (define set-user-id-bit #o4000)
  (define set-group-id-bit #o2000)
  (define sticky-bit #o1000)
  (define file-type-bits #o170000)
  (define socket-type-bits #o140000)
  (define symbolic-link-type-bits #o120000)
  (define regular-file-type-bits #o100000)
  (define block-device-type-bits #o60000)
  (define directory-type-bits #o40000)
  (define character-device-type-bits #o20000)
  (define fifo-type-bits #o10000)

  (define (check-path who p)
    (unless (path-string? p) (raise-argument-error who "path-string?" p)))

  (define (check-mode who mode)
    (unless (memq mode '(binary text))
      (raise-argument-error who "(or/c 'binary 'text)" mode)))

  ;; Opens f, applies read-it to the port, closes it however read-it ends.
  (define (read-file who f mode read-it)
    (check-path who f)
    (check-mode who mode)
    (call-with-input-file* f read-it))

  (define (file->string f #:mode [mode 'binary])
    (read-file 'file->string f mode port->string))

  (define (file->bytes f #:mode [mode 'binary])
    (read-file 'file->bytes f mode port->bytes))

  (define (file->value f #:mode [mode 'binary])
    (read-file 'file->value f mode read))

  (define (file->list f [r read] #:mode [mode 'binary])
    (read-file 'file->list f mode (lambda (in) (port->list r in))))

  (define (file->lines f #:line-mode [line-mode 'any] #:mode [mode 'binary])
    (read-file 'file->lines f mode (lambda (in) (port->lines in #:line-mode line-mode))))

  (define (file->bytes-lines f #:line-mode [line-mode 'any] #:mode [mode 'binary])
    (read-file 'file->bytes-lines f mode (lambda (in) (port->bytes-lines in #:line-mode line-mode))))

  (define (write-file who f mode exists write-it)
    (check-path who f)
    (check-mode who mode)
    (call-with-output-file* f write-it #:exists exists))

  (define (display-to-file v f #:mode [mode 'binary] #:exists [exists 'error])
    (write-file 'display-to-file f mode exists (lambda (out) (display v out))))

  (define (write-to-file v f #:mode [mode 'binary] #:exists [exists 'error])
    (write-file 'write-to-file f mode exists (lambda (out) (write v out))))

  (define (display-lines-to-file lst f #:separator [sep "\n"] #:mode [mode 'binary]
                                 #:exists [exists 'error])
    (unless (list? lst) (raise-argument-error 'display-lines-to-file "list?" lst))
    (write-file 'display-lines-to-file f mode exists
                (lambda (out) (for-each (lambda (x) (display x out) (display sep out)) lst))))

  ;; Deletes a file, or a directory with everything in it.
  (define (delete-directory/files path #:must-exist? [must-exist? #t])
    (check-path 'delete-directory/files path)
    (cond
      [(or (file-exists? path) (eq? (file-or-directory-type path) 'link))
       (delete-file path)]
      [(directory-exists? path)
       (for-each (lambda (e) (delete-directory/files (build-path path e)))
                 (directory-list path))
       (delete-directory path)]
      [must-exist?
       (raise (exn:fail:filesystem
               (string-append "delete-directory/files: encountered "
                              (if (path? path) (path->string path) path)
                              ", neither a file nor a directory")
               (current-continuation-marks)))]
      [else (void)]))

  (define (copy-directory/files src dest #:keep-modify-seconds? [keep? #f]
                                #:preserve-links? [links? #f])
    (cond
      [(file-exists? src) (copy-file src dest)]
      [(directory-exists? src)
       (make-directory dest)
       (for-each (lambda (e) (copy-directory/files (build-path src e) (build-path dest e)))
                 (directory-list src))]
      [else
       (raise (exn:fail:filesystem
               (string-append "copy-directory/files: encountered "
                              (if (path? src) (path->string src) src)
                              ", neither a file nor a directory")
               (current-continuation-marks)))]))

  ;; Pre-order walk: (f path kind acc) for the start and everything under
  ;; it, kind being 'file, 'dir or 'link.  For a directory f may return
  ;; (values acc #f) to skip its contents.  Without a start, paths are
  ;; relative to the current directory.
  (define (fold-files f init [start #f] [follow-links? #t])
    (define (kind-of p)
      (cond [(and (not follow-links?) (eq? (file-or-directory-type p) 'link)) 'link]
            [(directory-exists? p) 'dir]
            [else 'file]))
    (define (children dir acc)
      (let loop ([es (directory-list (or dir (current-directory)))] [acc acc])
        (if (null? es)
            acc
            (loop (cdr es) (walk (if dir (build-path dir (car es)) (car es)) acc)))))
    (define (walk p acc)
      (let ([kind (kind-of p)])
        (if (eq? kind 'dir)
            (call-with-values (lambda () (f p kind acc))
                              (case-lambda
                                [(acc) (children p acc)]
                                [(acc descend?) (if descend? (children p acc) acc)]))
            (f p kind acc))))
    (if start (walk start init) (children #f init)))

  (define (find-files pred [start #f] #:skip-filtered-directory? [skip? #f]
                      #:follow-links? [follow? #f])
    (reverse
     (fold-files (lambda (p kind acc)
                   (let ([keep? (pred p)])
                     (if (and (eq? kind 'dir) skip? (not keep?))
                         (values acc #f)
                         (if keep? (cons p acc) acc))))
                 '() start follow?)))

  (define (make-parent-directory* p)
    (check-path 'make-parent-directory* p)
    (let-values ([(base name dir?) (split-path (path->complete-path p))])
      (when (path? base) (make-directory* base))))

  (define (temp-dir)
    (or (let ([t (getenv "TMPDIR")]) (and t (directory-exists? t) t))
        (if (directory-exists? "/var/tmp") "/var/tmp" "/tmp")))

  ;; Tries names from the template (a format string with one ~a) until one
  ;; can be created.
  (define (make-temp who template dir make)
    (let ([dir (or dir (temp-dir))])
      (let loop ([n 0])
        (let ([p (build-path dir (format template (+ (current-milliseconds) n)))])
          (if (with-handlers ([exn:fail:filesystem:exists? (lambda (e) #f)]) (make p) #t)
              p
              (loop (add1 n)))))))

  (define (make-temporary-file [template "rkttmp~a"] [copy-from #f] [dir #f])
    (make-temp 'make-temporary-file template dir
               (lambda (p)
                 (if (and copy-from (not (eq? copy-from 'directory)))
                     (copy-file copy-from p)
                     (if (eq? copy-from 'directory)
                         (make-directory p)
                         (close-output-port (open-output-file p)))))))

  (define (make-temporary-directory [template "rkttmp~a"] #:base-dir [dir #f])
    (make-temp 'make-temporary-directory template dir make-directory)))
