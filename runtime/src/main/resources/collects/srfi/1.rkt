#lang racket/base
;; srfi/1: the SRFI 1 list library as Racket 8.7 provides it, written for JRacket from the
;; SRFI 1 document and Racket's behaviour.
;;
;; As in Racket, some names are Racket's own procedures: first..fourth are car..cadddr, filter
;; is racket/base's, count, take, drop, take-right, drop-right and split-at are racket/list's,
;; cons* is list*, concatenate is append*, and the linear-update variants (filter!, take!,
;; append!, reverse! ...) are the pure procedures. map, for-each, fold, any, every and the
;; other traversals stop at the shortest list. Errors use the wording Racket's srfi/1 gives
;; ("null-list?: argument out of domain", "fold: expected procedure, given ...").
(require (only-in racket/list count take drop take-right drop-right split-at append*
                  [make-list racket:make-list])
         (only-in racket/base [map base:map] [for-each base:for-each] [member base:member]
                  [assoc base:assoc] [filter base:filter]))
(provide xcons (rename-out [list* cons*]) make-list list-tabulate list-copy circular-list iota
         proper-list? circular-list? dotted-list? not-pair? null-list? list=
         (rename-out [car first] [cadr second] [caddr third] [cadddr fourth])
         fifth sixth seventh eighth ninth tenth
         car+cdr take drop take-right drop-right split-at last last-pair
         (rename-out [take take!] [drop-right drop-right!] [split-at split-at!])
         length+ (rename-out [append append!] [append* concatenate] [append* concatenate!]
                             [reverse reverse!])
         append-reverse (rename-out [append-reverse append-reverse!])
         zip unzip1 unzip2 unzip3 unzip4 unzip5 count
         fold fold-right pair-fold pair-fold-right reduce reduce-right unfold unfold-right
         append-map (rename-out [append-map append-map!]) pair-for-each filter-map
         map-in-order (rename-out [map-in-order map] [map-in-order map!] [my-for-each for-each])
         filter partition (rename-out [my-remove remove] [my-filter filter-with-sharing]
                                      [filter filter!] [partition partition!] [my-remove remove!])
         find find-tail any every list-index take-while drop-while span break
         (rename-out [take-while take-while!] [span span!] [break break!])
         delete delete-duplicates (rename-out [delete delete!] [delete-duplicates delete-duplicates!]
                                              [my-member member] [my-assoc assoc])
         alist-cons alist-copy alist-delete
         lset<= lset= lset-adjoin lset-union lset-intersection lset-difference lset-xor
         lset-diff+intersection
         (rename-out [lset-union lset-union!] [lset-difference lset-difference!] [lset-xor lset-xor!]
                     [lset-diff+intersection lset-diff+intersection!])
         pair? null?)

(define filter base:filter)
(define (my-filter pred l) (base:filter pred l))

(define (check-proc who f)
  (unless (procedure? f) (error who "expected procedure, given ~a" f)))

