;; racket/base functions that are simplest in Racket and are not kernel
;; primitives: hash copying helpers and immutable string appending.
(module misc-fns "pre-base.rkt"
  (#%require '#%base-support)
  (#%provide hash-map/copy hash-copy-clear string-append-immutable
             sha1-bytes sha224-bytes sha256-bytes real->double-flonum inexact-real?
             vector*-length vector*-ref vector*-set! unbox* set-box*!
             check-duplicate-identifier)

  ;; the first identifier in ids that is bound-identifier=? to an earlier one, or #f
  (define (check-duplicate-identifier ids)
    (unless (and (list? ids) (andmap identifier? ids))
      (raise-argument-error 'check-duplicate-identifier "(listof identifier?)" ids))
    (let loop ([ids ids] [seen '()])
      (cond [(null? ids) #f]
            [(ormap (lambda (s) (bound-identifier=? s (car ids))) seen) (car ids)]
            [else (loop (cdr ids) (cons (car ids) seen))])))

  ;; (sha1-bytes in [start end]): in is a byte string or an input port (read from start to
  ;; end, or to eof); the digest comes from the JDK's MessageDigest.
  (define (make-sha who algorithm)
    (lambda (in [start 0] [end #f])
      (unless (or (bytes? in) (input-port? in))
        (raise-argument-error who "(lambda (p) (or (bytes? p) (input-port? p)))" in))
      (digest algorithm
              (if (bytes? in)
                  (subbytes in start (or end (bytes-length in)))
                  (let ([o (open-output-bytes)])
                    (when (positive? start) (read-bytes start in))
                    (let loop ([left (and end (- end start))])
                      (let ([b (read-bytes (if left (min left 4096) 4096) in)])
                        (unless (or (eof-object? b) (eqv? left 0))
                          (write-bytes b o)
                          (loop (and left (- left (bytes-length b)))))))
                    (get-output-bytes o))))))
  (define sha1-bytes (make-sha 'sha1-bytes "SHA-1"))
  (define sha224-bytes (make-sha 'sha224-bytes "SHA-224"))
  (define sha256-bytes (make-sha 'sha256-bytes "SHA-256"))

  (define (real->double-flonum x)
    (unless (real? x) (raise-argument-error 'real->double-flonum "real?" x))
    (exact->inexact x))

  (define (inexact-real? v) (and (real? v) (inexact? v)))

  ;; The * forms refuse impersonators, which this runtime does not have.
  (define (vector*-length v)
    (unless (vector? v) (raise-argument-error 'vector*-length "(and/c vector? (not impersonator?))" v))
    (vector-length v))
  (define (vector*-ref v i)
    (unless (vector? v) (raise-argument-error 'vector*-ref "(and/c vector? (not impersonator?))" v))
    (vector-ref v i))
  (define (vector*-set! v i x)
    (unless (vector? v) (raise-argument-error 'vector*-set! "(and/c vector? (not impersonator?))" v))
    (vector-set! v i x))
  (define (unbox* b)
    (unless (box? b) (raise-argument-error 'unbox* "(and/c box? (not impersonator?))" b))
    (unbox b))
  (define (set-box*! b x)
    (unless (box? b) (raise-argument-error 'set-box*! "(and/c box? (not impersonator?))" b))
    (set-box! b x))

  ;; A new hash of the same kind (equality, mutability, weakness) as `h`,
  ;; without its entries; #:kind overrides mutability.
  (define (empty-like who h kind)
    (unless (hash? h) (raise-argument-error who "hash?" h))
    (let ([immutable (if kind (eq? kind 'immutable) (immutable? h))])
      (cond
        [immutable
         (cond [(hash-eq? h) (hasheq)]
               [(hash-eqv? h) (hasheqv)]
               [else (hash)])]
        [(hash-weak? h)
         (cond [(hash-eq? h) (make-weak-hasheq)]
               [(hash-eqv? h) (make-weak-hasheqv)]
               [else (make-weak-hash)])]
        [else
         (cond [(hash-eq? h) (make-hasheq)]
               [(hash-eqv? h) (make-hasheqv)]
               [else (make-hash)])])))

  (define (hash-copy-clear h #:kind [kind #f])
    (empty-like 'hash-copy-clear h kind))

  ;; f answers two values: the new key and the new value
  (define (hash-map/copy h f #:kind [kind #f])
    (unless (and (procedure? f) (procedure-arity-includes? f 2))
      (unless (hash? h) (raise-argument-error 'hash-map/copy "hash?" h))
      (raise-argument-error 'hash-map/copy "(procedure-arity-includes/c 2)" f))
    (let ([new (empty-like 'hash-map/copy h kind)])
      (let loop ([i (hash-iterate-first h)] [acc new])
        (if i
            (let-values ([(k v) (f (hash-iterate-key h i) (hash-iterate-value h i))])
              (if (immutable? acc)
                  (loop (hash-iterate-next h i) (hash-set acc k v))
                  (begin (hash-set! acc k v)
                         (loop (hash-iterate-next h i) acc))))
            acc))))

  (define (string-append-immutable . strs)
    (let loop ([l strs] [i 0])
      (unless (null? l)
        (unless (string? (car l))
          (apply raise-argument-error 'string-append-immutable "string?" i strs))
        (loop (cdr l) (add1 i))))
    (string->immutable-string (apply string-append strs))))
