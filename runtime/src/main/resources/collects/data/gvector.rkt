#lang racket/base
;; data/gvector: growable vectors (Racket 8.7's API), written for JRacket.
;;
;; A gvector keeps a vector and the number of slots in use; adding at the end doubles the
;; vector when it is full, so gvector-add! is amortised O(1). gvectors print as Racket's do
;; (constructor style, `(gvector 1 2)`, when printed; `#<gvector: 1 2>` when written or
;; displayed), are sequences, and are equal? when their elements are. Racket checks most
;; arguments with contracts; bad arguments here raise exn:fail:contract with the same message
;; up to and including its "contract from:" line (no blame lines follow).
(require racket/struct (for-syntax racket/base))
(provide make-gvector gvector gvector? gvector-ref gvector-set! gvector-add! gvector-insert!
         gvector-remove! gvector-remove-last! gvector-count gvector->vector gvector->list
         vector->gvector list->gvector in-gvector for/gvector for*/gvector)

(define (contract-error who expected v which contract)
  (raise (exn:fail:contract
          (format "~a: contract violation\n  expected: ~a\n  given: ~e\n  in: ~a of\n      ~a\n  contract from: \n      <pkgs>/data-lib/data/gvector.rkt"
                  who expected v which contract)
          (current-continuation-marks))))

(define-syntax-rule (check-gv who g contract)
  (unless (gvector? g) (contract-error 'who "gvector?" g "the 1st argument" contract)))

(define-syntax-rule (check-index who i contract)
  (unless (exact-nonnegative-integer? i) (contract-error 'who "natural?" i "the 2nd argument" contract)))

(define (range-error who g i hi)
  (raise (exn:fail:contract
          (if (< hi 0)
              (format "~a: index is out of range for empty gvector\n  index: ~a" who i)
              (format "~a: index is out of range\n  index: ~a\n  valid range: [0, ~a]\n  gvector: ~e"
                      who i hi g))
          (current-continuation-marks))))

(define (gv-elements g) (for/list ([x (in-vector (gv-vec g) 0 (gv-n g))]) x))

(struct gv ([vec #:mutable] [n #:mutable])
  #:property prop:equal+hash
  (list (lambda (a b rec)
          (and (= (gv-n a) (gv-n b))
               (for/and ([x (in-vector (gv-vec a) 0 (gv-n a))]
                         [y (in-vector (gv-vec b) 0 (gv-n b))])
                 (rec x y))))
        (lambda (g rec)
          (for/fold ([h 1]) ([x (in-vector (gv-vec g) 0 (gv-n g))])
            (bitwise-and (+ (* h 31) (rec x)) #x3FFFFFFF)))
        (lambda (g rec) (gv-n g)))
  #:property prop:sequence (lambda (g) (in-gvector* g))
  #:property prop:custom-write
  (make-constructor-style-printer (lambda (g) 'gvector) gv-elements))

(define (make-gvector #:capacity [capacity 10])
  (unless (exact-positive-integer? capacity)
    (contract-error 'make-gvector "exact-positive-integer?" capacity "the #:capacity argument"
                    "(->*\n       ()\n       (#:capacity exact-positive-integer?)\n       gvector?)"))
  (gv (make-vector capacity #f) 0))

(define (gvector . xs) (list->gvector* xs))
(define (gvector? v) (gv? v))

(define (list->gvector* l)
  (let ([v (list->vector l)])
    (gv (if (zero? (vector-length v)) (make-vector 10 #f) v) (vector-length v))))

(define (ensure! g need)
  (let ([vec (gv-vec g)])
    (when (> need (vector-length vec))
      (let ([new (make-vector (max need (* 2 (vector-length vec)) 10) #f)])
        (vector-copy! new 0 vec 0 (gv-n g))
        (set-gv-vec! g new)))))

(define (gvector-ref g i [default none])
  (define contract "(->* (gvector? natural?) (any/c) any)")
  (check-gv gvector-ref g contract)
  (check-index gvector-ref i contract)
  (if (< i (gv-n g))
      (vector-ref (gv-vec g) i)
      (cond [(eq? default none) (range-error 'gvector-ref g i (sub1 (gv-n g)))]
            [(procedure? default) (default)]
            [else default])))
(define none (string->uninterned-symbol "none"))

;; setting at the count adds at the end
(define (gvector-set! g i x)
  (define contract "(-> gvector? natural? any/c any)")
  (check-gv gvector-set! g contract)
  (check-index gvector-set! i contract)
  (let ([n (gv-n g)])
    (cond [(< i n) (vector-set! (gv-vec g) i x)]
          [(= i n) (add-one! g x)]
          [else (range-error 'gvector-set! g i n)])))

(define (add-one! g x)
  (let ([n (gv-n g)])
    (ensure! g (add1 n))
    (vector-set! (gv-vec g) n x)
    (set-gv-n! g (add1 n))))

(define (gvector-add! g . xs)
  (check-gv gvector-add! g "(->* (gvector?) #:rest any/c any)")
  (for-each (lambda (x) (add-one! g x)) xs))

(define (gvector-insert! g i x)
  (define contract "(-> gvector? natural? any/c any)")
  (check-gv gvector-insert! g contract)
  (check-index gvector-insert! i contract)
  (let ([n (gv-n g)])
    (when (> i n) (range-error 'gvector-insert! g i n))
    (ensure! g (add1 n))
    (let ([vec (gv-vec g)])
      (vector-copy! vec (add1 i) vec i n)
      (vector-set! vec i x)
      (set-gv-n! g (add1 n)))))

(define (gvector-remove! g i)
  (define contract "(-> gvector? natural? any)")
  (check-gv gvector-remove! g contract)
  (check-index gvector-remove! i contract)
  (let ([n (gv-n g)] [vec (gv-vec g)])
    (unless (< i n) (range-error 'gvector-remove! g i (sub1 n)))
    (vector-copy! vec i vec (add1 i) n)
    (vector-set! vec (sub1 n) #f)
    (set-gv-n! g (sub1 n))))

(define (gvector-remove-last! g)
  (check-gv gvector-remove-last! g "(-> gvector? any)")
  (let ([n (gv-n g)] [vec (gv-vec g)])
    (when (zero? n) (error 'gvector-remove-last! "empty"))
    (let ([x (vector-ref vec (sub1 n))])
      (vector-set! vec (sub1 n) #f)
      (set-gv-n! g (sub1 n))
      x)))

(define (gvector-count g)
  (check-gv gvector-count g "(-> gvector? any)")
  (gv-n g))

(define (gvector->vector g)
  (check-gv gvector->vector g "(-> gvector? vector?)")
  (let ([v (make-vector (gv-n g))])
    (vector-copy! v 0 (gv-vec g) 0 (gv-n g))
    v))

(define (gvector->list g)
  (check-gv gvector->list g "(-> gvector? (listof any/c))")
  (gv-elements g))

(define (vector->gvector v)
  (unless (vector? v)
    (contract-error 'vector->gvector "vector?" v "the 1st argument" "(-> vector? gvector?)"))
  (let ([n (vector-length v)])
    (let ([new (make-vector (max n 10) #f)])
      (vector-copy! new 0 v)
      (gv new n))))

(define (list->gvector l)
  (unless (list? l)
    (contract-error 'list->gvector "list?" l "the 1st argument" "(-> (listof any/c) gvector?)"))
  (list->gvector* l))

;; the elements by index; one added while iterating is seen, as in Racket
(define (in-gvector* g)
  (make-do-sequence
   (lambda ()
     (values (lambda (i) (vector-ref (gv-vec g) i))
             add1
             0
             (lambda (i) (< i (gv-n g)))
             #f
             #f))))

(define (in-gvector/proc g)
  (unless (gvector? g) (raise-type-error 'in-gvector "gvector" g))
  (in-gvector* g))

(define-sequence-syntax in-gvector
  (lambda () #'in-gvector/proc)
  (lambda (stx)
    (syntax-case stx ()
      [[(x) (_ g-expr)]
       #'[(x) (:do-in
               ([(g) g-expr])
               (unless (gvector? g)
                 (raise (exn:fail:contract
                         (format "in-gvector: contract violation\n  expected: gvector?\n  given: ~e\n  in: gvector?\n      macro argument contract\n  contract from: (lib data/gvector.rkt)" g)
                         (current-continuation-marks))))
               ([i 0])
               (< i (gv-n g))
               ([(x) (vector-ref (gv-vec g) i)])
               #t #t
               [(add1 i)])]]
      [_ #f])))

(define-syntax (for/gvector stx)
  (syntax-case stx ()
    [(_ clauses body ...)
     #'(let ([g (make-gvector)])
         (for clauses (call-with-values (lambda () body ...) (lambda (v) (add-one! g v))))
         g)]))

(define-syntax (for*/gvector stx)
  (syntax-case stx ()
    [(_ clauses body ...)
     #'(let ([g (make-gvector)])
         (for* clauses (call-with-values (lambda () body ...) (lambda (v) (add-one! g v))))
         g)]))

