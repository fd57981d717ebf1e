#lang racket/base
;; file/sha1: SHA-1 digests as hex strings, and hex strings to and from bytes (Racket 8.7's
;; API), over racket/base's sha1-bytes.
(provide sha1 sha1-bytes bytes->hex-string hex-string->bytes)

(define (sha1 in [start 0] [end #f])
  (unless (or (bytes? in) (input-port? in))
    (raise-argument-error 'sha1-bytes "(lambda (p) (or (bytes? p) (input-port? p)))" in))
  (bytes->hex-string (sha1-bytes in start end)))

(define hex-digits "0123456789abcdef")

(define (bytes->hex-string bs)
  (unless (bytes? bs) (raise-argument-error 'bytes->hex-string "bytes?" bs))
  (let* ([n (bytes-length bs)] [s (make-string (* 2 n))])
    (for ([b (in-bytes bs)] [i (in-naturals)])
      (string-set! s (* 2 i) (string-ref hex-digits (arithmetic-shift b -4)))
      (string-set! s (add1 (* 2 i)) (string-ref hex-digits (bitwise-and b 15))))
    s))

(define (hex-digit-value c)
  (cond [(char<=? #\0 c #\9) (- (char->integer c) 48)]
        [(char<=? #\a c #\f) (- (char->integer c) 87)]
        [(char<=? #\A c #\F) (- (char->integer c) 55)]
        [else #f]))

(define (hex-string->bytes s)
  (unless (and (string? s) (even? (string-length s))
               (for/and ([c (in-string s)]) (hex-digit-value c)))
    (raise-argument-error 'hex-string->bytes "(and/c string? #px\"^([[:xdigit:]]{2})*$\")" s))
  (let ([bs (make-bytes (quotient (string-length s) 2))])
    (for ([i (in-range (bytes-length bs))])
      (bytes-set! bs i (+ (* 16 (hex-digit-value (string-ref s (* 2 i))))
                          (hex-digit-value (string-ref s (add1 (* 2 i)))))))
    bs))
