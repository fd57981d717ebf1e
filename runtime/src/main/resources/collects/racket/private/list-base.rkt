;; Higher-order list, vector and hash functions exported by racket/base.
;;
;; These are written in Racket rather than Java on purpose: a continuation
;; captured inside the procedure argument (of `for-each`, `map`, `sort`, ...)
;; must be re-enterable, which only works when the loop itself is ordinary
;; Racket code run by the evaluator.  The loops are named lets with fast paths
;; for the common one- and two-list cases; argument checks happen once, up
;; front, and produce Racket 8.7's exact error messages.
(module list-base "pre-base.rkt"
  (#%require "sort-core.rkt" '#%base-support)
  (provide map for-each andmap ormap
           foldl foldr
           filter remove remq remv remw remove* remq* remv* remw*
           sort
           assf memf findf
           build-list build-vector build-string
           hash-map hash-for-each
           compose compose1)

  ;; ------------------------------------------------------------------
  ;; Error helpers

  (define (contract-error msg)
    (raise (make-exn:fail:contract msg (current-continuation-marks))))

  ;; map/for-each/andmap/ormap share one slow path that finds out exactly
  ;; what is wrong with the arguments (Racket's `gen-map` checks).
  (define (check-map-args who f ls)
    (unless (procedure? f)
      (raise-argument-error who "procedure?" f))
    (let loop ([l ls])
      (unless (null? l)
        (unless (list? (car l))
          (raise-argument-error who "list?" (car l)))
        (loop (cdr l))))
    (let ([len (length (car ls))])
      (let loop ([l (cdr ls)])
        (unless (null? l)
          (unless (= len (length (car l)))
            (contract-error
             (format "~a: all lists must have same size\n  first list length: ~a\n  other list length: ~a\n  procedure: ~e"
                     who len (length (car l)) f)))
          (loop (cdr l)))))
    (unless (procedure-arity-includes? f (length ls))
      (contract-error
       (format "~a: argument mismatch;\n the given procedure's expected number of arguments does not match the given number of lists\n  given procedure: ~a\n  expected: ~a\n  given: ~a\n  argument lists...: ~a"
               who
               (let ([n (object-name f)]) (if (symbol? n) n f))
               (arity->string (procedure-arity f))
               (length ls)
               (apply string-append
                      (let loop ([l ls])
                        (if (null? l)
                            '()
                            (cons (format "\n   ~e" (car l)) (loop (cdr l))))))))))

  (define (arity->string a)
    (cond [(exact-nonnegative-integer? a) (number->string a)]
          [(arity-at-least? a) (format "at least ~a" (arity-at-least-value a))]
          [(null? a) "0"]
          [else (format "~a" a)]))

  (define (good-map-args? f n l)
    (and (procedure? f) (procedure-arity-includes? f n) (list? l)))

  ;; ------------------------------------------------------------------
  ;; map, for-each, andmap, ormap

  (define map
    (case-lambda
      [(f l)
       (if (good-map-args? f 1 l)
           (let loop ([l l] [acc '()])
             (if (null? l)
                 (reverse acc)
                 (loop (cdr l) (cons (f (car l)) acc))))
           (gen-map 'map f (list l)))]
      [(f l1 l2)
       (if (and (good-map-args? f 2 l1) (list? l2) (= (length l1) (length l2)))
           (let loop ([l1 l1] [l2 l2] [acc '()])
             (if (null? l1)
                 (reverse acc)
                 (loop (cdr l1) (cdr l2) (cons (f (car l1) (car l2)) acc))))
           (gen-map 'map f (list l1 l2)))]
      [(f l . ls) (gen-map 'map f (cons l ls))]))

  (define (gen-map who f ls)
    (check-map-args who f ls)
    (let loop ([ls ls] [acc '()])
      (if (null? (car ls))
          (reverse acc)
          (loop (cdrs ls) (cons (apply f (cars ls)) acc)))))

  (define (cars ls)
    (if (null? ls) '() (cons (car (car ls)) (cars (cdr ls)))))
  (define (cdrs ls)
    (if (null? ls) '() (cons (cdr (car ls)) (cdrs (cdr ls)))))

  (define for-each
    (case-lambda
      [(f l)
       (if (good-map-args? f 1 l)
           (let loop ([l l])
             (unless (null? l)
               (f (car l))
               (loop (cdr l))))
           (gen-for-each 'for-each f (list l)))]
      [(f l1 l2)
       (if (and (good-map-args? f 2 l1) (list? l2) (= (length l1) (length l2)))
           (let loop ([l1 l1] [l2 l2])
             (unless (null? l1)
               (f (car l1) (car l2))
               (loop (cdr l1) (cdr l2))))
           (gen-for-each 'for-each f (list l1 l2)))]
      [(f l . ls) (gen-for-each 'for-each f (cons l ls))]))

  (define (gen-for-each who f ls)
    (check-map-args who f ls)
    (let loop ([ls ls])
      (unless (null? (car ls))
        (apply f (cars ls))
        (loop (cdrs ls)))))

  ;; andmap/ormap call `f` on the last element in tail position, as Racket does.
  (define andmap
    (case-lambda
      [(f l)
       (if (good-map-args? f 1 l)
           (if (null? l)
               #t
               (let loop ([l l])
                 (let ([r (cdr l)])
                   (if (null? r)
                       (f (car l))
                       (and (f (car l)) (loop r))))))
           (gen-andmap 'andmap f (list l)))]
      [(f l . ls) (gen-andmap 'andmap f (cons l ls))]))

  (define (gen-andmap who f ls)
    (check-map-args who f ls)
    (if (null? (car ls))
        #t
        (let loop ([ls ls])
          (let ([rs (cdrs ls)])
            (if (null? (car rs))
                (apply f (cars ls))
                (and (apply f (cars ls)) (loop rs)))))))

  (define ormap
    (case-lambda
      [(f l)
       (if (good-map-args? f 1 l)
           (if (null? l)
               #f
               (let loop ([l l])
                 (let ([r (cdr l)])
                   (if (null? r)
                       (f (car l))
                       (or (f (car l)) (loop r))))))
           (gen-ormap 'ormap f (list l)))]
      [(f l . ls) (gen-ormap 'ormap f (cons l ls))]))

  (define (gen-ormap who f ls)
    (check-map-args who f ls)
    (if (null? (car ls))
        #f
        (let loop ([ls ls])
          (let ([rs (cdrs ls)])
            (if (null? (car rs))
                (apply f (cars ls))
                (or (apply f (cars ls)) (loop rs)))))))

  ;; ------------------------------------------------------------------
  ;; foldl, foldr

  (define (check-fold who f init l ls)
    (unless (procedure? f)
      (apply raise-argument-error who "procedure?" 0 f init l ls))
    (let loop ([all (cons l ls)] [i 2])
      (unless (null? all)
        (unless (list? (car all))
          (apply raise-argument-error who "list?" i f init l ls))
        (loop (cdr all) (add1 i))))
    (let ([len (length l)])
      (let loop ([ls ls])
        (unless (null? ls)
          (unless (= len (length (car ls)))
            (contract-error
             (format "~a: given list does not have the same size as the first list: ~e"
                     who (car ls))))
          (loop (cdr ls)))))
    (let ([n (+ 2 (length ls))])
      (unless (procedure-arity-includes? f n)
        (contract-error
         (format "~a: given procedure does not accept ~a arguments: ~e" who n f)))))

  (define foldl
    (case-lambda
      [(f init l)
       (check-fold 'foldl f init l '())
       (let loop ([acc init] [l l])
         (if (null? l)
             acc
             (loop (f (car l) acc) (cdr l))))]
      [(f init l . ls)
       (check-fold 'foldl f init l ls)
       (let loop ([acc init] [ls (cons l ls)])
         (if (null? (car ls))
             acc
             (loop (apply f (append (cars ls) (list acc))) (cdrs ls))))]))

  (define foldr
    (case-lambda
      [(f init l)
       (check-fold 'foldr f init l '())
       (let loop ([l l])
         (if (null? l)
             init
             (f (car l) (loop (cdr l)))))]
      [(f init l . ls)
       (check-fold 'foldr f init l ls)
       (let loop ([ls (cons l ls)])
         (if (null? (car ls))
             init
             (apply f (append (cars ls) (list (loop (cdrs ls)))))))]))

  ;; ------------------------------------------------------------------
  ;; filter and removal

  (define (filter f l)
    (unless (and (procedure? f) (procedure-arity-includes? f 1))
      (raise-argument-error 'filter "(any/c . -> . any/c)" f))
    (unless (list? l)
      (raise-argument-error 'filter "list?" l))
    ;; accumulate-and-reverse keeps the loop iterative for long lists
    (let loop ([l l] [acc '()])
      (if (null? l)
          (reverse acc)
          (let ([x (car l)])
            (loop (cdr l) (if (f x) (cons x acc) acc))))))

  ;; Removes the first element `eql?` to `x`; shares the tail after it.
  (define (do-remove who x l eql?)
    (unless (list? l)
      (raise-argument-error who "list?" l))
    (let loop ([t l] [acc '()])
      (cond [(null? t) l]
            [(eql? x (car t)) (append-reverse acc (cdr t))]
            [else (loop (cdr t) (cons (car t) acc))])))

  ;; (append (reverse acc) tail) without the intermediate list
  (define (append-reverse acc tail)
    (if (null? acc) tail (append-reverse (cdr acc) (cons (car acc) tail))))

  (define (remove x l [eql? equal?])
    (unless (and (procedure? eql?) (procedure-arity-includes? eql? 2))
      (raise-argument-error 'remove "(any/c any/c . -> . any/c)" eql?))
    (do-remove 'remove x l eql?))
  (define (remq x l) (do-remove 'remq x l eq?))
  (define (remv x l) (do-remove 'remv x l eqv?))
  (define (remw x l) (do-remove 'remw x l equal-always?))

  (define (do-remove* who xs l eql?)
    (unless (list? xs)
      (raise-argument-error who "list?" xs))
    (unless (list? l)
      (raise-argument-error who "list?" l))
    (let loop ([l l] [acc '()])
      (cond [(null? l) (reverse acc)]
            [(let mem ([xs xs])
               (and (pair? xs)
                    (or (eql? (car xs) (car l)) (mem (cdr xs)))))
             (loop (cdr l) acc)]
            [else (loop (cdr l) (cons (car l) acc))])))

  (define (remove* xs l [eql? equal?])
    (unless (and (procedure? eql?) (procedure-arity-includes? eql? 2))
      (raise-argument-error 'remove* "(any/c any/c . -> . any/c)" eql?))
    (do-remove* 'remove* xs l eql?))
  (define (remq* xs l) (do-remove* 'remq* xs l eq?))
  (define (remv* xs l) (do-remove* 'remv* xs l eqv?))
  (define (remw* xs l) (do-remove* 'remw* xs l equal-always?))

  ;; ------------------------------------------------------------------
  ;; memf / assf / findf  (member and assoc with an equality argument are
  ;; Java primitives)

  (define (check-pred1 who f sig)
    (unless (and (procedure? f) (procedure-arity-includes? f 1))
      (raise-argument-error who sig f)))

  (define (not-proper who l)
    (contract-error (format "~a: not a proper list: ~e" who l)))

  (define (memf f l)
    (check-pred1 'memf f "(any/c . -> any/c)")
    (let loop ([t l])
      (cond [(pair? t) (if (f (car t)) t (loop (cdr t)))]
            [(null? t) #f]
            [else (not-proper 'memf l)])))

  (define (assf f l)
    (check-pred1 'assf f "(any/c . -> . any/c)")
    (let loop ([t l])
      (cond [(pair? t) (if (f (car (car t))) (car t) (loop (cdr t)))]
            [(null? t) #f]
            [else (not-proper 'assf l)])))

  (define (findf f l)
    (check-pred1 'findf f "(any/c . -> . any/c)")
    (let loop ([t l])
      (cond [(pair? t) (let ([x (car t)]) (if (f x) x (loop (cdr t))))]
            [(null? t) #f]
            [else (not-proper 'findf l)])))

  ;; ------------------------------------------------------------------
  ;; build-list, build-vector, build-string

  (define (build-list n f)
    (unless (exact-nonnegative-integer? n)
      (raise-argument-error 'build-list "exact-nonnegative-integer?" n))
    (unless (and (procedure? f) (procedure-arity-includes? f 1))
      (raise-argument-error 'build-list "(exact-nonnegative-integer? . -> . any/c)" f))
    (let loop ([i 0] [acc '()])
      (if (= i n)
          (reverse acc)
          (loop (add1 i) (cons (f i) acc)))))

  (define (build-vector n f)
    (unless (exact-nonnegative-integer? n)
      (raise-argument-error 'build-vector "exact-nonnegative-integer?" n))
    (unless (and (procedure? f) (procedure-arity-includes? f 1))
      (raise-argument-error 'build-vector "(exact-nonnegative-integer? . -> . any/c)" f))
    (let ([v (make-vector n 0)])
      (let loop ([i 0])
        (when (< i n)
          (vector-set! v i (f i))
          (loop (add1 i))))
      v))

  (define (build-string n f)
    (unless (exact-nonnegative-integer? n)
      (raise-argument-error 'build-string "exact-nonnegative-integer?" n))
    (unless (and (procedure? f) (procedure-arity-includes? f 1))
      (raise-argument-error 'build-string "(exact-nonnegative-integer? . -> . char?)" f))
    (let ([s (make-string n)])
      (let loop ([i 0])
        (when (< i n)
          (string-set! s i (f i))
          (loop (add1 i))))
      s))

  ;; ------------------------------------------------------------------
  ;; hash-map, hash-for-each (over the hash-iterate-* primitives)

  (define (check-hash-proc who h f)
    (unless (hash? h)
      (raise-argument-error who "hash?" h))
    (unless (and (procedure? f) (procedure-arity-includes? f 2))
      (raise-argument-error who "(procedure-arity-includes/c 2)" f)))

  ;; With try-order?, keys are visited in sorted order when they are all of
  ;; one sortable kind, which is what makes printed results deterministic.
  (define (hash-map h f [try-order? #f])
    (check-hash-proc 'hash-map h f)
    (if try-order?
        (let loop ([ps (ordered-pairs h)])
          (if (null? ps)
              '()
              (let ([x (f (car (car ps)) (cdr (car ps)))])
                (cons x (loop (cdr ps))))))
        (let loop ([i (hash-iterate-first h)] [acc '()])
          (if i
              (loop (hash-iterate-next h i)
                    (cons (f (hash-iterate-key h i) (hash-iterate-value h i)) acc))
              (reverse acc)))))

  (define (hash-for-each h f [try-order? #f])
    (check-hash-proc 'hash-for-each h f)
    (if try-order?
        (let loop ([ps (ordered-pairs h)])
          (unless (null? ps)
            (f (car (car ps)) (cdr (car ps)))
            (loop (cdr ps))))
        (let loop ([i (hash-iterate-first h)])
          (when i
            (f (hash-iterate-key h i) (hash-iterate-value h i))
            (loop (hash-iterate-next h i))))))

  (define (hash-pairs h)
    (let loop ([i (hash-iterate-first h)] [acc '()])
      (if i
          (loop (hash-iterate-next h i)
                (cons (cons (hash-iterate-key h i) (hash-iterate-value h i)) acc))
          acc)))

  ;; ------------------------------------------------------------------
  ;; sort: stable merge sort on a vector copy of the list.
  ;;
  ;; An already-sorted list is returned as is (as Racket does).  Otherwise the
  ;; list is copied into a vector, short runs are sorted by insertion, and
  ;; runs are merged bottom-up between two vectors.  Stability: an element
  ;; from the right run goes first only when it is strictly less.

  (define (sort lst less? #:key [key #f] #:cache-keys? [cache-keys? #f])
    (unless (list? lst)
      (raise-argument-error 'sort "list?" lst))
    (unless (and (procedure? less?) (procedure-arity-includes? less? 2))
      (raise-argument-error 'sort "(any/c any/c . -> . any/c)" less?))
    (when (and key (not (and (procedure? key) (procedure-arity-includes? key 1))))
      (raise-argument-error 'sort "(any/c . -> . any/c)" key))
    (cond
      [(or (null? lst) (null? (cdr lst))) lst]
      [(not key)
       (if (sorted? lst less?)
           lst
           (let ([v (list->vector lst)])
             (vector-merge-sort! v 0 (vector-length v) less?)
             (vector->list v)))]
      [else
       ;; Keys are computed once per element (as with #:cache-keys?):
       ;; comparing decorated pairs is cheaper than two key calls per
       ;; comparison, and only a key with side effects could tell.
       (let* ([vals (list->vector lst)]
              [n (vector-length vals)]
              [keys (make-vector n #f)])
         (let fill ([i 0])
           (when (< i n)
             (vector-set! keys i (key (vector-ref vals i)))
             (fill (add1 i))))
         (if (let check ([i 1])
               (or (= i n)
                   (and (not (less? (vector-ref keys i) (vector-ref keys (sub1 i))))
                        (check (add1 i)))))
             lst
             (begin
               (keyed-merge-sort! keys vals n less?)
               (vector->list vals))))]))

  (define (sorted? lst less?)
    (let loop ([prev (car lst)] [next (cdr lst)])
      (or (null? next)
          (let ([x (car next)])
            (and (not (less? x prev))
                 (loop x (cdr next)))))))

  ;; ------------------------------------------------------------------
  ;; compose, compose1

  (define (check-compose who fs)
    (let loop ([l fs])
      (unless (null? l)
        (unless (procedure? (car l))
          (raise-argument-error who "procedure?" (car l)))
        (loop (cdr l)))))

  ;; compose1: every function receives exactly one value
  (define (compose1 . fs)
    (check-compose 'compose1 fs)
    (cond
      [(null? fs) (lambda (x) x)]
      [(null? (cdr fs)) (car fs)]
      [else
       (let ([fs (reverse fs)])
         (let ([first (car fs)] [rest (cdr fs)])
           (procedure-reduce-arity
            (lambda args
              (let loop ([x (apply first args)] [rest rest])
                (if (null? rest) x (loop ((car rest) x) (cdr rest)))))
            (procedure-arity first))))]))

  ;; compose: multiple values flow from one function to the next
  (define (compose . fs)
    (check-compose 'compose fs)
    (cond
      [(null? fs) values]
      [(null? (cdr fs)) (car fs)]
      [else
       (let ([fs (reverse fs)])
         (let ([first (car fs)] [rest (cdr fs)])
           (procedure-reduce-arity
            (lambda args
              (let loop ([thunk (lambda () (apply first args))] [rest rest])
                (if (null? rest)
                    (thunk)
                    (loop (let ([f (car rest)])
                            (lambda () (call-with-values thunk f)))
                          (cdr rest)))))
            (procedure-arity first))))])))
