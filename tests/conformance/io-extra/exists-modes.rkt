#lang racket/base
;; Every #:exists mode of open-output-file on existing and missing files.
(require racket/file)

(define dir "io-extra-tmp-exists")
(when (directory-exists? dir) (delete-directory/files dir))
(make-directory dir)
(define (p name) (build-path dir name))
(define (first-line s) (car (regexp-split #rx"\n" s)))

(define (try mode name text)
  (with-handlers ([exn:fail:filesystem?
                   (lambda (e)
                     (printf "~a on ~a: ~a exists? ~s\n" mode name
                             (first-line (exn-message e))
                             (exn:fail:filesystem:exists? e)))])
    (call-with-output-file (p name) #:exists mode
      (lambda (out) (write-string text out)))
    (printf "~a on ~a: ~s\n" mode name (file->string (p name)))))

(for ([mode '(error append update can-update replace truncate must-truncate truncate/replace)])
  (display-to-file "original" (p "old.txt") #:exists 'truncate)
  (try mode "old.txt" "NEW")
  (when (file-exists? (p "missing.txt")) (delete-file (p "missing.txt")))
  (try mode "missing.txt" "NEW"))

(with-handlers ([exn:fail:contract? (lambda (e) (printf "bad mode: ~a\n" (exn-message e)))])
  (open-output-file (p "x.txt") #:exists 'sideways))

(define out (open-output-file (p "two.txt")))
(void (write-string "first" out))
(close-output-port out)
(with-handlers ([exn:fail:filesystem:exists?
                 (lambda (e) (printf "second open: ~a\n" (first-line (exn-message e))))])
  (open-output-file (p "two.txt")))

(delete-directory/files dir)
(printf "cleaned up: ~s\n" (not (directory-exists? dir)))
