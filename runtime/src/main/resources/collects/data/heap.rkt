#lang racket/base
;; data/heap: binary heaps (Racket 8.7's API), written for JRacket.
;;
;; A heap keeps its elements in a growable vector in the usual implicit-tree layout (children of
;; i at 2i+1 and 2i+2) with the ordering procedure <=? (a node is <=? its children), so adding
;; and removing are O(log n) and heap-min is O(1). in-heap extracts minimums from a copy;
;; heap->vector and heap-sort! are an in-place heapsort (through a max-heap), which orders
;; elements that are equal under <=? as Racket's do.
;; Racket checks the arguments with contracts; bad arguments here raise exn:fail:contract with
;; the same message up to and including its "contract from:" line (no blame lines follow).
(provide make-heap heap? (rename-out [heap-count* heap-count]) heap-add! heap-add-all! heap-min heap-remove-min!
         heap-remove! heap-remove-eq! vector->heap heap->vector heap-copy
         in-heap in-heap/consume! heap-sort!)

(struct heap ([vec #:mutable] [count #:mutable] <=?))

(define (contract-error who expected v which contract)
  (raise (exn:fail:contract
          (format "~a: contract violation\n  expected: ~a\n  given: ~e\n  in: ~a of\n      ~a\n  contract from: <pkgs>/data-lib/data/heap.rkt"
                  who expected v which contract)
          (current-continuation-marks))))

(define-syntax-rule (check-heap who h contract)
  (unless (heap? h) (contract-error 'who "heap?" h "the 1st argument" contract)))

;; ---- the tree ------------------------------------------------------------------------------

(define (sift-up! vec <=? i x)
  (let loop ([i i])
    (if (zero? i)
        (vector-set! vec 0 x)
        (let* ([p (quotient (sub1 i) 2)] [pv (vector-ref vec p)])
          (if (<=? pv x)
              (vector-set! vec i x)
              (begin (vector-set! vec i pv) (loop p)))))))

(define (sift-down! vec n <=? i x)
  (let loop ([i i])
    (let ([l (add1 (* 2 i))])
      (if (>= l n)
          (vector-set! vec i x)
          (let* ([r (add1 l)]
                 [c (if (and (< r n) (not (<=? (vector-ref vec l) (vector-ref vec r)))) r l)]
                 [cv (vector-ref vec c)])
            (if (<=? x cv)
                (vector-set! vec i x)
                (begin (vector-set! vec i cv) (loop c))))))))

(define (add-one! h x)
  (let* ([n (heap-count h)] [vec (heap-vec h)]
         [vec (if (< n (vector-length vec))
                  vec
                  (let ([new (make-vector (max 4 (* 2 n)) #f)])
                    (vector-copy! new 0 vec 0 n)
                    (set-heap-vec! h new)
                    new))])
    (set-heap-count! h (add1 n))
    (sift-up! vec (heap-<=? h) n x)))

(define (remove-at! h i)
  (let* ([n (sub1 (heap-count h))] [vec (heap-vec h)] [last (vector-ref vec n)] [<=? (heap-<=? h)])
    (vector-set! vec n #f)
    (set-heap-count! h n)
    (when (< i n)
      (if (and (> i 0) (not (<=? (vector-ref vec (quotient (sub1 i) 2)) last)))
          (sift-up! vec <=? i last)
          (sift-down! vec n <=? i last)))))

(define (heapify! vec n <=?)
  (let loop ([i (sub1 (quotient n 2))])
    (when (>= i 0)
      (sift-down! vec n <=? i (vector-ref vec i))
      (loop (sub1 i)))))

;; ---- the API -------------------------------------------------------------------------------

(define (make-heap <=?)
  (unless (procedure? <=?)
    (contract-error 'make-heap "a procedure" <=? "the 1st argument"
                    "(-> (unconstrained-domain-> any/c) heap?)"))
  (heap (make-vector 8 #f) 0 <=?))

(define (heap-count* h)
  (check-heap heap-count h "(-> heap? natural?)")
  (heap-count h))

(define (heap-add! h . xs)
  (check-heap heap-add! h "(->* (heap?) #:rest (listof any/c) void?)")
  (for-each (lambda (x) (add-one! h x)) xs))

(define (heap-add-all! h xs)
  (define contract "(->\n       heap?\n       (or/c (listof any/c) vector? heap?)\n       void?)")
  (check-heap heap-add-all! h contract)
  (cond [(list? xs) (for-each (lambda (x) (add-one! h x)) xs)]
        [(vector? xs) (for ([x (in-vector xs)]) (add-one! h x))]
        [(heap? xs) (let ([vec (heap-vec xs)])
                      (for ([i (in-range (heap-count xs))]) (add-one! h (vector-ref vec i))))]
        [else (contract-error 'heap-add-all! "(or/c (listof any/c) vector? heap?)" xs
                              "the 2nd argument" contract)]))

(define (heap-min h)
  (check-heap heap-min h "(-> heap? any/c)")
  (when (zero? (heap-count h)) (error 'heap-min "empty heap"))
  (vector-ref (heap-vec h) 0))

(define (heap-remove-min! h)
  (check-heap heap-remove-min! h "(-> heap? void?)")
  (when (zero? (heap-count h)) (error 'heap-remove-min! "empty heap"))
  (remove-at! h 0))

(define (find-and-remove! h v same?)
  ;; depth-first from the root, entering only children that are <=? v
  (let ([vec (heap-vec h)] [n (heap-count h)] [<=? (heap-<=? h)])
    (let ([i (and (> n 0)
                  (let search ([i 0])
                    (if (same? (vector-ref vec i) v)
                        i
                        (let ([l (add1 (* 2 i))] [r (+ 2 (* 2 i))])
                          (or (and (< l n) (<=? (vector-ref vec l) v) (search l))
                              (and (< r n) (<=? (vector-ref vec r) v) (search r)))))))])
      (and i (begin (remove-at! h i) #t)))))

(define (heap-remove! h v #:same? [same? equal?])
  (define contract "(->*\n       (heap? any/c)\n       (#:same? (-> any/c any/c any/c))\n       boolean?)")
  (check-heap heap-remove! h contract)
  (unless (procedure? same?)
    (contract-error 'heap-remove! "a procedure" same? "the #:same? argument" contract))
  (find-and-remove! h v same?))

(define (heap-remove-eq! h v)
  (check-heap heap-remove-eq! h "(-> heap? any/c boolean?)")
  (find-and-remove! h v eq?))

(define (vector->heap <=? vec)
  (define contract "(->\n       (unconstrained-domain-> any/c)\n       vector?\n       heap?)")
  (unless (procedure? <=?) (contract-error 'vector->heap "a procedure" <=? "the 1st argument" contract))
  (unless (vector? vec) (contract-error 'vector->heap "vector?" vec "the 2nd argument" contract))
  (let* ([n (vector-length vec)]
         [new (make-vector (max 8 n) #f)])
    (vector-copy! new 0 vec)
    (heapify! new n <=?)
    (heap new n <=?)))

(define (copy h) (heap (vector-copy (heap-vec h)) (heap-count h) (heap-<=? h)))

(define (heap-copy h)
  (check-heap heap-copy h "(-> heap? heap?)")
  (copy h))

;; the elements in order, removing them from h
(define (drain! h)
  (let ([out (make-vector (heap-count h) #f)])
    (for ([i (in-range (vector-length out))])
      (vector-set! out i (vector-ref (heap-vec h) 0))
      (remove-at! h 0))
    out))

(define (heap->vector h)
  (check-heap heap->vector h "(-> heap? vector?)")
  (let ([v (make-vector (heap-count h) #f)])
    (vector-copy! v 0 (heap-vec h) 0 (heap-count h))
    (sort-in-place! v (heap-<=? h))
    v))

(define (consume-sequence h)
  (make-do-sequence
   (lambda ()
     (values (lambda (_) (let ([v (vector-ref (heap-vec h) 0)]) (remove-at! h 0) v))
             (lambda (_) #t)
             #t
             (lambda (_) (positive? (heap-count h)))
             #f
             #f))))

(define (in-heap h)
  (check-heap in-heap h "(-> heap? sequence?)")
  (consume-sequence (copy h)))

(define (in-heap/consume! h)
  (check-heap in-heap/consume! h "(-> heap? sequence?)")
  (consume-sequence h))

(define (heap-sort! v <=?)
  (unless (vector? v) (raise-argument-error 'heap-sort! "vector?" v))
  (unless (procedure? <=?) (raise-argument-error 'heap-sort! "procedure?" <=?))
  (sort-in-place! v <=?))

;; in-place heapsort: make v a max-heap (a node is not below its children), then move its
;; maximum to the end of the shrinking prefix until the prefix is one element
(define (sort-in-place! v <=?)
  ;; a max-heap is sift-down! under the flipped order (ties resolve as in the min-heap)
  (define >=? (lambda (a b) (<=? b a)))
  (define (sift! n i x) (sift-down! v n >=? i x))
  (let ([n (vector-length v)])
    (let loop ([i (sub1 (quotient n 2))])
      (when (>= i 0)
        (sift! n i (vector-ref v i))
        (loop (sub1 i))))
    (let loop ([end (sub1 n)])
      (when (> end 0)
        (let ([top (vector-ref v 0)])
          (sift! end 0 (vector-ref v end))
          (vector-set! v end top)
          (loop (sub1 end)))))))
