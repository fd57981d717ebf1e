;; map, for-each, andmap, ormap for the syntax layer.  The kernel does not
;; have them (racket/base's versions live in list-base.rkt, which is built
;; on top of this layer), so transformers and runtime helpers below
;; list-base use these simple versions.  Not exported from racket/base.
(module small-lists '#%kernel
  (#%provide map for-each andmap ormap)

  (define-values (cars) (lambda (ls) (if (null? ls) '() (cons (car (car ls)) (cars (cdr ls))))))
  (define-values (cdrs) (lambda (ls) (if (null? ls) '() (cons (cdr (car ls)) (cdrs (cdr ls))))))

  (define-values (map)
    (case-lambda
      [(f l) (letrec-values ([(loop) (lambda (l) (if (null? l) '() (cons (f (car l)) (loop (cdr l)))))])
               (loop l))]
      [(f l . ls) (letrec-values ([(loop) (lambda (ls)
                                            (if (null? (car ls)) '()
                                                (cons (apply f (cars ls)) (loop (cdrs ls)))))])
                    (loop (cons l ls)))]))

  (define-values (for-each)
    (case-lambda
      [(f l) (letrec-values ([(loop) (lambda (l) (if (null? l) (void) (begin (f (car l)) (loop (cdr l)))))])
               (loop l))]
      [(f l . ls) (letrec-values ([(loop) (lambda (ls)
                                            (if (null? (car ls)) (void)
                                                (begin (apply f (cars ls)) (loop (cdrs ls)))))])
                    (loop (cons l ls)))]))

  (define-values (andmap)
    (lambda (f l)
      (letrec-values ([(loop) (lambda (l)
                                (if (null? l) #t
                                    (if (null? (cdr l)) (f (car l))
                                        (if (f (car l)) (loop (cdr l)) #f))))])
        (loop l))))

  (define-values (ormap)
    (lambda (f l)
      (letrec-values ([(loop) (lambda (l)
                                (if (null? l) #f
                                    (if (null? (cdr l)) (f (car l))
                                        (let-values ([(r) (f (car l))]) (if r r (loop (cdr l)))))))])
        (loop l)))))
