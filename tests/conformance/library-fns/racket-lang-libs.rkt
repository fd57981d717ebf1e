#lang racket
;; #lang racket provides racket/port, racket/file, racket/path, racket/sequence and
;; racket/bytes as Racket 8.7's does, and racket/bool's false? and racket/file's mode bits.
(define tmp (make-temporary-file "jrkt~a"))
(display-lines-to-file '("one" "two") tmp #:exists 'replace)
(displayln (file->lines tmp))
(displayln (port->string (open-input-string "port->string")))
(displayln (with-output-to-string (lambda () (display "with-output-to-string"))))
(displayln (call-with-output-string (lambda (o) (write "written" o))))
(displayln (with-input-from-string "(a b) 42" (lambda () (list (read) (read)))))
(displayln (port->lines (open-input-string "x\ny")))
(displayln (sequence->list (in-range 3)))
(displayln (sequence-length (in-list '(a b c d))))
(displayln (path-only "/a/b/c.txt"))
(displayln (file-name-from-path "/a/b/c.txt"))
(displayln (path-get-extension "/a/b/c.txt"))
(displayln (bytes-join (list #"a" #"b") #","))
(displayln (list (false? #f) (false? 0) (false? '())))
(displayln (list user-read-bit user-permission-bits directory-type-bits regular-file-type-bits
                 (bitwise-and (file-or-directory-permissions tmp 'bits) user-read-bit)))
(delete-file tmp)
