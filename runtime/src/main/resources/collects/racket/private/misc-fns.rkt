;; racket/base functions that are simplest in Racket and are not kernel
;; primitives: hash copying helpers and immutable string appending.
(module misc-fns "pre-base.rkt"
  (#%provide hash-map/copy hash-copy-clear string-append-immutable)

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
