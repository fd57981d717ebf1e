;; Run-time side of sequences: the sequence values themselves, generic
;; dispatch on any sequence (lists, vectors, strings, hashes, numbers, ports,
;; prop:sequence structs, ...), and the procedure forms of `in-range`,
;; `in-list`, ... that are used when those names appear as expressions.
;;
;; The `for` macros (for.rkt) expand known sequence forms into inline loops
;; and only fall back on `make-sequence` below for everything else.
;;
;; Protocol: `make-sequence` answers seven values
;;   pos->element early-next-pos next-pos initial-pos
;;   continue-with-pos? continue-with-val? continue-after-pos+val?
;; where early-next-pos and the three continue procedures may be #f.
(module seq-core "pre-base.rkt"
  (#%require "list-base.rkt")
  (provide prop:sequence sequence? make-do-sequence make-sequence
           sequence-generate sequence-generate*
           sequence-struct-type stream-struct-type
           make-stream-value stream-value? stream-value-thunk
           puller sequence-from-puller
           in-range/proc in-naturals/proc in-list/proc in-mlist/proc
           in-vector/proc in-string/proc in-bytes/proc
           in-hash/proc in-hash-keys/proc in-hash-values/proc in-hash-pairs/proc
           in-mutable-hash/proc in-mutable-hash-keys/proc in-mutable-hash-values/proc in-mutable-hash-pairs/proc
           in-immutable-hash/proc in-immutable-hash-keys/proc in-immutable-hash-values/proc in-immutable-hash-pairs/proc
           in-weak-hash/proc in-weak-hash-keys/proc in-weak-hash-values/proc in-weak-hash-pairs/proc
           in-value/proc in-indexed/proc in-producer/proc
           in-inclusive-range/proc
           in-values-sequence in-values*-sequence in-cycle in-parallel in-sequences
           in-port in-lines in-bytes-lines in-input-port-bytes in-input-port-chars
           stop-before stop-after
           check-range check-vector-args check-hash check-producer-stop
           not-a-sequence)

  ;; prop:sequence: the value is a procedure from the struct to a sequence
  (define-values (prop:sequence sequence-struct? sequence-struct-ref)
    (make-struct-type-property 'sequence
                               (lambda (v info)
                                 (unless (and (procedure? v) (procedure-arity-includes? v 1))
                                   (raise-argument-error 'guard-for-prop:sequence
                                                         "(procedure-arity-includes/c 1)" v))
                                 v)))

  ;; The values made by make-do-sequence print as #<sequence>; those made
  ;; by in-range, in-list and in-naturals print as #<stream> (they are streams
  ;; too).  Both hold the thunk that answers the make-do-sequence values.
  (define-values (sequence-struct-type make-sequence-value sequence-value? sequence-value-ref sequence-value-set!)
    (make-struct-type 'sequence #f 1 0 #f '() (current-inspector)))
  (define (sequence-value-thunk s) (sequence-value-ref s 0))

  (define-values (stream-struct-type make-stream-value stream-value? stream-value-ref stream-value-set!)
    (make-struct-type 'stream #f 1 0 #f '() (current-inspector)))
  (define (stream-value-thunk s) (stream-value-ref s 0))

  (define (make-do-sequence thunk)
    (unless (and (procedure? thunk) (procedure-arity-includes? thunk 0))
      (raise-argument-error 'make-do-sequence "(-> (values ...))" thunk))
    (make-sequence-value thunk))

  (define (sequence? v)
    (or (exact-nonnegative-integer? v)
        (list? v)
        (vector? v)
        (string? v)
        (bytes? v)
        (hash? v)
        (input-port? v)
        (mpair? v)
        (sequence-value? v)
        (stream-value? v)
        (sequence-struct? v)))

  (define (not-a-sequence who v)
    (raise (make-exn:fail:contract
            (format "for: expected a sequence for ~a, got something else: ~e"
                    (if (and (pair? who) (null? (cdr who)))
                        (car who)
                        (if (pair? who) (format "~a" who) who))
                    v)
            (current-continuation-marks))))

  ;; Answers the seven protocol values for the sequence `v`.
  ;; `who` names the loop variables, for the error message.
  (define (make-sequence who v)
    (cond
      [(exact-nonnegative-integer? v) (range-values 0 v 1)]
      [(list? v) (values car #f cdr v pair? #f #f)]
      [(vector? v) (index-values vector-ref v 0 (vector-length v) 1)]
      [(string? v) (index-values string-ref v 0 (string-length v) 1)]
      [(bytes? v) (index-values bytes-ref v 0 (bytes-length v) 1)]
      [(hash? v) (hash-values-protocol v (lambda (k val) (values k val)))]
      [(sequence-value? v) (from-thunk (sequence-value-thunk v))]
      [(stream-value? v) (from-thunk (stream-value-thunk v))]
      [(sequence-struct? v) (make-sequence who ((sequence-struct-ref v) v))]
      [(input-port? v) (values (lambda (p) (read-byte p)) #f values v #f
                               (lambda (b) (not (eof-object? b))) #f)]
      [(mpair? v) (values mcar #f mcdr v mpair? #f #f)]
      [(null? v) (values car #f cdr v pair? #f #f)]
      [else (not-a-sequence who v)]))

  (define (from-thunk thunk)
    (call-with-values thunk
      (case-lambda
        [(pos->elem next init pos? val? after?)
         (values pos->elem #f next init pos? val? after?)]
        [(pos->elem early next init pos? val? after?)
         (values pos->elem early next init pos? val? after?)])))

  (define (range-values start end step)
    (values values #f (lambda (i) (+ i step)) start
            (if (>= step 0) (lambda (i) (< i end)) (lambda (i) (> i end)))
            #f #f))

  (define (index-values ref v start stop step)
    (values (lambda (i) (ref v i)) #f (lambda (i) (+ i step)) start
            (if (>= step 0) (lambda (i) (< i stop)) (lambda (i) (> i stop)))
            #f #f))

  (define (hash-values-protocol h extract)
    (values (lambda (i) (extract (hash-iterate-key h i) (hash-iterate-value h i)))
            #f
            (lambda (i) (hash-iterate-next h i))
            (hash-iterate-first h)
            (lambda (i) i)
            #f #f))

  ;; ------------------------------------------------------------------
  ;; Pullers: a thunk answering the next element's values as a list, or #f
  ;; at the end.  The sequence combinators are built on them.

  (define (puller who v)
    (let-values ([(pos->elem early next init pos? val? after?) (make-sequence who v)])
      (let ([pos init] [done? #f])
        (lambda ()
          (if (or done? (and pos? (not (pos? pos))))
              (begin (set! done? #t) #f)
              (let* ([vals (call-with-values (lambda () (pos->elem pos)) list)]
                     [p (if early (early pos) pos)])
                (cond
                  [(and val? (not (apply val? vals)))
                   (set! done? #t)
                   #f]
                  [else
                   (when (and after? (not (apply after? p vals)))
                     (set! done? #t))
                   (set! pos (next p))
                   vals])))))))

  ;; A sequence whose elements come from a fresh puller made per iteration.
  (define (sequence-from-puller make-puller)
    (make-do-sequence
     (lambda ()
       (let ([pull (make-puller)])
         (values (lambda (vals) (apply values vals))
                 (lambda (vals) (pull))
                 (pull)
                 (lambda (vals) vals)
                 #f #f)))))

  (define (sequence-generate s)
    (unless (sequence? s) (raise-argument-error 'sequence-generate "sequence?" s))
    (let* ([pull (puller 'sequence-generate s)]
           [buffer #f]
           [fill! (lambda () (unless buffer (set! buffer (or (pull) 'done))))])
      (values (procedure-rename
               (lambda () (fill!) (not (eq? buffer 'done)))
               'sequence-more?)
              (procedure-rename
               (lambda ()
                 (fill!)
                 (if (eq? buffer 'done)
                     (raise (make-exn:fail:contract "sequence-next: no more elements"
                                                    (current-continuation-marks)))
                     (let ([vals buffer])
                       (set! buffer #f)
                       (apply values vals))))
               'sequence-next))))

  (define (sequence-generate* s)
    (unless (sequence? s) (raise-argument-error 'sequence-generate* "sequence?" s))
    (let loop ([pull (puller 'sequence-generate* s)])
      (let ([vals (pull)])
        (if vals
            (values vals (lambda () (loop pull)))
            (values #f (lambda () (error 'sequence-generate* "no more elements")))))))

  ;; ------------------------------------------------------------------
  ;; Argument checks shared with the inline expansions in for.rkt

  (define (check-range who start end step)
    (unless (real? start) (raise-argument-error who "real?" start))
    (unless (real? end) (raise-argument-error who "real?" end))
    (unless (real? step) (raise-argument-error who "real?" step)))

  ;; Answers (values start stop step) for in-vector/in-string/in-bytes with
  ;; optional bounds, with Racket's range errors.
  (define (check-vector-args who kind ok? len v start stop step)
    (unless (ok? v) (raise-argument-error who kind v))
    (unless (exact-nonnegative-integer? start)
      (raise-argument-error who "exact-nonnegative-integer?" start))
    (unless (or (not stop) (exact-integer? stop))
      (raise-argument-error who "(or/c exact-integer? #f)" stop))
    (unless (and (exact-integer? step) (not (zero? step)))
      (raise-argument-error who "(and/c exact-integer? (not/c zero?))" step))
    (let* ([n (len v)]
           [stop (or stop n)])
      (unless (or (< start n) (and (= start n) (= stop n)))
        (raise-range-who who "starting index" start (if (zero? n) 0 (sub1 n)) 0 v kind))
      (unless (<= -1 stop n)
        (raise-range-who who "stopping index" stop n -1 v kind))
      (when (and (> start stop) (> step 0))
        (raise (make-exn:fail:contract
                (format "~a: starting index more than stopping index, but given a positive step\n  starting index: ~a\n  stopping index: ~a\n  step: ~a"
                        who start stop step)
                (current-continuation-marks))))
      (when (and (< start stop) (< step 0))
        (raise (make-exn:fail:contract
                (format "~a: starting index less than stopping index, but given a negative step\n  starting index: ~a\n  stopping index: ~a\n  step: ~a"
                        who start stop step)
                (current-continuation-marks))))
      (values start stop step)))

  (define (raise-range-who who what idx hi lo v kind)
    (raise (make-exn:fail:contract
            (format "~a: ~a is out of range\n  ~a: ~a\n  valid range: [~a, ~a]\n  ~a: ~e"
                    who what what idx lo hi kind v)
            (current-continuation-marks))))

  (define (check-hash who h kind)
    (unless (and (hash? h)
                 (case kind
                   [(mutable) (and (not (immutable? h)) (not (hash-weak? h)))]
                   [(immutable) (immutable? h)]
                   [(weak) (hash-weak? h)]
                   [else #t]))
      (raise-argument-error who
                            (case kind
                              [(mutable) "(and/c hash? mutable? hash-strong?)"]
                              [(immutable) "(and/c hash? immutable?)"]
                              [(weak) "(and/c hash? hash-weak?)"]
                              [else "hash?"])
                            h)))

  ;; in-producer's stop argument: a procedure is a predicate on the
  ;; produced values, anything else is compared with eq?.
  (define (check-producer-stop stop)
    (if (procedure? stop) stop (lambda (v) (eq? v stop))))

  ;; ------------------------------------------------------------------
  ;; Procedure forms

  (define in-range/proc
    (case-lambda
      [(end) (in-range/proc 0 end 1)]
      [(start end) (in-range/proc start end 1)]
      [(start end step)
       (check-range 'in-range start end step)
       (make-stream-value (lambda () (range-values* start end step)))]))

  (define (range-values* start end step)
    (let-values ([(a b c d e f g) (range-values start end step)])
      (values a c d e f g)))

  (define in-inclusive-range/proc
    (case-lambda
      [(start end) (in-inclusive-range/proc start end 1)]
      [(start end step)
       (check-range 'in-inclusive-range start end step)
       (make-stream-value
        (lambda ()
          (values values (lambda (i) (+ i step)) start
                  (if (>= step 0) (lambda (i) (<= i end)) (lambda (i) (>= i end)))
                  #f #f)))]))

  (define (in-naturals/proc [start 0])
    (unless (exact-nonnegative-integer? start)
      (raise-argument-error 'in-naturals "exact-nonnegative-integer?" start))
    (make-stream-value (lambda () (values values add1 start #f #f #f))))

  (define (in-list/proc l)
    (unless (list? l) (raise-argument-error 'in-list "list?" l))
    (make-stream-value (lambda () (values car cdr l pair? #f #f))))

  (define (in-mlist/proc l)
    (make-sequence-value (lambda () (values mcar mcdr l mpair? #f #f))))

  (define (indexed-proc who kind ok? len ref)
    (lambda (v [start 0] [stop #f] [step 1])
      (let-values ([(start stop step) (check-vector-args who kind ok? len v start stop step)])
        (make-sequence-value
         (lambda ()
           (let-values ([(a b c d e f g) (index-values ref v start stop step)])
             (values a c d e f g)))))))

  (define in-vector/proc (indexed-proc 'in-vector "vector" vector? vector-length vector-ref))
  (define in-string/proc (indexed-proc 'in-string "string" string? string-length string-ref))
  (define in-bytes/proc (indexed-proc 'in-bytes "bytes" bytes? bytes-length bytes-ref))

  (define (hash-proc who kind extract)
    (lambda (h)
      (check-hash who h kind)
      (make-sequence-value
       (lambda ()
         (let-values ([(a b c d e f g) (hash-values-protocol h extract)])
           (values a c d e f g))))))

  (define (kv k v) (values k v))
  (define (k-only k v) k)
  (define (v-only k v) v)
  (define (k+v k v) (cons k v))

  (define in-hash/proc (hash-proc 'in-hash 'any kv))
  (define in-hash-keys/proc (hash-proc 'in-hash-keys 'any k-only))
  (define in-hash-values/proc (hash-proc 'in-hash-values 'any v-only))
  (define in-hash-pairs/proc (hash-proc 'in-hash-pairs 'any k+v))
  (define in-mutable-hash/proc (hash-proc 'in-mutable-hash 'mutable kv))
  (define in-mutable-hash-keys/proc (hash-proc 'in-mutable-hash-keys 'mutable k-only))
  (define in-mutable-hash-values/proc (hash-proc 'in-mutable-hash-values 'mutable v-only))
  (define in-mutable-hash-pairs/proc (hash-proc 'in-mutable-hash-pairs 'mutable k+v))
  (define in-immutable-hash/proc (hash-proc 'in-immutable-hash 'immutable kv))
  (define in-immutable-hash-keys/proc (hash-proc 'in-immutable-hash-keys 'immutable k-only))
  (define in-immutable-hash-values/proc (hash-proc 'in-immutable-hash-values 'immutable v-only))
  (define in-immutable-hash-pairs/proc (hash-proc 'in-immutable-hash-pairs 'immutable k+v))
  (define in-weak-hash/proc (hash-proc 'in-weak-hash 'weak kv))
  (define in-weak-hash-keys/proc (hash-proc 'in-weak-hash-keys 'weak k-only))
  (define in-weak-hash-values/proc (hash-proc 'in-weak-hash-values 'weak v-only))
  (define in-weak-hash-pairs/proc (hash-proc 'in-weak-hash-pairs 'weak k+v))

  (define (in-value/proc v)
    (make-sequence-value (lambda () (values (lambda (p) v) (lambda (p) #f) #t values #f #f))))

  (define (check-sequence who s)
    (unless (sequence? s) (raise-argument-error who "sequence?" s)))

  (define (in-indexed/proc s)
    (check-sequence 'in-indexed s)
    (sequence-from-puller
     (lambda ()
       (let ([pull (puller 'in-indexed s)] [i -1])
         (lambda ()
           (let ([vals (pull)])
             (and vals
                  (begin (set! i (add1 i))
                         (append vals (list i))))))))))

  (define (in-producer/proc producer [stop no-stop] . args)
    (unless (procedure? producer)
      (raise-argument-error 'in-producer "procedure?" producer))
    (if (eq? stop no-stop)
        (make-sequence-value
         (lambda ()
           (values (lambda (p) (apply producer args)) values #f #f #f #f)))
        (let ([stop? (check-producer-stop stop)])
          (make-sequence-value
           (lambda ()
             (values (lambda (p) (apply producer args)) values #f #f
                     (lambda vs (not (apply stop? vs)))
                     #f))))))
  (define no-stop (string->uninterned-symbol "no-stop"))

  (define (in-values-sequence s)
    (check-sequence 'in-values-sequence s)
    (sequence-from-puller
     (lambda ()
       (let ([pull (puller 'in-values-sequence s)])
         (lambda () (let ([vals (pull)]) (and vals (list vals))))))))

  (define (in-values*-sequence s)
    (check-sequence 'in-values*-sequence s)
    (sequence-from-puller
     (lambda ()
       (let ([pull (puller 'in-values*-sequence s)])
         (lambda ()
           (let ([vals (pull)])
             (and vals
                  (if (and (pair? vals) (null? (cdr vals)))
                      vals
                      (list vals)))))))))

  (define (in-sequences . ss)
    (for-each (lambda (s) (check-sequence 'in-sequences s)) ss)
    (sequence-from-puller (lambda () (concat-puller ss))))

  (define (concat-puller ss)
    (let ([rest ss] [pull #f])
      (letrec ([next (lambda ()
                       (cond
                         [pull (or (pull) (begin (set! pull #f) (next)))]
                         [(null? rest) #f]
                         [else (set! pull (puller 'in-sequences (car rest)))
                               (set! rest (cdr rest))
                               (next)]))])
        next)))

  (define (in-cycle . ss)
    (for-each (lambda (s) (check-sequence 'in-cycle s)) ss)
    (sequence-from-puller
     (lambda ()
       (let ([pull (concat-puller ss)] [any? #f])
         (letrec ([next (lambda ()
                          (let ([vals (pull)])
                            (cond
                              [vals (set! any? #t) vals]
                              [any? (set! any? #f)
                                    (set! pull (concat-puller ss))
                                    (next)]
                              [else #f])))])
           next)))))

  (define (in-parallel . ss)
    (for-each (lambda (s) (check-sequence 'in-parallel s)) ss)
    (sequence-from-puller
     (lambda ()
       (let ([pulls (map (lambda (s) (puller 'in-parallel s)) ss)])
         (lambda ()
           (let loop ([ps pulls] [acc '()])
             (if (null? ps)
                 (apply append (reverse acc))
                 (let ([vals ((car ps))])
                   (and vals (loop (cdr ps) (cons vals acc)))))))))))

  (define (stop-before s pred)
    (check-sequence 'stop-before s)
    (unless (and (procedure? pred) (procedure-arity-includes? pred 1))
      (raise-argument-error 'stop-before "(procedure-arity-includes/c 1)" pred))
    (sequence-from-puller
     (lambda ()
       (let ([pull (puller 'stop-before s)])
         (lambda ()
           (let ([vals (pull)])
             (and vals (not (apply pred vals)) vals)))))))

  (define (stop-after s pred)
    (check-sequence 'stop-after s)
    (unless (and (procedure? pred) (procedure-arity-includes? pred 1))
      (raise-argument-error 'stop-after "(procedure-arity-includes/c 1)" pred))
    (sequence-from-puller
     (lambda ()
       (let ([pull (puller 'stop-after s)] [done? #f])
         (lambda ()
           (and (not done?)
                (let ([vals (pull)])
                  (and vals
                       (begin (when (apply pred vals) (set! done? #t))
                              vals)))))))))

  ;; ------------------------------------------------------------------
  ;; Ports

  (define (port-seq read-proc p)
    (make-sequence-value
     (lambda ()
       (values (lambda (_) (read-proc p)) values #f #f
               (lambda (v) (not (eof-object? v)))
               #f))))

  (define (in-port [read-proc read] [p (current-input-port)])
    (port-seq read-proc p))

  (define (in-lines [p (current-input-port)] [mode 'any])
    (port-seq (lambda (p) (read-line p mode)) p))

  (define (in-bytes-lines [p (current-input-port)] [mode 'any])
    (port-seq (lambda (p) (read-bytes-line p mode)) p))

  (define (in-input-port-bytes p)
    (unless (input-port? p) (raise-argument-error 'in-input-port-bytes "input-port?" p))
    (port-seq read-byte p))

  (define (in-input-port-chars p)
    (unless (input-port? p) (raise-argument-error 'in-input-port-chars "input-port?" p))
    (port-seq read-char p)))
