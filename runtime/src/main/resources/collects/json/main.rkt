#lang racket/base
;; json: JSON text to and from jsexprs, Racket 8.7's json library written for JRacket.
;; A jsexpr is #t, #f, the json-null value, a string, an exact integer, a finite flonum,
;; a list of jsexprs, or a hash table with symbol keys and jsexpr values.
;;
;; The writer streams to the port: as in Racket, a bad value inside an array or object is
;; reported after the text before it is written. Object keys are written in symbol order.
;; The reader is a recursive descent over the port; its errors are exn:fail:read with
;; Racket's messages and positions ("string::5: string->jsexpr: ...").
(provide json-null jsexpr? write-json read-json
         jsexpr->string jsexpr->bytes string->jsexpr bytes->jsexpr)

(define json-null (make-parameter 'null))

(define (jsexpr? x #:null [jsnull (json-null)])
  (let loop ([x x])
    (or (boolean? x) (eq? x jsnull) (string? x) (exact-integer? x) (finite-flonum? x)
        (and (list? x) (andmap loop x))
        (and (hash? x)
             (for/and ([(k v) (in-hash x)]) (and (symbol? k) (loop v)))))))

(define (finite-flonum? x)
  (and (flonum? x) (not (eqv? x +inf.0)) (not (eqv? x -inf.0)) (not (eqv? x +nan.0))))

;; ---------------------------------------------------------------------------------------
;; writing

(define (write-json x [o (current-output-port)] #:null [jsnull (json-null)] #:encode [enc 'control])
  (write-json* 'write-json x o jsnull enc))

(define (jsexpr->string x #:null [jsnull (json-null)] #:encode [enc 'control])
  (let ([o (open-output-string)])
    (write-json* 'jsexpr->string x o jsnull enc)
    (get-output-string o)))

(define (jsexpr->bytes x #:null [jsnull (json-null)] #:encode [enc 'control])
  (let ([o (open-output-bytes)])
    (write-json* 'jsexpr->bytes x o jsnull enc)
    (get-output-bytes o)))

(define (write-json* who x o jsnull enc)
  (let loop ([x x])
    (cond
      [(eq? x #t) (write-string "true" o)]
      [(eq? x #f) (write-string "false" o)]
      [(eq? x jsnull) (write-string "null" o)]
      [(string? x) (write-json-string x o enc)]
      [(or (exact-integer? x) (finite-flonum? x)) (write-string (number->string x) o)]
      [(list? x)
       (write-string "[" o)
       (unless (null? x)
         (loop (car x))
         (for ([v (in-list (cdr x))])
           (write-string "," o)
           (loop v)))
       (write-string "]" o)]
      [(hash? x)
       (write-string "{" o)
       (for ([k+v (in-list (sorted-pairs x))] [i (in-naturals)])
         (unless (symbol? (car k+v)) (raise-type-error who "legal JSON key value" (car k+v)))
         (unless (zero? i) (write-string "," o))
         (write-json-string (symbol->string (car k+v)) o enc)
         (write-string ":" o)
         (loop (cdr k+v)))
       (write-string "}" o)]
      [else (raise-type-error who "legal JSON value" x)]))
  (void))

;; the table's entries, symbol keys in order (any others first, to be reported)
(define (sorted-pairs h)
  (let ([ps (hash-map h cons)])
    (let-values ([(syms others) (partition-pairs ps)])
      (append others (sort syms symbol<? #:key car)))))

(define (partition-pairs ps)
  (let loop ([ps ps] [syms '()] [others '()])
    (cond [(null? ps) (values syms others)]
          [(symbol? (caar ps)) (loop (cdr ps) (cons (car ps) syms) others)]
          [else (loop (cdr ps) syms (cons (car ps) others))])))

(define (write-json-string s o enc)
  (write-string "\"" o)
  (for ([c (in-string s)])
    (let ([n (char->integer c)])
      (cond
        [(char=? c #\") (write-string "\\\"" o)]
        [(char=? c #\\) (write-string "\\\\" o)]
        [(char=? c #\backspace) (write-string "\\b" o)]
        [(char=? c #\newline) (write-string "\\n" o)]
        [(char=? c #\return) (write-string "\\r" o)]
        [(char=? c #\page) (write-string "\\f" o)]
        [(char=? c #\tab) (write-string "\\t" o)]
        [(or (< n 32) (= n 127)) (write-u-escape n o)]
        [(and (eq? enc 'all) (> n 127))
         (if (> n #xFFFF)
             (let ([m (- n #x10000)])
               (write-u-escape (+ #xD800 (arithmetic-shift m -10)) o)
               (write-u-escape (+ #xDC00 (bitwise-and m #x3FF)) o))
             (write-u-escape n o))]
        [else (write-char c o)])))
  (write-string "\"" o))

(define (write-u-escape n o)
  (let ([h (number->string n 16)])
    (write-string "\\u" o)
    (write-string (make-string (- 4 (string-length h)) #\0) o)
    (write-string h o)))

;; ---------------------------------------------------------------------------------------
;; reading

(define (read-json [i (current-input-port)] #:null [jsnull (json-null)])
  (read-json* 'read-json i jsnull))

(define (string->jsexpr s #:null [jsnull (json-null)])
  (read-json* 'string->jsexpr (open-input-string s) jsnull))

(define (bytes->jsexpr bs #:null [jsnull (json-null)])
  (read-json* 'bytes->jsexpr (open-input-bytes bs) jsnull))

(define (read-json* who i jsnull)
  ;; exn:fail:read at the port's position, or at a location taken before
  (define (fail msg)
    (let-values ([(line col pos) (port-next-location i)]) (fail-at msg line col pos)))
  (define (fail-at msg line col pos)
    (let* ([src (object-name i)]
           [where (if line (format "~a:~a:~a" src line col) (format "~a::~a" src pos))])
      (raise (make-exn:fail:read (format "~a: ~a: ~a" where who msg)
                                 (current-continuation-marks)
                                 (list (srcloc src line col pos 1))))))
  (define (skip-whitespace)
    (let ([c (peek-char i)])
      (when (and (char? c) (char-whitespace? c))
        (read-char i)
        (skip-whitespace))))
  (define (rest-bytes) (let ([b (read-bytes 1000000 i)]) (if (eof-object? b) #"" b)))
  ;; reported where the bad input starts, with all of it
  (define (bad-input)
    (let-values ([(line col pos) (port-next-location i)])
      (fail-at (format "bad input starting ~s" (rest-bytes)) line col pos)))
  ;; a value, the whitespace before it skipped; eof at the top
  (define (read-value top?)
    (skip-whitespace)
    (let ([c (peek-char i)])
      (cond
        [(eof-object? c) (if top? c (fail "unexpected end-of-file"))]
        [(char=? c #\") (read-char i) (read-string-literal)]
        [(char=? c #\[) (read-char i) (read-list)]
        [(char=? c #\{) (read-char i) (read-object)]
        [(char=? c #\t) (read-literal "true" #t)]
        [(char=? c #\f) (read-literal "false" #f)]
        [(char=? c #\n) (read-literal "null" jsnull)]
        [(or (char=? c #\-) (char<=? #\0 c #\9)) (read-number)]
        [else (bad-input)])))
  (define (read-literal word v)
    (let ([got (peek-string (string-length word) 0 i)])
      (cond
        [(equal? got word) (read-string (string-length word) i) v]
        [(or (eof-object? got) (< (string-length got) (string-length word)))
         ;; Racket 8.7 fails this way on a literal cut short by the end of input
         (raise-argument-error 'bytes "byte?" eof)]
        [else (let ([b (rest-bytes)]) (fail (format "bad input starting ~s" b)))])))
  (define (read-list)
    (skip-whitespace)
    (if (eqv? (peek-char i) #\])
        (begin (read-char i) '())
        (let loop ([acc (list (read-value #f))])
          (skip-whitespace)
          (let ([c (read-char i)])
            (cond
              [(eqv? c #\,) (loop (cons (read-value #f) acc))]
              [(eqv? c #\]) (reverse acc)]
              [else (fail "error while parsing a json array")])))))
  (define (read-object)
    (skip-whitespace)
    (let ([c (peek-char i)])
      (cond
        [(eqv? c #\}) (read-char i) #hasheq()]
        [else
         (let loop ([h #hasheq()])
           (let* ([k (read-key)]
                  [_ (skip-whitespace)]
                  [sep (peek-char i)])
             (cond
               [(eof-object? sep) (fail "unexpected end-of-file while parsing a json object pair")]
               [(char=? sep #\:) (read-char i)]
               [else (fail "error while parsing a json object pair")])
             (let ([h (hash-set h k (read-value #f))])
               (skip-whitespace)
               (let ([c (read-char i)])
                 (cond
                   [(eqv? c #\,) (loop h)]
                   [(eqv? c #\}) h]
                   [else (fail "error while parsing a json object")])))))])))
  (define (read-key)
    (skip-whitespace)
    (let ([c (peek-char i)])
      (cond
        [(eof-object? c) (fail "unexpected end-of-file")]
        [(char=? c #\") (read-char i) (string->symbol (read-string-literal))]
        [else (bad-input)])))
  (define (read-string-literal)
    (let ([o (open-output-string)])
      (let loop ()
        (let ([c (read-char i)])
          (cond
            [(eof-object? c) (fail "unterminated string")]
            [(char=? c #\") (get-output-string o)]
            [(char=? c #\\) (write-char (read-escape) o) (loop)]
            [else (write-char c o) (loop)])))))
  (define (read-escape)
    (let ([c (read-char i)])
      (case c
        [(#\") #\"] [(#\\) #\\] [(#\/) #\/]
        [(#\b) #\backspace] [(#\f) #\page] [(#\n) #\newline] [(#\r) #\return] [(#\t) #\tab]
        [(#\u)
         (let ([n (read-hex4)])
           (cond
             [(<= #xD800 n #xDBFF)
              (let ([next (read-string 2 i)])
                (unless (equal? next "\\u")
                  (fail "bad string \\u escape, missing second half of a UTF-16 pair"))
                (let ([m (read-hex4)])
                  (unless (<= #xDC00 m #xDFFF)
                    (fail "bad string \\u escape, bad second half of a UTF-16 pair"))
                  (integer->char (+ #x10000 (arithmetic-shift (- n #xD800) 10) (- m #xDC00)))))]
             [(<= #xDC00 n #xDFFF) #\uFFFD]
             [else (integer->char n)]))]
        [else (fail (format "bad string escape: ~s" (if (eof-object? c) "" (string c))))])))
  (define (read-hex4)
    (let ([s (read-string 4 i)])
      (when (or (eof-object? s) (< (string-length s) 4))
        (raise (make-exn:fail "unexpected end-of-file" (current-continuation-marks))))
      (let ([n (string->number s 16)])
        (unless (and n (for/and ([c (in-string s)]) (or (char<=? #\0 c #\9) (char<=? #\a c #\f) (char<=? #\A c #\F))))
          (fail (format "bad \\u escape ~s" (string->bytes/utf-8 s))))
        n)))
  ;; -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, scanned char by char; computed exactly,
  ;; then made a flonum if it has a fraction or an exponent (as Racket's: -0.0 reads as 0.0)
  (define (read-number)
    (let ([o (open-output-bytes)])
      (define (next) (peek-char i))
      (define (take) (write-char (read-char i) o))
      (define (digit? c) (and (char? c) (char<=? #\0 c #\9)))
      (define (digits!) ; one or more
        (if (digit? (next))
            (let loop () (take) (when (digit? (next)) (loop)))
            (give-up)))
      (define (give-up)
        (let* ([eof? (eof-object? (next))]
               [b (bytes-append (get-output-bytes o) (rest-bytes))])
          (fail (format (if eof? "unexpected end-of-fileafter ~s" "bad input starting ~s") b))))
      (when (eqv? (next) #\-) (take))
      (cond [(eqv? (next) #\0) (take)]
            [else (digits!)])
      (when (eqv? (next) #\.) (take) (digits!))
      (when (memv (next) '(#\e #\E))
        (take)
        (when (memv (next) '(#\+ #\-)) (take))
        (digits!))
      (token->number (get-output-bytes o))))
  (read-value #t))

(define (token->number token)
  ;; token: -?digits(.digits)?([eE][+-]?digits)?, already checked
  (let* ([s (bytes->string/utf-8 token)]
         [n (string-length s)]
         [neg? (char=? (string-ref s 0) #\-)]
         [int-start (if neg? 1 0)]
         [dot (let loop ([k int-start]) (cond [(= k n) #f] [(char=? (string-ref s k) #\.) k] [(memv (string-ref s k) '(#\e #\E)) #f] [else (loop (add1 k))]))]
         [e-at (let loop ([k int-start]) (cond [(= k n) #f] [(memv (string-ref s k) '(#\e #\E)) k] [else (loop (add1 k))]))]
         [int-end (or dot e-at n)]
         [int (string->number (substring s int-start int-end))]
         [frac (and dot (substring s (add1 dot) (or e-at n)))]
         [mant (if frac (+ int (/ (string->number frac) (expt 10 (string-length frac)))) int)]
         [e (if e-at
                (let ([t (substring s (add1 e-at))])
                  (string->number (if (char=? (string-ref t 0) #\+) (substring t 1) t)))
                0)]
         [v (* (if neg? -1 1) mant (expt 10 e))])
    (if (or dot e-at) (exact->inexact v) v)))
