;; quasiquote, unquote, unquote-splicing.
;;
;; Nested quasiquotes track a depth; only unquotes at depth 0 are
;; evaluated.  Sub-templates without any live unquote are emitted as one
;; (quote datum), so constant parts stay literal (and immutable) as in
;; Racket.  Vectors, boxes, hash tables and prefab structs are traversed.
(module qq '#%kernel
  (#%require (for-syntax '#%kernel '#%stx "small-lists.rkt" "core-macros.rkt"))
  (#%provide quasiquote unquote unquote-splicing)

  (define-syntaxes (unquote)
    (lambda (stx) (raise-syntax-error #f "not in quasiquote" stx)))
  (define-syntaxes (unquote-splicing)
    (lambda (stx) (raise-syntax-error #f "not in quasiquote" stx)))

  (begin-for-syntax
    (define (qq-id? stx id)
      (and (identifier? stx) (free-identifier=? stx id)))

    ;; (head x) with head one of the qq keywords?  returns x or #f
    (define (form-arg stx id)
      (let ([l (syntax->list stx)])
        (and l (= (length l) 2) (qq-id? (car l) id) (cadr l))))

    ;; Result of translating a template: (cons const? stx) where const?
    ;; means stx is a datum to be quoted (no unquote inside).
    (define (const d) (cons #t d))
    (define (code e) (cons #f e))
    (define (as-code r)
      (if (car r)
          (list (quote-syntax quote) (cdr r))
          (cdr r)))

    (define (qq stx depth)
      (cond
        [(form-arg stx (quote-syntax unquote))
         => (lambda (e)
              (if (= depth 0)
                  (code e)
                  (wrap-list stx (quote-syntax unquote) (qq e (sub1 depth)))))]
        [(form-arg stx (quote-syntax quasiquote))
         => (lambda (e)
              (wrap-list stx (quote-syntax quasiquote) (qq e (add1 depth))))]
        [else
         (let ([d (syntax-e stx)])
           (cond
             [(pair? d) (qq-pair stx d depth)]
             [(vector? d)
              (let ([r (qq-list (vector->list d) depth)])
                (if (car r)
                    (const stx)
                    (code (list (quote-syntax list->vector) (cdr r)))))]
             [(box? d)
              (let ([r (qq (unbox d) depth)])
                (if (car r)
                    (const stx)
                    (code (list (quote-syntax box) (as-code r)))))]
             [(hash? d)
              (let* ([keys (hash-key-list d)]
                     [rs (map (lambda (k) (qq (hash-ref d k) depth)) keys)])
                (if (andmap car rs)
                    (const stx)
                    (code (list* (quote-syntax hash-from-pairs)
                                 (list (quote-syntax quote)
                                       (cond [(hash-eq? d) 'eq] [(hash-eqv? d) 'eqv] [else 'equal]))
                                 (map (lambda (k r)
                                        (list (quote-syntax cons)
                                              (list (quote-syntax quote) k)
                                              (as-code r)))
                                      keys rs)))))]
             [(prefab-struct-key d)
              => (lambda (key)
                   (let ([r (qq-list (cdr (vector->list (struct->vector d))) depth)])
                     (if (car r)
                         (const stx)
                         (code (list (quote-syntax apply) (quote-syntax make-prefab-struct)
                                     (list (quote-syntax quote) key)
                                     (cdr r))))))]
             [else (const stx)]))]))

    ;; (kw x) at depth>0: rebuild the two-element list
    (define (wrap-list stx kw r)
      (if (car r)
          (const stx)
          (code (list (quote-syntax list) (list (quote-syntax quote) kw) (cdr r)))))

    ;; a list given as a Racket list of syntax (for vectors/prefabs): returns
    ;; code producing a list
    (define (qq-list elems depth)
      (qq (datum->syntax #f elems) depth))

    ;; pairs: handle (unquote-splicing e) elements and a dotted (unquote e)
    ;; tail, i.e. `(a . ,b)  ==  (a unquote b)
    (define (qq-pair stx d depth)
      (let ([a (car d)]
            [rest (cdr d)])
        (let ([rest-stx (if (syntax? rest) rest (datum->syntax #f rest))])
          (cond
            [(form-arg a (quote-syntax unquote-splicing))
             => (lambda (e)
                  (let ([rr (qq rest-stx depth)])
                    (if (= depth 0)
                        (if (and (car rr) (null? (syntax->datum* (cdr rr))))
                            (code e)
                            (code (list (quote-syntax append) e (as-code rr))))
                        (let ([ra (wrap-list a (quote-syntax unquote-splicing) (qq e (sub1 depth)))])
                          (combine stx ra rr)))))]
            [else
             (combine stx (qq a depth) (qq rest-stx depth))]))))

    ;; kernel-only key listing (hash-keys lives above the kernel)
    (define (hash-key-list h)
      (let loop ([i (hash-iterate-first h)] [acc '()])
        (if i
            (loop (hash-iterate-next h i) (cons (hash-iterate-key h i) acc))
            acc)))

    (define (syntax->datum* x) (if (syntax? x) (syntax->datum x) x))

    (define (combine stx ra rr)
      (if (and (car ra) (car rr))
          (const stx)
          (code (list (quote-syntax cons) (as-code ra) (as-code rr))))))

  (define-syntaxes (quasiquote)
    (lambda (stx)
      (syntax-case stx ()
        [(_ tmpl)
         (let ([r (qq (syntax tmpl) 0)])
           (datum->syntax (quote-syntax here) (as-code r) stx))])))

  ;; runtime helper for hash templates
  (define-values (hash-from-pairs)
    (lambda (kind . pairs)
      (let-values ([(h) (if (eq? kind 'eq) (make-immutable-hasheq pairs)
                            (if (eq? kind 'eqv) (make-immutable-hasheqv pairs)
                                (make-immutable-hash pairs)))])
        h))))
