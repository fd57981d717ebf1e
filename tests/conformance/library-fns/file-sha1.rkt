#lang racket/base
;; file/sha1: hex digests, bytes<->hex strings and their argument errors.
(require file/sha1)
(sha1 (open-input-string "hello"))
(sha1-bytes (open-input-string "hello"))
(sha1-bytes #"hello")
(bytes->hex-string #"\0\1\377abc")
(hex-string->bytes "00ff10Ab")
(sha224-bytes #"x")
(with-handlers ([exn:fail? (lambda (e) (displayln (exn-message e)))]) (hex-string->bytes "abc"))
(with-handlers ([exn:fail? (lambda (e) (displayln (exn-message e)))]) (hex-string->bytes "zz"))
(with-handlers ([exn:fail? (lambda (e) (displayln (exn-message e)))]) (sha1 5))
