;; The stable merge sort shared by `sort` (list-base.rkt) and
;; `vector-sort`/`vector-sort!` (racket/vector).
;;
;; Runs of `run-length` elements are sorted by insertion, then merged
;; bottom-up, alternating between the vector and one scratch vector.
;; Stability: an element of the right run goes first only when it is
;; strictly less than the left one.
(module sort-core "pre-base.rkt"
  (#%require '#%sort)
  (#%provide vector-merge-sort! keyed-merge-sort!)

  (define run-length 8)

  ;; Sorts v[start, end) in place.
  (define (vector-merge-sort! v start end less?)
    (unless (vector-sort-by-primitive! v start end less?)
      (merge-sort! v start end less?)))

  (define (merge-sort! v start end less?)
    (let ([n (- end start)])
      (when (> n 1)
        (insertion-runs! v start end less?)
        (when (> n run-length)
          (let ([scratch (make-vector n #f)])
            ;; merge passes: src/dst alternate between v (offset start) and
            ;; scratch (offset 0)
            (let pass ([in-v? #t] [width run-length])
              (if (>= width n)
                  (unless in-v?
                    (vector-copy! v start scratch 0 n))
                  (begin
                    (let merge-loop ([lo 0])
                      (when (< lo n)
                        (let* ([mid (if (< (+ lo width) n) (+ lo width) n)]
                               [hi (if (< (+ mid width) n) (+ mid width) n)])
                          (if in-v?
                              (merge! v start scratch 0 lo mid hi less?)
                              (merge! scratch 0 v start lo mid hi less?))
                          (merge-loop hi))))
                    (pass (not in-v?) (* 2 width))))))))))

  (define (insertion-runs! v start end less?)
    (let run-loop ([lo start])
      (when (< lo end)
        (let ([hi (if (< (+ lo run-length) end) (+ lo run-length) end)])
          (let ins ([i (add1 lo)])
            (when (< i hi)
              (let ([x (vector-ref v i)])
                (let shift ([j i])
                  (if (and (> j lo) (less? x (vector-ref v (sub1 j))))
                      (begin
                        (vector-set! v j (vector-ref v (sub1 j)))
                        (shift (sub1 j)))
                      (vector-set! v j x))))
              (ins (add1 i))))
          (run-loop hi)))))

  ;; merges src[so+lo, so+mid) and src[so+mid, so+hi) into dst at do+lo.
  ;; The loop carries the two current heads so that each step reads only
  ;; one new element; ordered neighbours are copied without comparing.
  (define (merge! src so dst do lo mid hi less?)
    (let ([lo* (+ so lo)] [mid* (+ so mid)] [hi* (+ so hi)])
      (if (or (= mid* hi*)
              (not (less? (vector-ref src mid*) (vector-ref src (sub1 mid*)))))
          (vector-copy! dst (+ do lo) src lo* hi*)
          (let loop ([i lo*] [a (vector-ref src lo*)] [j mid*] [b (vector-ref src mid*)] [k (+ do lo)])
            (if (less? b a)
                (begin
                  (vector-set! dst k b)
                  (let ([j (add1 j)])
                    (if (= j hi*)
                        (vector-copy! dst (add1 k) src i mid*)
                        (loop i a j (vector-ref src j) (add1 k)))))
                (begin
                  (vector-set! dst k a)
                  (let ([i (add1 i)])
                    (if (= i mid*)
                        (vector-copy! dst (add1 k) src j hi*)
                        (loop i (vector-ref src i) j b (add1 k))))))))))

  ;; ------------------------------------------------------------------
  ;; Keyed variant for `sort` with #:key: keys[i] is the key of vals[i];
  ;; both vectors (length n) are permuted together, comparing keys only.
  ;; Merging happens in place of the comparator closure a decorated sort
  ;; would need on every comparison.
  (define (keyed-merge-sort! keys vals n less?)
    (unless (keyed-sort-by-primitive! keys vals n less?)
      (keyed-sort! keys vals n less?)))

  (define (keyed-sort! keys vals n less?)
    (when (> n 1)
      (keyed-insertion-runs! keys vals n less?)
      (when (> n run-length)
        (let ([ks (make-vector n #f)] [vs (make-vector n #f)])
          (let pass ([k1 keys] [v1 vals] [k2 ks] [v2 vs] [width run-length])
            (if (>= width n)
                (unless (eq? k1 keys)
                  (vector-copy! keys 0 k1 0 n)
                  (vector-copy! vals 0 v1 0 n))
                (begin
                  (let merge-loop ([lo 0])
                    (when (< lo n)
                      (let* ([mid (if (< (+ lo width) n) (+ lo width) n)]
                             [hi (if (< (+ mid width) n) (+ mid width) n)])
                        (keyed-merge! k1 v1 k2 v2 lo mid hi less?)
                        (merge-loop hi))))
                  (pass k2 v2 k1 v1 (* 2 width)))))))))

  (define (keyed-insertion-runs! keys vals n less?)
    (let run-loop ([lo 0])
      (when (< lo n)
        (let ([hi (if (< (+ lo run-length) n) (+ lo run-length) n)])
          (let ins ([i (add1 lo)])
            (when (< i hi)
              (let ([k (vector-ref keys i)] [x (vector-ref vals i)])
                (let shift ([j i])
                  (if (and (> j lo) (less? k (vector-ref keys (sub1 j))))
                      (begin
                        (vector-set! keys j (vector-ref keys (sub1 j)))
                        (vector-set! vals j (vector-ref vals (sub1 j)))
                        (shift (sub1 j)))
                      (begin
                        (vector-set! keys j k)
                        (vector-set! vals j x)))))
              (ins (add1 i))))
          (run-loop hi)))))

  (define (keyed-merge! k1 v1 k2 v2 lo mid hi less?)
    (if (or (= mid hi)
            (not (less? (vector-ref k1 mid) (vector-ref k1 (sub1 mid)))))
        (begin (vector-copy! k2 lo k1 lo hi)
               (vector-copy! v2 lo v1 lo hi))
        (let loop ([i lo] [a (vector-ref k1 lo)] [j mid] [b (vector-ref k1 mid)] [k lo])
          (if (less? b a)
              (begin
                (vector-set! k2 k b)
                (vector-set! v2 k (vector-ref v1 j))
                (let ([j (add1 j)])
                  (if (= j hi)
                      (begin (vector-copy! k2 (add1 k) k1 i mid)
                             (vector-copy! v2 (add1 k) v1 i mid))
                      (loop i a j (vector-ref k1 j) (add1 k)))))
              (begin
                (vector-set! k2 k a)
                (vector-set! v2 k (vector-ref v1 i))
                (let ([i (add1 i)])
                  (if (= i mid)
                      (begin (vector-copy! k2 (add1 k) k1 j hi)
                             (vector-copy! v2 (add1 k) v1 j hi))
                      (loop i (vector-ref k1 i) j b (add1 k))))))))))
