;; racket/flonum: the flonum primitives of the kernel, plus flvector
;; sequences and comprehensions.
(module flonum "private/pre-base.rkt"
  (#%require "private/for.rkt" (for-syntax "private/pre-base.rkt"))
  (#%provide fl+ fl- fl* fl/ flabs fl= fl< fl> fl<= fl>= flmin flmax
             flround flfloor flceiling fltruncate flsingle
             flsin flcos fltan flasin flacos flatan fllog flexp flsqrt flexpt
             ->fl fl->exact-integer flreal-part flimag-part
             flvector flvector? make-flvector flvector-ref flvector-set! flvector-length flvector-copy
             in-flvector for/flvector for*/flvector)

  (define (in-flvector/proc v)
    (unless (flvector? v) (raise-argument-error 'in-flvector "flvector?" v))
    (make-do-sequence
     (lambda ()
       (values (lambda (i) (flvector-ref v i)) add1 0 (lambda (i) (< i (flvector-length v))) #f #f))))

  (define-sequence-syntax in-flvector
    (lambda () #'in-flvector/proc)
    (lambda (stx)
      (syntax-case stx ()
        [[(id) (_ v-expr)]
         #'[(id) (:do-in ([(v) v-expr])
                         (unless (flvector? v) (raise-argument-error 'in-flvector "flvector?" v))
                         ([i 0]) (< i (flvector-length v)) ([(id) (flvector-ref v i)]) #t #t ((+ i 1)))]]
        [_ #f])))

  (define (list->flvector l)
    (let ([v (make-flvector (length l))])
      (let loop ([l l] [i 0])
        (unless (null? l)
          (flvector-set! v i (car l))
          (loop (cdr l) (add1 i))))
      v))

  (define-syntax for/flvector
    (syntax-rules ()
      [(_ #:length n clauses body ...)
       (let ([v (make-flvector n 0.0)])
         (for/fold ([i 0]) clauses #:break (= i n)
           (flvector-set! v i (let () body ...))
           (add1 i))
         v)]
      [(_ clauses body ...) (list->flvector (for/list clauses body ...))]))

  (define-syntax for*/flvector
    (syntax-rules ()
      [(_ clauses body ...) (list->flvector (for*/list clauses body ...))])))
