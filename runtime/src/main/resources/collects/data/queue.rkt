#lang racket/base
;; data/queue: mutable FIFO queues (Racket 8.7's API), written for JRacket. A queue keeps
;; its first and last mutable pairs, so enqueue!, enqueue-front! and dequeue! are O(1), and
;; its length. Queues are sequences. enqueue!, enqueue-front! and dequeue! report a bad
;; argument as Racket's do (raise-type-error). Racket checks the other functions' arguments
;; with contracts (blame messages); these raise plain argument errors instead.
(require (only-in racket/contract flat-named-contract))
(provide enqueue! enqueue-front! dequeue! (rename-out [in-queue* in-queue])
         queue/c nonempty-queue/c queue? non-empty-queue? make-queue
         (rename-out [checked-queue-empty? queue-empty?] [checked-queue-length queue-length]
                     [checked-queue->list queue->list] [checked-queue-filter! queue-filter!]))

(struct queue ([head #:mutable] [tail #:mutable] [length #:mutable])
  #:property prop:sequence (lambda (q) (in-queue* q)))

(define (make-queue) (queue '() '() 0))

(define (queue-empty? q) (null? (queue-head q)))

(define (check-queue who q)
  (unless (queue? q) (raise-argument-error who "queue?" q)))
(define (checked-queue-empty? q) (check-queue 'queue-empty? q) (queue-empty? q))
(define (checked-queue-length q) (check-queue 'queue-length q) (queue-length q))
(define (checked-queue->list q) (check-queue 'queue->list q) (queue->list q))
(define (checked-queue-filter! q keep?)
  (check-queue 'queue-filter! q)
  (unless (and (procedure? keep?) (procedure-arity-includes? keep? 1))
    (raise-argument-error 'queue-filter! "(-> any/c any/c)" keep?))
  (queue-filter! q keep?))
(define (non-empty-queue? v) (and (queue? v) (mpair? (queue-head v))))

(define (enqueue! q v)
  (unless (queue? q) (raise-type-error 'enqueue! "queue" 0 q))
  (let ([cell (mcons v '())])
    (if (null? (queue-head q))
        (set-queue-head! q cell)
        (set-mcdr! (queue-tail q) cell))
    (set-queue-tail! q cell)
    (set-queue-length! q (add1 (queue-length q)))))

(define (enqueue-front! q v)
  (unless (queue? q) (raise-type-error 'enqueue-front! "queue" 0 q))
  (let ([cell (mcons v (queue-head q))])
    (when (null? (queue-head q)) (set-queue-tail! q cell))
    (set-queue-head! q cell)
    (set-queue-length! q (add1 (queue-length q)))))

(define (dequeue! q)
  (unless (queue? q) (raise-type-error 'dequeue! "queue" 0 q))
  (let ([cell (queue-head q)])
    (when (null? cell) (raise-type-error 'dequeue! "non-empty queue" 0 q))
    (set-queue-head! q (mcdr cell))
    (when (null? (mcdr cell)) (set-queue-tail! q '()))
    (set-queue-length! q (sub1 (queue-length q)))
    (mcar cell)))

(define (queue->list q)
  (let loop ([c (queue-head q)] [acc '()])
    (if (null? c) (reverse acc) (loop (mcdr c) (cons (mcar c) acc)))))

(define (queue-filter! q keep?)
  (let loop ([c (queue-head q)] [head '()] [tail '()] [n 0])
    (cond
      [(null? c)
       (set-queue-head! q head)
       (set-queue-tail! q tail)
       (set-queue-length! q n)]
      [(keep? (mcar c))
       (let ([cell (mcons (mcar c) '())])
         (if (null? head) (loop (mcdr c) cell cell (add1 n))
             (begin (set-mcdr! tail cell) (loop (mcdr c) head cell (add1 n)))))]
      [else (loop (mcdr c) head tail n)])))

(define (in-queue* q)
  (unless (queue? q) (raise-argument-error 'in-queue "queue?" q))
  (make-do-sequence
   (lambda ()
     (values mcar mcdr (queue-head q) mpair? #f #f))))

(define queue/c (flat-named-contract 'queue/c queue?))
(define nonempty-queue/c (flat-named-contract 'nonempty-queue/c non-empty-queue?))
