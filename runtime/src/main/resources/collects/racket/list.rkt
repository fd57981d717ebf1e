;; racket/list: list utilities beyond racket/base.
;; `last-pair` is a kernel primitive and is re-exported as is.
(module list "private/pre-base.rkt"
  (#%require "private/list-base.rkt" "private/for.rkt" "private/seq-core.rkt")
  (provide first second third fourth fifth sixth seventh eighth ninth tenth
           last last-pair rest empty empty? cons?
           make-list list-set list-update
           take drop split-at takef dropf splitf-at
           take-right drop-right split-at-right takef-right dropf-right splitf-at-right
           list-prefix? take-common-prefix drop-common-prefix split-common-prefix
           append* flatten check-duplicates remove-duplicates
           filter-map count partition range inclusive-range append-map filter-not
           shuffle combinations in-combinations permutations in-permutations
           argmin argmax group-by cartesian-product remf remf*
           add-between index-of index-where indexes-of indexes-where)

  (define empty '())
  (define (empty? l) (null? l))
  (define (cons? l) (pair? l))

  (define (non-empty-list who l)
    (unless (and (pair? l) (list? l))
      (raise-argument-error who "(and/c list? (not/c empty?))" l)))

  (define (first l) (non-empty-list 'first l) (car l))
  (define (rest l) (non-empty-list 'rest l) (cdr l))

  (define (last l)
    (non-empty-list 'last l)
    (let loop ([l l])
      (if (pair? (cdr l)) (loop (cdr l)) (car l))))

  ;; second .. tenth: "list contains too few elements" when short
  (define (nth who n l)
    (unless (list? l) (raise-argument-error who "list?" l))
    (let loop ([t l] [i n])
      (cond [(null? t)
             (raise (make-exn:fail:contract
                     (format "~a: list contains too few elements\n  list: ~e" who l)
                     (current-continuation-marks)))]
            [(zero? i) (car t)]
            [else (loop (cdr t) (sub1 i))])))
  (define (second l) (nth 'second 1 l))
  (define (third l) (nth 'third 2 l))
  (define (fourth l) (nth 'fourth 3 l))
  (define (fifth l) (nth 'fifth 4 l))
  (define (sixth l) (nth 'sixth 5 l))
  (define (seventh l) (nth 'seventh 6 l))
  (define (eighth l) (nth 'eighth 7 l))
  (define (ninth l) (nth 'ninth 8 l))
  (define (tenth l) (nth 'tenth 9 l))

  (define (make-list n x)
    (unless (exact-nonnegative-integer? n)
      (raise-argument-error 'make-list "exact-nonnegative-integer?" 0 n x))
    (let loop ([n n] [acc '()])
      (if (zero? n) acc (loop (sub1 n) (cons x acc)))))

  (define (check-index who l i)
    (unless (list? l) (raise-argument-error who "list?" 0 l i))
    (unless (exact-nonnegative-integer? i)
      (raise-argument-error who "exact-nonnegative-integer?" 1 l i)))

  (define (list-update l i f)
    (check-index 'list-update l i)
    (let loop ([l l] [i i])
      (if (zero? i)
          (cons (f (car l)) (cdr l))
          (cons (car l) (loop (cdr l) (sub1 i))))))

  (define (list-set l i v)
    (check-index 'list-set l i)
    (let loop ([l l] [i i])
      (if (zero? i)
          (cons v (cdr l))
          (cons (car l) (loop (cdr l) (sub1 i))))))

  ;; ------------------------------------------------------------------
  ;; take / drop family

  (define (too-few who n l)
    (raise-argument-error who (if (list? l)
                                  (format "a list with at least ~a elements" n)
                                  (format "a (possibly improper) list with at least ~a pairs" n))
                          l))

  (define (check-count who l n)
    (unless (exact-nonnegative-integer? n)
      (raise-argument-error who "exact-nonnegative-integer?" 1 l n)))

  (define (take l n)
    (check-count 'take l n)
    (let loop ([t l] [i n])
      (cond [(zero? i) '()]
            [(pair? t) (cons (car t) (loop (cdr t) (sub1 i)))]
            [else (too-few 'take n l)])))

  (define (drop l n)
    (check-count 'drop l n)
    (let loop ([t l] [i n])
      (cond [(zero? i) t]
            [(pair? t) (loop (cdr t) (sub1 i))]
            [else (too-few 'drop n l)])))

  (define (split-at l n)
    (check-count 'split-at l n)
    (let loop ([t l] [i n] [acc '()])
      (cond [(zero? i) (values (reverse acc) t)]
            [(pair? t) (loop (cdr t) (sub1 i) (cons (car t) acc))]
            [else (too-few 'split-at n l)])))

  ;; the tail of l with n elements (improper ends count as the end)
  (define (right-tail who l n)
    (check-count who l n)
    (let loop ([lead (let skip ([t l] [i n])
                       (cond [(zero? i) t]
                             [(pair? t) (skip (cdr t) (sub1 i))]
                             [else (too-few who n l)]))]
               [lag l])
      (if (pair? lead) (loop (cdr lead) (cdr lag)) lag)))

  (define (take-right l n) (right-tail 'take-right l n))

  (define (drop-right l n)
    (let ([tail (right-tail 'drop-right l n)])
      (let loop ([t l])
        (if (eq? t tail) '() (cons (car t) (loop (cdr t)))))))

  (define (split-at-right l n)
    (let ([tail (right-tail 'split-at-right l n)])
      (values (let loop ([t l])
                (if (eq? t tail) '() (cons (car t) (loop (cdr t)))))
              tail)))

  (define (check-pred who p)
    (unless (and (procedure? p) (procedure-arity-includes? p 1))
      (raise-argument-error who "(any/c . -> . any/c)" p)))

  (define (takef l p)
    (check-pred 'takef p)
    (let loop ([t l])
      (if (and (pair? t) (p (car t)))
          (cons (car t) (loop (cdr t)))
          '())))

  (define (dropf l p)
    (check-pred 'dropf p)
    (let loop ([t l])
      (if (and (pair? t) (p (car t))) (loop (cdr t)) t)))

  (define (splitf-at l p)
    (check-pred 'splitf-at p)
    (let loop ([t l] [acc '()])
      (if (and (pair? t) (p (car t)))
          (loop (cdr t) (cons (car t) acc))
          (values (reverse acc) t))))

  ;; the start of the maximal tail whose elements all satisfy p
  (define (right-split l p)
    (let loop ([t l] [start l])
      (cond [(not (pair? t)) start]
            [(p (car t)) (loop (cdr t) start)]
            [else (loop (cdr t) (cdr t))])))

  (define (takef-right l p)
    (check-pred 'takef-right p)
    (right-split l p))

  (define (dropf-right l p)
    (check-pred 'dropf-right p)
    (let ([tail (right-split l p)])
      (let loop ([t l])
        (if (eq? t tail) '() (cons (car t) (loop (cdr t)))))))

  (define (splitf-at-right l p)
    (check-pred 'splitf-at-right p)
    (let ([tail (right-split l p)])
      (values (let loop ([t l])
                (if (eq? t tail) '() (cons (car t) (loop (cdr t)))))
              tail)))

  ;; ------------------------------------------------------------------
  ;; prefixes

  (define (list-prefix? l r [same? equal?])
    (unless (list? l) (raise-argument-error 'list-prefix? "list?" 0 l r))
    (unless (list? r) (raise-argument-error 'list-prefix? "list?" 1 l r))
    (let loop ([l l] [r r])
      (cond [(null? l) #t]
            [(null? r) #f]
            [else (and (same? (car l) (car r)) (loop (cdr l) (cdr r)))])))

  (define (split-common-prefix l r [same? equal?])
    (let loop ([l l] [r r] [acc '()])
      (if (and (pair? l) (pair? r) (same? (car l) (car r)))
          (loop (cdr l) (cdr r) (cons (car l) acc))
          (values (reverse acc) l r))))

  (define (take-common-prefix l r [same? equal?])
    (let-values ([(p a b) (split-common-prefix l r same?)]) p))

  (define (drop-common-prefix l r [same? equal?])
    (let-values ([(p a b) (split-common-prefix l r same?)]) (values a b)))

  ;; ------------------------------------------------------------------
  ;; building and reshaping

  (define (append* . args)
    (apply apply append args))

  (define (flatten t)
    (let loop ([t t] [acc '()])
      (cond [(null? t) acc]
            [(pair? t) (loop (car t) (loop (cdr t) acc))]
            [else (cons t acc)])))

  (define (add-between l sep
                       #:before-first [before-first '()]
                       #:before-last [before-last sep]
                       #:after-last [after-last '()]
                       #:splice? [splice? #f])
    (unless (list? l) (raise-argument-error 'add-between "list?" l))
    (when splice?
      (for-each (lambda (v name)
                  (unless (list? v)
                    (raise (make-exn:fail:contract
                            (format "add-between: list needed in splicing mode for ~a\n  given: ~e\n  given list...: ~e"
                                    name v l)
                            (current-continuation-marks)))))
                (list sep before-first before-last after-last)
                '("#:separator" "#:before-first" "#:before-last" "#:after-last")))
    (let ([add (if splice? append (lambda (x rest) (cons x rest)))])
      (cond
        [(null? l) (if splice? (append before-first after-last) '())]
        [else
         (let ([body
                (let loop ([l l])
                  (cond [(null? (cdr l))
                         (if splice? (cons (car l) after-last) (list (car l)))]
                        [(null? (cddr l))
                         (cons (car l) (add before-last (loop (cdr l))))]
                        [else (cons (car l) (add sep (loop (cdr l))))]))])
           (if splice? (append before-first body) body))])))

  (define (check-list-arg who l pos . others)
    (unless (list? l) (apply raise-argument-error who "list?" pos others)))

  (define (filter-map f l . ls)
    (unless (procedure? f) (raise-argument-error 'filter-map "procedure?" f))
    (unless (list? l) (raise-argument-error 'filter-map "list?" 1 f l))
    (if (null? ls)
        (let loop ([l l])
          (if (null? l)
              '()
              (let ([x (f (car l))])
                (if x (cons x (loop (cdr l))) (loop (cdr l))))))
        (filter (lambda (x) x) (apply map f l ls))))

  (define (count f l . ls)
    (unless (procedure? f) (raise-argument-error 'count "procedure?" f))
    (unless (list? l) (raise-argument-error 'count "list?" 1 f l))
    (if (null? ls)
        (let loop ([l l] [n 0])
          (if (null? l) n (loop (cdr l) (if (f (car l)) (add1 n) n))))
        (let ([all (cons l ls)])
          (let check ([rest ls] [i 2])
            (unless (null? rest)
              (unless (list? (car rest)) (apply raise-argument-error 'count "list?" i f all))
              (check (cdr rest) (add1 i))))
          (let ([n (length l)])
            (for-each (lambda (x)
                        (unless (= (length x) n)
                          (raise (exn:fail:contract "count: all lists must have same size"
                                                    (current-continuation-marks)))))
                      ls))
          (let loop ([rs (apply map f l ls)] [n 0])
            (if (null? rs) n (loop (cdr rs) (if (car rs) (add1 n) n)))))))

  (define (partition f l)
    (unless (and (procedure? f) (procedure-arity-includes? f 1))
      (raise-argument-error 'partition "(any/c . -> . any/c)" 0 f l))
    (unless (list? l) (raise-argument-error 'partition "list?" 1 f l))
    (let loop ([l l] [yes '()] [no '()])
      (cond [(null? l) (values (reverse yes) (reverse no))]
            [(f (car l)) (loop (cdr l) (cons (car l) yes) no)]
            [else (loop (cdr l) yes (cons (car l) no))])))

  (define range
    (case-lambda
      [(end) (range 0 end 1)]
      [(start end) (range start end 1)]
      [(start end step)
       (check-range 'in-range start end step)
       (let ([more? (if (>= step 0) (lambda (i) (< i end)) (lambda (i) (> i end)))])
         (let loop ([i start])
           (if (more? i) (cons i (loop (+ i step))) '())))]))

  (define (inclusive-range start end [step 1])
    (check-range 'in-inclusive-range start end step)
    (let ([more? (if (>= step 0) (lambda (i) (<= i end)) (lambda (i) (>= i end)))])
      (let loop ([i start])
        (if (more? i) (cons i (loop (+ i step))) '()))))

  (define (append-map f l . ls)
    (unless (procedure? f) (raise-argument-error 'append-map "procedure?" f))
    (apply append (apply map f l ls)))

  (define (filter-not f l)
    (unless (and (procedure? f) (procedure-arity-includes? f 1))
      (raise-argument-error 'filter-not "(any/c . -> . any/c)" 0 f l))
    (unless (list? l) (raise-argument-error 'filter-not "list?" 1 f l))
    (filter (lambda (x) (not (f x))) l))

  (define (shuffle l)
    (unless (list? l) (raise-argument-error 'shuffle "list?" 0 l))
    ;; the "inside-out" Fisher-Yates shuffle (Durstenfeld; Knuth, TAOCP 3.4.2): element i
    ;; goes to a random slot j <= i, whose element moves to i. One (random (add1 i)) per
    ;; element, in list order, as Racket's, so the same order after random-seed.
    (let ([a (make-vector (length l))])
      (let loop ([l l] [i 0])
        (unless (null? l)
          (let ([j (random (add1 i))])
            (unless (= j i) (vector-set! a i (vector-ref a j)))
            (vector-set! a j (car l))
            (loop (cdr l) (add1 i)))))
      (vector->list a)))

  ;; ------------------------------------------------------------------
  ;; duplicates

  (define (dup-table same?)
    (cond [(eq? same? equal?) (make-hash)]
          [(eq? same? eq?) (make-hasheq)]
          [(eq? same? eqv?) (make-hasheqv)]
          [else #f]))

  (define (remove-duplicates l [same? equal?] #:key [key #f])
    (unless (list? l) (raise-argument-error 'remove-duplicates "list?" l))
    (let ([key (or key (lambda (x) x))]
          [table (dup-table same?)])
      (if table
          (let loop ([l l])
            (cond [(null? l) '()]
                  [else
                   (let ([k (key (car l))])
                     (if (hash-ref table k #f)
                         (loop (cdr l))
                         (begin (hash-set! table k #t)
                                (cons (car l) (loop (cdr l))))))]))
          (let loop ([l l] [seen '()])
            (cond [(null? l) '()]
                  [else
                   (let ([k (key (car l))])
                     (if (ormap (lambda (s) (same? s k)) seen)
                         (loop (cdr l) seen)
                         (cons (car l) (loop (cdr l) (cons k seen)))))])))))

  (define (check-duplicates l [same? equal?] #:key [key #f] #:default [default #f])
    (unless (list? l) (raise-argument-error 'check-duplicates "list?" l))
    (let ([key (or key (lambda (x) x))]
          [table (dup-table same?)])
      (let loop ([l l] [seen '()])
        (cond [(null? l) default]
              [else
               (let ([k (key (car l))])
                 (if table
                     (if (hash-ref table k #f)
                         (car l)
                         (begin (hash-set! table k #t) (loop (cdr l) seen)))
                     (if (ormap (lambda (s) (same? s k)) seen)
                         (car l)
                         (loop (cdr l) (cons k seen)))))]))))

  ;; ------------------------------------------------------------------
  ;; combinatorics

  ;; without k: subsets in binary-counting order; with k: lexicographic
  (define (combinations l [k #f])
    (unless (list? l) (raise-argument-error 'combinations "list?" 0 l))
    (when (and k (not (exact-nonnegative-integer? k)))
      (raise-argument-error 'in-combinations "exact-nonnegative-integer?" 1 l k))
    (if k
        (let loop ([l l] [k k])
          (cond [(zero? k) '(())]
                [(null? l) '()]
                [else (append (map (lambda (c) (cons (car l) c)) (loop (cdr l) (sub1 k)))
                              (loop (cdr l) k))]))
        (let loop ([l (reverse l)])
          (if (null? l)
              '(())
              (let ([smaller (loop (cdr l))])
                (append smaller
                        (map (lambda (c) (append c (list (car l)))) smaller)))))))

  (define (in-combinations l [k #f])
    (in-list/proc (combinations l k)))

  (define (permutations l)
    (unless (list? l) (raise-argument-error 'permutations "list?" l))
    (let perms ([l l])
      (if (or (null? l) (null? (cdr l)))
          (list l)
          (let loop ([i (sub1 (length l))] [acc '()])
            (if (< i 0)
                (reverse acc)
                (let* ([x (list-ref l i)]
                       [others (let drop-i ([t l] [j 0])
                                 (cond [(null? t) '()]
                                       [(= j i) (cdr t)]
                                       [else (cons (car t) (drop-i (cdr t) (add1 j)))]))])
                  (loop (sub1 i)
                        (let add ([ps (perms others)] [acc acc])
                          (if (null? ps)
                              acc
                              (add (cdr ps) (cons (append (car ps) (list x)) acc)))))))))))

  (define (in-permutations l)
    (in-list/proc (permutations l)))

  ;; ------------------------------------------------------------------
  ;; searching

  (define (arg-best who f l better?)
    (unless (and (procedure? f) (procedure-arity-includes? f 1))
      (raise-argument-error who "(any/c . -> . real?)" 0 f l))
    (unless (and (pair? l) (list? l))
      (raise-argument-error who "(and/c list? (not/c empty?))" 1 f l))
    (let ([check (lambda (v x)
                   (unless (real? v)
                     (raise (make-exn:fail:contract
                             (format "~a: contract violation\n  expected: real?\n  given: ~e\n  in: the range of\n      the 1st argument of\n      (-> (-> any/c real?) (and/c pair? list?) any/c)\n  contract from: <collects>/racket/list.rkt\n  blaming: top-level\n   (assuming the contract is correct)"
                                     who v)
                             (current-continuation-marks))))
                   v)])
      (let loop ([best (car l)] [best-v (check (f (car l)) (car l))] [l (cdr l)])
        (if (null? l)
            best
            (let ([v (check (f (car l)) (car l))])
              (if (better? v best-v)
                  (loop (car l) v (cdr l))
                  (loop best best-v (cdr l))))))))

  (define (argmin f l) (arg-best 'argmin f l <))
  (define (argmax f l) (arg-best 'argmax f l >))

  (define (group-by key l [same? equal?])
    (unless (and (procedure? key) (procedure-arity-includes? key 1))
      (raise-argument-error 'group-by "(-> any/c any/c)" 0 key l))
    (unless (list? l) (raise-argument-error 'group-by "list?" 1 key l))
    ;; groups in order of first appearance, elements in original order;
    ;; a group is an mpair (key . reversed members)
    (let loop ([l l] [groups '()])
      (if (null? l)
          (reverse (map (lambda (g) (reverse (mcdr g))) groups))
          (let* ([k (key (car l))]
                 [g (let find ([gs groups])
                      (cond [(null? gs) #f]
                            [(same? (mcar (car gs)) k) (car gs)]
                            [else (find (cdr gs))]))])
            (if g
                (begin (set-mcdr! g (cons (car l) (mcdr g)))
                       (loop (cdr l) groups))
                (loop (cdr l) (cons (mcons k (list (car l))) groups)))))))

  (define (cartesian-product . ls)
    (let check ([ls* ls] [i 0])
      (unless (null? ls*)
        (unless (list? (car ls*))
          (apply raise-argument-error 'cartesian-product "list?" i ls))
        (check (cdr ls*) (add1 i))))
    (let loop ([ls ls])
      (if (null? ls)
          '(())
          (let ([rest (loop (cdr ls))])
            (append-map (lambda (x) (map (lambda (r) (cons x r)) rest)) (car ls))))))

  (define (remf f l)
    (check-pred 'remf f)
    (let loop ([l l])
      (cond [(null? l) '()]
            [(f (car l)) (cdr l)]
            [else (cons (car l) (loop (cdr l)))])))

  (define (remf* f l)
    (check-pred 'remf* f)
    (filter (lambda (x) (not (f x))) l))

  (define (index-of l x [same? equal?])
    (unless (list? l) (raise-argument-error 'index-of "list?" 0 l x))
    (let loop ([l l] [i 0])
      (cond [(null? l) #f]
            [(same? (car l) x) i]
            [else (loop (cdr l) (add1 i))])))

  (define (index-where l f)
    (unless (list? l) (raise-argument-error 'index-where "list?" 0 l f))
    (let loop ([l l] [i 0])
      (cond [(null? l) #f]
            [(f (car l)) i]
            [else (loop (cdr l) (add1 i))])))

  (define (indexes-of l x [same? equal?])
    (unless (list? l) (raise-argument-error 'indexes-of "list?" 0 l x))
    (let loop ([l l] [i 0])
      (cond [(null? l) '()]
            [(same? (car l) x) (cons i (loop (cdr l) (add1 i)))]
            [else (loop (cdr l) (add1 i))])))

  (define (indexes-where l f)
    (unless (list? l) (raise-argument-error 'indexes-where "list?" 0 l f))
    (let loop ([l l] [i 0])
      (cond [(null? l) '()]
            [(f (car l)) (cons i (loop (cdr l) (add1 i)))]
            [else (loop (cdr l) (add1 i))]))))