(define (null-list? l)
  (cond [(pair? l) #f]
        [(null? l) #t]
        [else (error 'null-list? "argument out of domain ~a" l)]))

(define (any-null? ls) (and (pair? ls) (or (null-list? (car ls)) (any-null? (cdr ls)))))

;; ---- constructors --------------------------------------------------------------------------

(define (xcons d a) (cons a d))

(define (make-list n [fill #f]) (racket:make-list n fill))

(define (list-tabulate n init)
  (unless (and (exact-nonnegative-integer? n)) (error 'list-tabulate "given ~a" n))
  (check-proc 'list-tabulate init)
  (let loop ([i (sub1 n)] [acc '()])
    (if (< i 0) acc (loop (sub1 i) (cons (init i) acc)))))

(define (list-copy l)
  (if (pair? l) (cons (car l) (list-copy (cdr l))) l))

;; JRacket's pairs are immutable all the way down, so no pair can be made to point back at
;; itself: circular-list raises exn:fail:unsupported (circular-list? and length+ still handle
;; the lists they can be given).
(define (circular-list x . xs)
  (raise (exn:fail:unsupported "circular-list: cyclic lists are not supported by this implementation"
                               (current-continuation-marks))))

(define (iota count [start 0] [step 1])
  (unless (integer? count) (error 'iota "expected integer, given ~a" count))
  (unless (number? start) (error 'iota "expected number, given ~a" start))
  (unless (number? step) (error 'iota "expected number, given ~a" step))
  (when (< count 0) (error 'iota "count expected to be non-negative, got: ~a" count))
  (let loop ([i (sub1 count)] [acc '()])
    (if (< i 0) acc (loop (sub1 i) (cons (+ start (* i step)) acc)))))

;; ---- predicates ----------------------------------------------------------------------------

(define (proper-list? x) (list? x))

(define (circular-list? x)
  (let loop ([slow x] [fast x])
    (and (pair? fast)
         (let ([fast (cdr fast)])
           (and (pair? fast)
                (let ([fast (cdr fast)] [slow (cdr slow)])
                  (or (eq? fast slow) (loop slow fast))))))))

(define (dotted-list? x)
  (let loop ([slow x] [fast x])
    (cond [(pair? fast)
           (let ([fast (cdr fast)])
             (cond [(pair? fast)
                    (let ([fast (cdr fast)] [slow (cdr slow)])
                      (and (not (eq? fast slow)) (loop slow fast)))]
                   [else (not (null? fast))]))]
          [else (not (null? fast))])))

(define (not-pair? x) (not (pair? x)))

(define (list= elt= . lists)
  (or (null? lists)
      (let outer ([a (car lists)] [rest (cdr lists)])
        (or (null? rest)
            (let ([b (car rest)])
              (and (let inner ([a a] [b b])
                     (cond [(null-list? a) (null-list? b)]
                           [(null-list? b) #f]
                           [else (and (elt= (car a) (car b)) (inner (cdr a) (cdr b)))]))
                   (outer b (cdr rest))))))))

;; ---- selectors -----------------------------------------------------------------------------

(define (fifth x) (car (cddddr x)))
(define (sixth x) (cadr (cddddr x)))
(define (seventh x) (caddr (cddddr x)))
(define (eighth x) (cadddr (cddddr x)))
(define (ninth x) (car (cddddr (cddddr x))))
(define (tenth x) (cadr (cddddr (cddddr x))))

(define (car+cdr p) (values (car p) (cdr p)))

(define (last-pair l)
  (unless (pair? l) (error 'last-pair "expected pair, given ~a" l))
  (let loop ([l l]) (if (pair? (cdr l)) (loop (cdr l)) l)))

(define (last l) (car (last-pair l)))

;; ---- miscellaneous -------------------------------------------------------------------------

(define (length+ x)
  (let loop ([slow x] [fast x] [n 0])
    (if (pair? fast)
        (let ([fast (cdr fast)] [n (add1 n)])
          (if (pair? fast)
              (let ([fast (cdr fast)] [slow (cdr slow)] [n (add1 n)])
                (if (eq? fast slow) #f (loop slow fast n)))
              n))
        n)))

(define (append-reverse rev-head tail)
  (if (null-list? rev-head) tail (append-reverse (cdr rev-head) (cons (car rev-head) tail))))

(define (zip l . ls) (apply map-in-order list l ls))

(define (unzip1 l) (map-in-order car l))
(define (unzip2 l) (values (map-in-order car l) (map-in-order cadr l)))
(define (unzip3 l) (values (map-in-order car l) (map-in-order cadr l) (map-in-order caddr l)))
(define (unzip4 l) (values (map-in-order car l) (map-in-order cadr l) (map-in-order caddr l)
                           (map-in-order cadddr l)))
(define (unzip5 l) (values (map-in-order car l) (map-in-order cadr l) (map-in-order caddr l)
                           (map-in-order cadddr l) (map-in-order fifth l)))

;; ---- fold, unfold, map ---------------------------------------------------------------------

(define (cars+cdrs ls)
  ;; (values cars cdrs), or (values #f #f) when some list is empty
  (let loop ([ls ls] [cars '()] [cdrs '()])
    (cond [(null? ls) (values (reverse cars) (reverse cdrs))]
          [(null-list? (car ls)) (values #f #f)]
          [else (loop (cdr ls) (cons (caar ls) cars) (cons (cdar ls) cdrs))])))

(define fold
  (case-lambda
    [(kons knil l)
     (check-proc 'fold kons)
     (let loop ([l l] [acc knil])
       (if (null-list? l) acc (loop (cdr l) (kons (car l) acc))))]
    [(kons knil l . ls)
     (check-proc 'fold kons)
     (let loop ([ls (cons l ls)] [acc knil])
       (let-values ([(cars cdrs) (cars+cdrs ls)])
         (if cars (loop cdrs (apply kons (append cars (list acc)))) acc)))]))

(define fold-right
  (case-lambda
    [(kons knil l)
     (check-proc 'fold-right kons)
     (let loop ([l l])
       (if (null-list? l) knil (kons (car l) (loop (cdr l)))))]
    [(kons knil l . ls)
     (check-proc 'fold-right kons)
     (let loop ([ls (cons l ls)])
       (let-values ([(cars cdrs) (cars+cdrs ls)])
         (if cars (apply kons (append cars (list (loop cdrs)))) knil)))]))

(define (pair-fold kons knil l . ls)
  (check-proc 'pair-fold kons)
  (let loop ([ls (cons l ls)] [acc knil])
    (if (any-null? ls)
        acc
        (let ([next (base:map cdr ls)])   ; taken before kons may change the pairs
          (loop next (apply kons (append ls (list acc))))))))

(define (pair-fold-right kons knil l . ls)
  (check-proc 'pair-fold-right kons)
  (let loop ([ls (cons l ls)])
    (if (any-null? ls) knil (apply kons (append ls (list (loop (base:map cdr ls))))))))

(define (reduce f ridentity l)
  (check-proc 'reduce f)
  (if (null-list? l) ridentity (fold f (car l) (cdr l))))

(define (reduce-right f ridentity l)
  (check-proc 'reduce-right f)
  (if (null-list? l)
      ridentity
      (let loop ([head (car l)] [l (cdr l)])
        (if (pair? l) (f head (loop (car l) (cdr l))) head))))

(define (unfold p f g seed [tail-gen (lambda (x) '())])
  (check-proc 'unfold p)
  (check-proc 'unfold f)
  (check-proc 'unfold g)
  (check-proc 'unfold tail-gen)
  (let loop ([seed seed])
    (if (p seed) (tail-gen seed) (cons (f seed) (loop (g seed))))))

(define (unfold-right p f g seed [tail '()])
  (check-proc 'unfold-right p)
  (check-proc 'unfold-right f)
  (check-proc 'unfold-right g)
  (let loop ([seed seed] [acc tail])
    (if (p seed) acc (loop (g seed) (cons (f seed) acc)))))

(define (map-in-order f l . ls)
  (check-proc 'map-in-order f)
  (if (null? ls)
      (let loop ([l l])
        (if (null-list? l) '() (let ([v (f (car l))]) (cons v (loop (cdr l))))))
      (let loop ([ls (cons l ls)])
        (let-values ([(cars cdrs) (cars+cdrs ls)])
          (if cars (let ([v (apply f cars)]) (cons v (loop cdrs))) '())))))

(define (my-for-each f l . ls)
  (check-proc 'for-each f)
  (if (null? ls)
      (let loop ([l l]) (unless (null-list? l) (f (car l)) (loop (cdr l))))
      (let loop ([ls (cons l ls)])
        (let-values ([(cars cdrs) (cars+cdrs ls)])
          (when cars (apply f cars) (loop cdrs))))))

(define (append-map f l . ls)
  (check-proc 'append-map f)
  (apply append (apply map-in-order f l ls)))

(define (pair-for-each f l . ls)
  (check-proc 'pair-for-each f)
  (let loop ([ls (cons l ls)])
    (unless (any-null? ls)
      (let ([next (base:map cdr ls)])
        (apply f ls)
        (loop next)))))

(define (filter-map f l . ls)
  (check-proc 'filter-map f)
  (let loop ([ls (cons l ls)])
    (let-values ([(cars cdrs) (cars+cdrs ls)])
      (if cars
          (let ([v (apply f cars)]) (if v (cons v (loop cdrs)) (loop cdrs)))
          '()))))

;; ---- filtering, searching ------------------------------------------------------------------

(define (partition pred l)
  (check-proc 'partition pred)
  (let loop ([l l] [in '()] [out '()])
    (cond [(null-list? l) (values (reverse in) (reverse out))]
          [(pred (car l)) (loop (cdr l) (cons (car l) in) out)]
          [else (loop (cdr l) in (cons (car l) out))])))

(define (my-remove pred l)
  (check-proc 'remove pred)
  (base:filter (lambda (x) (not (pred x))) l))

(define (find pred l)
  (let ([t (find-tail pred l)]) (and t (car t))))

(define (find-tail pred l)
  (check-proc 'find-tail pred)
  (let loop ([l l])
    (and (not (null-list? l)) (if (pred (car l)) l (loop (cdr l))))))

(define (any pred l . ls)
  (check-proc 'any pred)
  (if (null? ls)
      (and (not (null-list? l))
           (let loop ([l l])
             (if (null-list? (cdr l)) (pred (car l)) (or (pred (car l)) (loop (cdr l))))))
      (let loop ([ls (cons l ls)])
        (let-values ([(cars cdrs) (cars+cdrs ls)])
          (and cars
               (if (any-null? cdrs) (apply pred cars) (or (apply pred cars) (loop cdrs))))))))

(define (every pred l . ls)
  (check-proc 'every pred)
  (if (null? ls)
      (or (null-list? l)
          (let loop ([l l])
            (if (null-list? (cdr l)) (pred (car l)) (and (pred (car l)) (loop (cdr l))))))
      (let loop ([ls (cons l ls)])
        (let-values ([(cars cdrs) (cars+cdrs ls)])
          (or (not cars)
              (if (any-null? cdrs) (apply pred cars) (and (apply pred cars) (loop cdrs))))))))

(define (list-index pred l . ls)
  (check-proc 'list-index pred)
  (let loop ([ls (cons l ls)] [i 0])
    (let-values ([(cars cdrs) (cars+cdrs ls)])
      (and cars (if (apply pred cars) i (loop cdrs (add1 i)))))))

(define (take-while pred l)
  (check-proc 'take-while pred)
  (let loop ([l l])
    (if (and (not (null-list? l)) (pred (car l))) (cons (car l) (loop (cdr l))) '())))

(define (drop-while pred l)
  (check-proc 'drop-while pred)
  (let loop ([l l])
    (if (and (not (null-list? l)) (pred (car l))) (loop (cdr l)) l)))

(define (span pred l)
  (check-proc 'span pred)
  (let loop ([l l] [acc '()])
    (if (and (not (null-list? l)) (pred (car l)))
        (loop (cdr l) (cons (car l) acc))
        (values (reverse acc) l))))

(define (break pred l)
  (check-proc 'break pred)
  (span (lambda (x) (not (pred x))) l))

;; ---- deletion, association lists -----------------------------------------------------------

(define (delete x l [= equal?])
  (base:filter (lambda (y) (not (= x y))) l))

(define (delete-duplicates l [= equal?])
  (check-proc 'delete-duplicates =)
  (let loop ([l l])
    (if (null-list? l)
        l
        (let ([x (car l)])
          (cons x (loop (delete x (cdr l) =)))))))

(define (my-member x l [= equal?])
  (if (eq? = equal?)
      (base:member x l)
      (let loop ([l l])
        (and (not (null-list? l)) (if (= x (car l)) l (loop (cdr l)))))))

(define (my-assoc x l [= equal?])
  (if (eq? = equal?)
      (base:assoc x l)
      (let loop ([l l])
        (and (not (null-list? l)) (if (= x (caar l)) (car l) (loop (cdr l)))))))

(define (alist-cons k v l) (cons (cons k v) l))

(define (alist-copy l) (base:map (lambda (p) (cons (car p) (cdr p))) l))

(define (alist-delete k l [= equal?])
  (base:filter (lambda (p) (not (= k (car p)))) l))

;; ---- sets as lists -------------------------------------------------------------------------

(define (mem? = x l) (let loop ([l l]) (and (pair? l) (or (= (car l) x) (loop (cdr l))))))

(define (lset<= = . lists)
  (check-proc 'lset<= =)
  (or (null? lists)
      (let loop ([a (car lists)] [rest (cdr lists)])
        (or (null? rest)
            (let ([b (car rest)])
              (and (or (eq? a b) (every (lambda (x) (mem? = x b)) a))
                   (loop b (cdr rest))))))))

(define (lset= = . lists)
  (check-proc 'lset= =)
  (or (null? lists)
      (let loop ([a (car lists)] [rest (cdr lists)])
        (or (null? rest)
            (let ([b (car rest)])
              (and (or (eq? a b)
                       (and (every (lambda (x) (mem? = x b)) a)
                            (every (lambda (x) (mem? = x a)) b)))
                   (loop b (cdr rest))))))))

(define (lset-adjoin = l . xs)
  (check-proc 'lset-adjoin =)
  (fold (lambda (x acc) (if (mem? = x acc) acc (cons x acc))) l xs))

(define (lset-union = . lists)
  (check-proc 'lset-union =)
  (reduce (lambda (b a)
            (cond [(null? b) a]
                  [(null? a) b]
                  [(eq? a b) a]
                  [else (fold (lambda (x acc) (if (mem? = x acc) acc (cons x acc))) a b)]))
          '() lists))

(define (lset-intersection = l . lists)
  (check-proc 'lset-intersection =)
  (let ([lists (base:filter (lambda (x) (not (eq? x l))) lists)])
    (cond [(any null-list? lists) '()]
          [(null? lists) l]
          [else (base:filter (lambda (x) (every (lambda (other) (mem? = x other)) lists)) l)])))

(define (lset-difference = l . lists)
  (check-proc 'lset-difference =)
  (let ([lists (base:filter pair? lists)])
    (cond [(null? lists) l]
          [(memq l lists) '()]
          [else (base:filter (lambda (x) (every (lambda (other) (not (mem? = x other))) lists)) l)])))

(define (lset-diff+intersection = l . lists)
  (check-proc 'lset-diff+intersection =)
  (cond [(every null-list? lists) (values l '())]
        [(memq l lists) (values '() l)]
        [else (partition (lambda (x) (not (any (lambda (other) (mem? = x other)) lists))) l)]))

(define (lset-xor = . lists)
  (check-proc 'lset-xor =)
  (reduce (lambda (b a)
            (let-values ([(a-b a&b) (lset-diff+intersection = a b)])
              (cond [(null? a-b) (lset-difference = b a)]
                    [(null? a&b) (append b a)]
                    [else (fold (lambda (x acc) (if (mem? = x a&b) acc (cons x acc))) a-b b)])))
          '() lists))
