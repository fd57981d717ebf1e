;; racket/fixnum: the fixnum primitives of the kernel, plus fxvector
;; sequences and comprehensions.
(module fixnum "private/pre-base.rkt"
  (#%require "private/for.rkt" (for-syntax "private/pre-base.rkt"))
  (#%provide fx+ fx- fx* fxquotient fxremainder fxmodulo fxabs
             fxand fxior fxxor fxnot fxlshift fxrshift fxpopcount fxpopcount16 fxpopcount32
             fx+/wraparound fx-/wraparound fx*/wraparound fxlshift/wraparound
             fx= fx< fx> fx<= fx>= fxmin fxmax fx->fl fl->fx
             fxvector fxvector? make-fxvector fxvector-ref fxvector-set! fxvector-length fxvector-copy
             in-fxvector for/fxvector for*/fxvector)

  (define (in-fxvector/proc v)
    (unless (fxvector? v) (raise-argument-error 'in-fxvector "fxvector?" v))
    (make-do-sequence
     (lambda ()
       (values (lambda (i) (fxvector-ref v i)) add1 0 (lambda (i) (< i (fxvector-length v))) #f #f))))

  (define-sequence-syntax in-fxvector
    (lambda () #'in-fxvector/proc)
    (lambda (stx)
      (syntax-case stx ()
        [[(id) (_ v-expr)]
         #'[(id) (:do-in ([(v) v-expr])
                         (unless (fxvector? v) (raise-argument-error 'in-fxvector "fxvector?" v))
                         ([i 0]) (< i (fxvector-length v)) ([(id) (fxvector-ref v i)]) #t #t ((+ i 1)))]]
        [_ #f])))

  (define (list->fxvector l)
    (let ([v (make-fxvector (length l))])
      (let loop ([l l] [i 0])
        (unless (null? l)
          (fxvector-set! v i (car l))
          (loop (cdr l) (add1 i))))
      v))

  (define-syntax for/fxvector
    (syntax-rules ()
      [(_ #:length n clauses body ...)
       (let ([v (make-fxvector n 0)])
         (for/fold ([i 0]) clauses #:break (= i n)
           (fxvector-set! v i (let () body ...))
           (add1 i))
         v)]
      [(_ clauses body ...) (list->fxvector (for/list clauses body ...))]))

  (define-syntax for*/fxvector
    (syntax-rules ()
      [(_ clauses body ...) (list->fxvector (for*/list clauses body ...))])))
