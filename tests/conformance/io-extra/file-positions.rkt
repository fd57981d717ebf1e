#lang racket/base
;; file-position on file ports: reading from a position, overwriting in
;; place with #:exists 'update, and moving to the end.
(require racket/file)

(define dir "io-extra-tmp-positions")
(when (directory-exists? dir) (delete-directory/files dir))
(make-directory dir)
(define f (build-path dir "data.txt"))
(display-to-file "0123456789abcdef" f)

(call-with-input-file f
  (lambda (in)
    (printf "start: ~s\n" (file-position in))
    (printf "read 3: ~s\n" (read-string 3 in))
    (printf "after: ~s\n" (file-position in))
    (file-position in 10)
    (printf "at 10: ~s\n" (read-char in))
    (file-position in 2)
    (printf "back at 2: ~s\n" (read-string 4 in))
    (printf "peek does not move: ~s ~s\n" (peek-char in) (file-position in))
    (file-position in 100)
    (printf "past the end: ~s\n" (read-char in))))

(call-with-output-file f #:exists 'update
  (lambda (out)
    (printf "update starts at: ~s\n" (file-position out))
    (file-position out 4)
    (write-string "XY" out)
    (printf "after write: ~s\n" (file-position out))
    (file-position out eof)
    (printf "at eof: ~s\n" (file-position out))
    (write-string "!" out)))
(printf "content: ~s\n" (file->string f))

(call-with-output-file f #:exists 'append
  (lambda (out) (write-string "++" out)))
(printf "appended: ~s\n" (file->string f))

(define sp (open-output-bytes))
(void (write-bytes #"hello" sp))
(printf "string port position: ~s\n" (file-position sp))
(file-position sp 1)
(void (write-bytes #"E" sp))
(printf "rewritten: ~s at ~s\n" (get-output-bytes sp) (file-position sp))

(define-values (pin pout) (make-pipe))
(void (write-string "abc" pout))
(void (read-char pin))
(printf "pipe positions: ~s ~s\n" (file-position pin) (file-position pout))
(with-handlers ([exn:fail? (lambda (e) (printf "pipe seek: ~a\n" (car (regexp-split #rx"\n" (exn-message e)))))])
  (file-position pin 0))

(delete-directory/files dir)
(printf "cleaned up: ~s\n" (not (directory-exists? dir)))
