#lang racket/base
;; racket/serialize: serialize and deserialize (Racket 8.7's format, version 3), written for
;; JRacket from Racket's documented API and the forms Racket produces.
;;
;; (serialize v) gives ((3) n-modules modules n-shared shared graph value):
;;  - values reachable more than once (other than numbers, characters, symbols, keywords,
;;    booleans, '() and void) are listed in `shared`, in the order in which their second
;;    reference is met walking v depth first, and referred to as (? . i); an entry may refer
;;    to a later one, so deserialize builds the entries on demand;
;;  - a mutable value reached again while it is being walked (a cycle) gets a placeholder in
;;    `shared` (#&(v . length), #&b, #&(h flag ...)) and its contents in `graph` as (i . enc);
;;  - a value is encoded as itself when it is an atom or an immutable, quotable datum
;;    ((q . datum) for pairs and vectors), else by tag: (c car . cdr) (m car . cdr)
;;    (v! e ...) (v e ...) (b! . e) (b . e) (void) (u . string-or-bytes) (su . name)
;;    (h !-or-- (flag ...) (k . v) ...) (p+ bytes . convention) (date* field ...)
;;    (srcloc field ...) (f prefab-key field ...) and (module-index field ...) for a
;;    serializable struct, whose module (path bytes . deserialize-info:NAME-v0) is listed in
;;    `modules`.
;; serializable-struct and define-serializable-struct define structs with prop:serializable;
;; their deserialize-info is registered when the definition runs (and provided when it is at
;; a module's top level, so deserialize can also dynamic-require it). Structs are not
;; supported in cycles (as for Racket's immutable ones).
(require (for-syntax racket/base racket/struct-info))
(provide serialize deserialize serializable? prop:serializable make-serialize-info
         make-deserialize-info serializable-struct define-serializable-struct
         serialized=? deserialize-module-guard)

;; ---- serializable structs -------------------------------------------------------------------

(struct serialize-info (to-vector deserialize-id can-cycle? dir))
(define (make-serialize-info to-vector deserialize-id can-cycle? dir)
  (serialize-info to-vector deserialize-id can-cycle? dir))

(struct deserialize-info (maker cycle-maker))
(define (make-deserialize-info maker cycle-maker) (deserialize-info maker cycle-maker))

(define-values (prop:serializable serializable-struct? serializable-struct-info)
  (make-struct-type-property 'serializable))

(define deserialize-module-guard (make-parameter (lambda (mod sym) (void))))

;; (cons module-bytes-or-symbol name) -> deserialize-info
(define registry (make-hash))
(define (register-deserialize-info! mod name info)
  (hash-set! registry (cons mod name) info))

(define (module-key mod)
  (cond [(path? mod) (path->bytes mod)]
        [else mod]))

;; ---- serialize -------------------------------------------------------------------------------

(define (atom? v)
  (or (number? v) (char? v) (boolean? v) (null? v) (keyword? v) (void? v)
      (and (symbol? v) (symbol-interned? v))))

(define (date-value? v) (date? v))

(define (serializable? v)
  (or (atom? v) (symbol? v) (string? v) (bytes? v) (pair? v) (mpair? v) (vector? v) (box? v)
      (hash? v) (path-for-some-system? v) (date-value? v) (srcloc? v)
      (serializable-struct? v) (and (struct? v) (prefab-struct-key v) #t)))

(define (not-serializable v)
  (raise-argument-error 'serialize "serializable?" v))

(define (prefab-fields v) (cdr (vector->list (struct->vector v))))

(define (date-fields d)
  (if (date*? d)
      (list (date-second d) (date-minute d) (date-hour d) (date-day d) (date-month d) (date-year d)
            (date-week-day d) (date-year-day d) (date-dst? d) (date-time-zone-offset d)
            (date*-nanosecond d) (date*-time-zone-name d))
      (list (date-second d) (date-minute d) (date-hour d) (date-day d) (date-month d) (date-year d)
            (date-week-day d) (date-year-day d) (date-dst? d) (date-time-zone-offset d))))

(define (srcloc-fields s)
  (list (srcloc-source s) (srcloc-line s) (srcloc-column s) (srcloc-position s) (srcloc-span s)))

(define (struct-fields v)
  (vector->list ((serialize-info-to-vector (serializable-struct-info v)) v)))

;; the values v contains directly
(define (children v)
  (cond [(pair? v) (list (car v) (cdr v))]
        [(mpair? v) (list (mcar v) (mcdr v))]
        [(vector? v) (vector->list v)]
        [(box? v) (list (unbox v))]
        [(hash? v) (for/fold ([acc '()]) ([(k x) (in-hash v)]) (list* k x acc))]
        [(serializable-struct? v) (struct-fields v)]
        [(date-value? v) '()]
        [(srcloc? v) (srcloc-fields v)]
        [(and (struct? v) (prefab-struct-key v)) (prefab-fields v)]
        [else '()]))

(define (mutable-container? v)
  (or (mpair? v)
      (and (vector? v) (not (immutable? v)))
      (and (box? v) (not (immutable? v)))
      (and (hash? v) (not (immutable? v)))))

(define (serialize v)
  (define state (make-hasheq))      ; value -> 'walking or 'done
  (define shared-rev '())           ; shared values, last first
  (define index (make-hasheq))      ; shared value -> position
  (define n-shared 0)
  (define cyclic (make-hasheq))
  (define modules-rev '())          ; (mod-bytes . name), last first
  (define module-index (make-hash))
  (define n-modules 0)

  (define (share! x)
    (unless (hash-ref index x #f)
      (hash-set! index x n-shared)
      (set! n-shared (add1 n-shared))
      (set! shared-rev (cons x shared-rev))))

  (define (walk x)
    (cond
      [(atom? x) (void)]
      [(not (serializable? x)) (not-serializable x)]
      [else
       (case (hash-ref state x #f)
         [(walking)
          (unless (mutable-container? x)
            (error 'serialize "cannot serialize cycle of immutable values: ~e" x))
          (hash-set! cyclic x #t)
          (share! x)]
         [(done) (share! x)]
         [else
          (hash-set! state x 'walking)
          (when (serializable-struct? x)
            (let ([id (serialize-info-deserialize-id (serializable-struct-info x))])
              (unless (hash-ref module-index id #f)
                (hash-set! module-index id n-modules)
                (set! n-modules (add1 n-modules))
                (set! modules-rev (cons id modules-rev)))))
          (for-each walk (children x))
          (hash-set! state x 'done)])]))

  (walk v)

  (define quotable-memo (make-hasheq))
  (define (quotable? x)
    (and (not (hash-ref index x #f)) (quotable-here? x)))
  ;; x quotable where it is written (its own sharing aside)
  (define (quotable-here? x)
    (cond [(atom? x) (not (void? x))]
          [(or (string? x) (bytes? x)) (immutable? x)]
          [(pair? x)
           (hash-ref! quotable-memo x (lambda () (and (quotable? (car x)) (quotable? (cdr x)))))]
          [(vector? x)
           (and (immutable? x)
                (hash-ref! quotable-memo x (lambda () (for/and ([e (in-vector x)]) (quotable? e)))))]
          [else #f]))

  (define (enc x)
    (let ([i (hash-ref index x #f)])
      (if i (cons '? i) (enc-body x))))

  (define (hash-flags h)
    (append (cond [(hash-equal? h) '(equal)] [(hash-eqv? h) '(eqv)] [else '()])
            (if (hash-weak? h) '(weak) '())))

  (define (enc-body x)
    (cond
      [(quotable-here? x) (if (or (pair? x) (vector? x)) (cons 'q x) x)]
      [(void? x) '(void)]
      [(pair? x) (list* 'c (enc (car x)) (enc (cdr x)))]
      [(symbol? x) (cons 'su (symbol->string x))]
      [(string? x) (cons 'u x)]
      [(bytes? x) (cons 'u x)]
      [(mpair? x) (list* 'm (enc (mcar x)) (enc (mcdr x)))]
      [(vector? x) (cons (if (immutable? x) 'v 'v!) (for/list ([e (in-vector x)]) (enc e)))]
      [(box? x) (cons (if (immutable? x) 'b 'b!) (enc (unbox x)))]
      [(hash? x)
       (list* 'h (if (immutable? x) '- '!) (hash-flags x)
              (for/list ([(k e) (in-hash x)]) (cons (enc k) (enc e))))]
      [(path-for-some-system? x)
       (list* 'p+ (path->bytes x) (path-convention-type x))]
      [(serializable-struct? x)
       (cons (hash-ref module-index (serialize-info-deserialize-id (serializable-struct-info x)))
             (map enc (struct-fields x)))]
      [(date-value? x) (cons (if (date*? x) 'date* 'date) (map enc (date-fields x)))]
      [(srcloc? x) (cons 'srcloc (map enc (srcloc-fields x)))]
      [(and (struct? x) (prefab-struct-key x))
       (list* 'f (prefab-struct-key x) (map enc (prefab-fields x)))]
      [else (not-serializable x)]))

  (define (placeholder x)
    (box (cond [(vector? x) (cons 'v (vector-length x))]
               [(box? x) 'b]
               [(hash? x) (cons 'h (hash-flags x))]
               [else 'm])))

  (define shared (reverse shared-rev))
  (define shared-encs
    (for/list ([x (in-list shared)])
      (if (hash-ref cyclic x #f) (placeholder x) (enc-body x))))
  (define graph
    (for/list ([x (in-list shared)] #:when (hash-ref cyclic x #f))
      (cons (hash-ref index x) (enc-body x))))
  (define root (enc v))
  (list '(3)
        n-modules
        (for/list ([id (in-list (reverse modules-rev))]) (cons (cdr id) (car id)))
        n-shared
        shared-encs
        graph
        root))

;; ---- deserialize -----------------------------------------------------------------------------

(define (find-deserialize-info mod name)
  (or (hash-ref registry (cons mod name) #f)
      (let ([path (cond [(bytes? mod) (bytes->path mod)] [else mod])])
        ((deserialize-module-guard) path name)
        (dynamic-require path name))))

(define (make-hash-of flags mutable?)
  (let ([kind (cond [(memq 'equal flags) 'equal] [(memq 'eqv flags) 'eqv] [else 'eq])]
        [weak? (memq 'weak flags)])
    (if mutable?
        (case kind
          [(equal) (if weak? (make-weak-hash) (make-hash))]
          [(eqv) (if weak? (make-weak-hasheqv) (make-hasheqv))]
          [else (if weak? (make-weak-hasheq) (make-hasheq))])
        (case kind
          [(equal) (hash)]
          [(eqv) (hasheqv)]
          [else (hasheq)]))))

(define (deserialize s)
  (let* ([version (car s)]
         [s (cdr s)]
         [n-modules (car s)]
         [modules (list->vector
                   (for/list ([m (in-list (cadr s))])
                     (find-deserialize-info (car m) (cdr m))))]
         [s (cddr s)]
         [n-shared (car s)]
         [shared-encs (list->vector (cadr s))]
         [graph (caddr s)]
         [root (cadddr s)]
         [shared (make-vector n-shared #f)]
         [ready (make-vector n-shared #f)])
    (unless (equal? version '(3))
      (error 'deserialize "unsupported serialization version: ~e" version))
    (define (get-shared i)
      (unless (vector-ref ready i)
        (vector-set! shared i (decode (vector-ref shared-encs i)))
        (vector-set! ready i #t))
      (vector-ref shared i))
    (define (decode e)
      (if (pair? e)
          (let ([tag (car e)])
            (case tag
              [(?) (get-shared (cdr e))]
              [(q) (cdr e)]
              [(c) (let* ([a (decode (cadr e))] [d (decode (cddr e))]) (cons a d))]
              [(m) (let* ([a (decode (cadr e))] [d (decode (cddr e))]) (mcons a d))]
              [(v!) (list->vector (map decode (cdr e)))]
              [(v) (apply vector-immutable (map decode (cdr e)))]
              [(b!) (box (decode (cdr e)))]
              [(b) (box-immutable (decode (cdr e)))]
              [(void) (void)]
              [(u) (let ([x (cdr e)]) (if (string? x) (string-copy x) (bytes-copy x)))]
              [(su) (string->uninterned-symbol (cdr e))]
              [(h) (let ([mutable? (eq? (cadr e) '!)] [flags (caddr e)] [entries (cdddr e)])
                     (if mutable?
                         (let ([h (make-hash-of flags #t)])
                           (for ([p (in-list entries)]) (hash-set! h (decode (car p)) (decode (cdr p))))
                           h)
                         (for/fold ([h (make-hash-of flags #f)]) ([p (in-list entries)])
                           (hash-set h (decode (car p)) (decode (cdr p))))))]
              [(p+) (bytes->path (cadr e))]
              [(date*) (apply make-date* (map decode (cdr e)))]
              [(date) (apply make-date (map decode (cdr e)))]
              [(srcloc) (apply srcloc (map decode (cdr e)))]
              [(f) (apply make-prefab-struct (cadr e) (map decode (cddr e)))]
              [else
               (if (exact-nonnegative-integer? tag)
                   (apply (deserialize-info-maker (vector-ref modules tag)) (map decode (cdr e)))
                   (error 'deserialize "ill-formed serialization: ~e" e))]))
          e))
    ;; placeholders of the cycles first, then their contents
    (for ([i (in-range n-shared)])
      (let ([e (vector-ref shared-encs i)])
        (when (box? e)
          (let ([p (unbox e)])
            (vector-set! shared i
                         (cond [(eq? p 'b) (box #f)]
                               [(eq? p 'm) (mcons #f #f)]
                               [(eq? (car p) 'v) (make-vector (cdr p) 0)]
                               [else (make-hash-of (cdr p) #t)]))
            (vector-set! ready i #t)))))
    (for ([g (in-list graph)])
      (let ([p (vector-ref shared (car g))] [new (decode (cdr g))])
        (cond [(vector? p) (vector-copy! p 0 new)]
              [(box? p) (set-box! p (unbox new))]
              [(mpair? p) (set-mcar! p (mcar new)) (set-mcdr! p (mcdr new))]
              [else (for ([(k x) (in-hash new)]) (hash-set! p k x))])))
    (decode root)))

(define (serialized=? a b) (equal? (deserialize a) (deserialize b)))

;; ---- the struct forms ------------------------------------------------------------------------

(define (current-module-key vr)
  (let ([src (variable-reference->module-source vr)])
    (if (path? src) (path->bytes src) src)))

(begin-for-syntax
  (define (make-serializable stx define-struct? name super fields opts)
    (let* ([field-ids (map (lambda (f)
                             (syntax-case f ()
                               [(id . _) (identifier? #'id) #'id]
                               [id (identifier? #'id) #'id]))
                           (syntax->list fields))]
           [acc (lambda (f) (datum->syntax name (string->symbol (format "~a-~a" (syntax-e name) (syntax-e f)))))]
           [super-accs (if super
                           (let ([info (syntax-local-value super (lambda () #f))])
                             (unless (struct-info? info)
                               (raise-syntax-error #f "parent struct type not defined" stx super))
                             (reverse (filter values (list-ref (extract-struct-info info) 3))))
                           '())]
           [info-id (datum->syntax name (string->symbol (format "deserialize-info:~a-v0" (syntax-e name))))]
           [ctor (if define-struct?
                     (datum->syntax name (string->symbol (format "make-~a" (syntax-e name))))
                     name)])
      (with-syntax ([name name] [fields fields] [(opt ...) opts] [info-id info-id] [ctor ctor]
                    [(acc ...) (append super-accs (map acc field-ids))]
                    [head (cond [(not super) name]
                                [define-struct? #`(#,name #,super)]
                                [else #`#,name])]
                    [(super-part ...) (if (and super (not define-struct?)) (list super) '())]
                    [form (if define-struct? #'define-struct #'struct)])
        #`(begin
            (form head super-part ... fields opt ...
                  #:property prop:serializable
                  (make-serialize-info (lambda (v) (vector (acc v) ...))
                                       (cons 'info-id (current-module-key (#%variable-reference)))
                                       #f
                                       (current-directory)))
            (define info-id (make-deserialize-info (lambda args (apply ctor args))
                                                   (lambda () (error 'deserialize "cycles are not supported"))))
            (register-deserialize-info! (current-module-key (#%variable-reference)) 'info-id info-id)
            #,@(if (eq? (syntax-local-context) 'module) (list #'(provide info-id)) '()))))))

(define-syntax (serializable-struct stx)
  (syntax-case stx ()
    [(_ name super (field ...) opt ...)
     (and (identifier? #'name) (identifier? #'super))
     (make-serializable stx #f #'name #'super #'(field ...) (syntax->list #'(opt ...)))]
    [(_ name (field ...) opt ...)
     (identifier? #'name)
     (make-serializable stx #f #'name #f #'(field ...) (syntax->list #'(opt ...)))]))

(define-syntax (define-serializable-struct stx)
  (syntax-case stx ()
    [(_ (name super) (field ...) opt ...)
     (make-serializable stx #t #'name #'super #'(field ...) (syntax->list #'(opt ...)))]
    [(_ name (field ...) opt ...)
     (identifier? #'name)
     (make-serializable stx #t #'name #f #'(field ...) (syntax->list #'(opt ...)))]))
