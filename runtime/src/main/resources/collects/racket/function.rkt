;; racket/function: small combinators over procedures.
(module function "private/pre-base.rkt"
  (#%require "private/list-base.rkt")
  (#%provide identity const thunk thunk* compose compose1
             curry curryr negate conjoin disjoin
             arity-includes? normalize-arity normalized-arity? arity=? arity<=?)

  (define (identity x) x)

  (define (const v)
    (procedure-rename (lambda args v) 'const))

  (define-syntax-rule (thunk body ...) (lambda () body ...))
  (define-syntax-rule (thunk* body ...) (lambda ignored body ...))

  (define (check-proc who f)
    (unless (procedure? f) (raise-argument-error who "procedure?" f)))

  (define (negate f)
    (check-proc 'negate f)
    (procedure-reduce-arity (lambda args (not (apply f args))) (procedure-arity f)))

  (define (conjoin . fs)
    (for-each (lambda (f) (check-proc 'conjoin f)) fs)
    (lambda args
      (let loop ([fs fs] [last #t])
        (if (null? fs) last
            (let ([v (apply (car fs) args)])
              (and v (loop (cdr fs) v)))))))

  (define (disjoin . fs)
    (for-each (lambda (f) (check-proc 'disjoin f)) fs)
    (lambda args
      (let loop ([fs fs])
        (and (pair? fs)
             (or (apply (car fs) args) (loop (cdr fs)))))))

  ;; --- currying ---------------------------------------------------------
  ;; (curry f) waits for arguments; (curry f a ...) calls f as soon as the
  ;; arguments reach its largest fixed arity, and otherwise returns a
  ;; procedure that calls f when the collected arguments fit its arity.

  (define (max-fixed-arity a)
    (cond [(exact-nonnegative-integer? a) a]
          [(arity-at-least? a) #f]
          [else (let loop ([a a] [m 0])
                  (cond [(null? a) m]
                        [(arity-at-least? (car a)) #f]
                        [else (loop (cdr a) (max m (car a)))]))]))

  (define (curried-name f)
    (let ([n (object-name f)])
      (if (symbol? n) (string->symbol (format "curried:~a" n)) 'curried)))

  (define (make-curry who right?)
    (define (collect f args)
      (let ([m (max-fixed-arity (procedure-arity f))])
        (if (and m (>= (length args) m))
            (apply f args)
            (procedure-rename
             (lambda more
               (let ([all (if right? (append more args) (append args more))])
                 (if (procedure-arity-includes? f (length all))
                     (apply f all)
                     (collect f all))))
             (curried-name f)))))
    (lambda (f . args)
      (check-proc who f)
      (if (null? args)
          (procedure-rename (lambda more (if (null? more) (collect f '()) (collect f more)))
                            (curried-name f))
          (collect f args))))

  (define curry (make-curry 'curry #f))
  (define curryr (make-curry 'curryr #t))

  ;; --- arities ----------------------------------------------------------

  (define (arity-includes? a k)
    (cond [(exact-nonnegative-integer? a) (= a k)]
          [(arity-at-least? a) (>= k (arity-at-least-value a))]
          [else (ormap (lambda (x) (arity-includes? x k)) a)]))

  ;; normal form: a sorted list of fixed arities below an optional
  ;; arity-at-least; a single element stands for itself
  (define (normalize-arity a)
    (let* ([items (if (list? a) a (list a))]
           [at-least (let loop ([l items] [m #f])
                       (cond [(null? l) m]
                             [(arity-at-least? (car l))
                              (let ([v (arity-at-least-value (car l))])
                                (loop (cdr l) (if (or (not m) (< v m)) v m)))]
                             [else (loop (cdr l) m)]))]
           [fixed (sort (remove-dups
                         (filter (lambda (x) (and (exact-nonnegative-integer? x)
                                                  (not (and at-least (>= x at-least)))))
                                 items))
                        <)])
      ;; fold fixed arities adjacent to the at-least bound into it
      (let loop ([fixed (reverse fixed)] [at-least at-least])
        (if (and at-least (pair? fixed) (= (car fixed) (sub1 at-least)))
            (loop (cdr fixed) (car fixed))
            (let ([result (append (reverse fixed)
                                  (if at-least (list (arity-at-least at-least)) '()))])
              (if (and (pair? result) (null? (cdr result))) (car result) result))))))

  (define (remove-dups l)
    (let loop ([l l] [acc '()])
      (cond [(null? l) (reverse acc)]
            [(memv (car l) acc) (loop (cdr l) acc)]
            [else (loop (cdr l) (cons (car l) acc))])))

  (define (normalized-arity? a) (equal? a (normalize-arity a)))

  (define (arity=? a b) (equal? (normalize-arity a) (normalize-arity b)))

  (define (arity<=? a b)
    (let ([a (normalize-arity a)])
      (andmap (lambda (x)
                (if (arity-at-least? x)
                    (let ([bb (normalize-arity b)])
                      (let loop ([l (if (list? bb) bb (list bb))])
                        (and (pair? l)
                             (or (and (arity-at-least? (car l))
                                      (<= (arity-at-least-value (car l)) (arity-at-least-value x)))
                                 (loop (cdr l))))))
                    (arity-includes? b x)))
              (if (list? a) a (list a))))))
