;; struct, define-struct, struct-copy, gen:custom-write, gen:equal+hash.
;;
;; (struct name [super] (field ...) option ...) expands to one
;; define-values (struct type, constructor, predicate, accessors, mutators
;; made with make-struct-type and make-struct-field-accessor/mutator) plus a
;; define-syntaxes binding `name` to static struct info (struct-info.rkt),
;; which also makes `name` usable as the constructor.  The constructor
;; variable itself is a macro-introduced (hence private) identifier.
(module struct '#%kernel
  (#%require "core-macros.rkt"
             (for-syntax '#%kernel '#%stx "small-lists.rkt" "core-macros.rkt" "struct-info.rkt"))
  (#%provide struct define-struct struct-copy gen:custom-write gen:equal+hash)

  (define-syntaxes (gen:custom-write gen:equal+hash)
    (let-values ([(bad) (lambda (stx) (raise-syntax-error #f "generic interface name used as an expression" stx))])
      (values bad bad)))

  (begin-for-syntax
    (define (id+ ctx . parts)
      (datum->syntax ctx
                     (string->symbol
                      (apply string-append
                             (map (lambda (p) (if (string? p) p (symbol->string (syntax-e p)))) parts)))
                     ctx))

    (define (kw? stx k) (eq? (syntax-e stx) k))

    ;; field spec -> (vector id mutable? auto?)
    (define (parse-field stx f)
      (if (identifier? f)
          (vector f #f #f)
          (let ([l (syntax->list f)])
            (unless (and l (pair? l) (identifier? (car l)))
              (raise-syntax-error #f "bad syntax in field specification" stx f))
            (let loop ([opts (cdr l)] [mut #f] [auto #f])
              (cond
                [(null? opts) (vector (car l) mut auto)]
                [(kw? (car opts) '#:mutable)
                 (when mut (raise-syntax-error #f "redundant #:mutable specification in field" stx (car opts)))
                 (loop (cdr opts) #t auto)]
                [(kw? (car opts) '#:auto)
                 (when auto (raise-syntax-error #f "redundant #:auto specification in field" stx (car opts)))
                 (loop (cdr opts) mut #t)]
                [else (raise-syntax-error #f "unrecognized field-specification keyword" stx (car opts))])))))

    ;; #:methods: a list of (property value) pairs for the interface
    (define (methods->properties stx gen defs)
      (case (syntax-e gen)
        [(gen:custom-write)
         (list (list (quote-syntax prop:custom-write)
                     (list* (quote-syntax let-values) '() (append defs (list (datum->syntax gen 'write-proc))))))]
        [(gen:equal+hash)
         (list (list (quote-syntax prop:equal+hash)
                     (list* (quote-syntax let-values) '()
                            (append defs
                                    (list (list (quote-syntax list)
                                                (datum->syntax gen 'equal-proc)
                                                (datum->syntax gen 'hash-proc)
                                                (datum->syntax gen 'hash2-proc)))))))]
        [else
         ;; an interface made by racket/generic's define-generics: its static info is
         ;; #(jracket-generic-info expand), expand giving the (property value) pairs
         (let-values ([(v) (syntax-local-value gen (lambda () #f))])
           (if (if (vector? v) (if (= (vector-length v) 2) (eq? (vector-ref v 0) 'jracket-generic-info) #f) #f)
               ((vector-ref v 1) gen defs)
               (raise-syntax-error #f "not a name for a generic interface" stx gen)))]))

    (define (gen-struct stx name super-id fields-stx opts define-struct?)
      (let* ([fields (map (lambda (f) (parse-field stx f)) (syntax->list fields-stx))]
             [mutable-all #f] [transparent #f] [prefab #f] [props '()] [auto-v #f]
             [guard #f] [ctor-name #f] [extra-ctor #f] [super-expr #f] [insp #f]
             [omit-stx #f] [authentic #f] [sealed #f])
        ;; options
        (let loop ([o opts])
          (unless (null? o)
            (let ([k (syntax-e (car o))])
              (define (arg) (if (pair? (cdr o)) (cadr o)
                                (raise-syntax-error #f (format "missing argument after ~a" k) stx (car o))))
              (case k
                [(#:mutable) (set! mutable-all #t) (loop (cdr o))]
                [(#:transparent) (set! transparent #t) (loop (cdr o))]
                [(#:prefab) (set! prefab #t) (loop (cdr o))]
                [(#:authentic) (set! authentic #t) (loop (cdr o))]
                [(#:sealed) (set! sealed #t) (loop (cdr o))]
                [(#:omit-define-syntaxes) (set! omit-stx #t) (loop (cdr o))]
                [(#:omit-define-values) (loop (cdr o))]
                [(#:property)
                 (unless (and (pair? (cdr o)) (pair? (cddr o)))
                   (raise-syntax-error #f "missing argument after #:property" stx (car o)))
                 (set! props (cons (list (cadr o) (caddr o)) props))
                 (loop (cdddr o))]
                [(#:methods)
                 (unless (and (pair? (cdr o)) (pair? (cddr o)))
                   (raise-syntax-error #f "missing argument after #:methods" stx (car o)))
                 (set! props (append (reverse (methods->properties stx (cadr o) (syntax->list (caddr o)))) props))
                 (loop (cdddr o))]
                [(#:auto-value) (set! auto-v (arg)) (loop (cddr o))]
                [(#:guard) (set! guard (arg)) (loop (cddr o))]
                [(#:constructor-name) (set! ctor-name (arg)) (loop (cddr o))]
                [(#:extra-constructor-name) (set! extra-ctor (arg)) (loop (cddr o))]
                [(#:super) (set! super-expr (arg)) (loop (cddr o))]
                [(#:inspector) (set! insp (arg)) (loop (cddr o))]
                [(#:name #:extra-name) (loop (cddr o))]
                [else (raise-syntax-error #f "unrecognized struct-specification keyword" stx (car o))]))))
        (let* ([super-v (and super-id (syntax-local-value super-id (lambda () #f)))]
               [_ (when (and super-id (not (struct-info? super-v)))
                    (raise-syntax-error #f "parent struct type not defined" stx super-id))]
               [super-info (and super-id (extract-struct-info super-v))]
               [super-fields (and super-id (struct-field-info? super-v) (struct-field-info-list super-v))]
               [init-fields (filter-fields fields (lambda (f) (not (vector-ref f 2))))]
               [auto-fields (filter-fields fields (lambda (f) (vector-ref f 2)))]
               [n-init (length init-fields)]
               [fields (append init-fields auto-fields)]
               [struct-id (id+ name "struct:" name)]
               [pred-id (id+ name name "?")]
               ;; the constructor variable: `name` itself is the struct info
               [ctor-var (datum->syntax (quote-syntax here) (syntax-e name))]
               [ctor-public (or ctor-name (and define-struct? (id+ name "make-" name)))]
               [ctor-obj-name (if ctor-name (syntax-e ctor-name) (syntax-e name))]
               [accs (map (lambda (f) (id+ name name "-" (vector-ref f 0))) fields)]
               [muts (map (lambda (f)
                            (and (or mutable-all (vector-ref f 1))
                                 (id+ name "set-" name "-" (vector-ref f 0) "!")))
                          fields)]
               [immutables (let loop ([fs init-fields] [i 0])
                             (cond [(null? fs) '()]
                                   [(or mutable-all (vector-ref (car fs) 1)) (loop (cdr fs) (add1 i))]
                                   [else (cons i (loop (cdr fs) (add1 i)))]))]
               [q (lambda (v) (list (quote-syntax quote) v))]
               [inspector (cond [prefab (q 'prefab)]
                                [transparent #f]
                                [insp insp]
                                [else (list (quote-syntax current-inspector))])]
               [all-props (append
                           (if authentic (list (list (quote-syntax prop:authentic) #t)) '())
                           (if sealed (list (list (quote-syntax prop:sealed) #t)) '())
                           (reverse props))]
               [st (temp "struct:")] [mk (temp "make-")] [pr (temp "?")]
               [ref (temp "-ref")] [set (temp "-set!")]
               [mut-ids (filter-fields muts (lambda (m) m))]
               [super-st (cond [super-info (car super-info)]
                               [super-expr super-expr]
                               [else #f])]
               [defvals
                 (list (quote-syntax define-values)
                       (append (list struct-id ctor-var pred-id) accs mut-ids)
                       (list (quote-syntax let-values)
                             (list (list (list st mk pr ref set)
                                         (list (quote-syntax make-struct-type)
                                               (q (syntax-e name))
                                               super-st
                                               n-init
                                               (length auto-fields)
                                               auto-v
                                               (cons (quote-syntax list)
                                                     (map (lambda (p) (list (quote-syntax cons) (car p) (cadr p)))
                                                          all-props))
                                               inspector
                                               #f
                                               (q immutables)
                                               guard
                                               (q ctor-obj-name))))
                             (list* (quote-syntax values) st mk pr
                                    (append
                                     (let loop ([fs fields] [i 0])
                                       (if (null? fs) '()
                                           (cons (list (quote-syntax make-struct-field-accessor) ref i
                                                       (q (syntax-e (vector-ref (car fs) 0))))
                                                 (loop (cdr fs) (add1 i)))))
                                     (let loop ([fs fields] [ms muts] [i 0])
                                       (cond [(null? fs) '()]
                                             [(car ms)
                                              (cons (list (quote-syntax make-struct-field-mutator) set i
                                                          (q (syntax-e (vector-ref (car fs) 0))))
                                                    (loop (cdr fs) (cdr ms) (add1 i)))]
                                             [else (loop (cdr fs) (cdr ms) (add1 i))]))))))]
               [qs (lambda (x) (if (identifier? x) (list (quote-syntax quote-syntax) x) x))]
               [info-expr
                (list (quote-syntax make-struct-binding)
                      (list (quote-syntax list)
                            (qs struct-id)
                            ;; as in Racket, an extra constructor name is the info's
                            ;; constructor (so struct-out exports it)
                            (qs (or extra-ctor ctor-public ctor-var))
                            (qs pred-id)
                            (cons (quote-syntax list)
                                  (append (map qs (reverse accs))
                                          (if super-info (map qs (cadddr super-info)) '())))
                            (cons (quote-syntax list)
                                  (append (map qs (reverse muts))
                                          (if super-info (map qs (car (cddddr super-info))) '())))
                            (cond [super-id (qs super-id)]
                                  [super-expr #f]
                                  [else #t]))
                      (q (append (or super-fields '())
                                 (map (lambda (f) (syntax-e (vector-ref f 0))) fields)))
                      (if ctor-name #f (qs ctor-var)))]
               [extra-defs
                (append
                 (if extra-ctor (list (list (quote-syntax define-values) (list extra-ctor) ctor-var)) '())
                 (if ctor-public (list (list (quote-syntax define-values) (list ctor-public) ctor-var)) '()))])
          (datum->syntax
           (quote-syntax here)
           (list* (quote-syntax begin)
                  defvals
                  (append
                   extra-defs
                   (if omit-stx '()
                       (list (list (quote-syntax define-syntaxes) (list name) info-expr)))))
           stx))))

    (define (filter-fields l keep?)
      (cond [(null? l) '()]
            [(keep? (car l)) (cons (car l) (filter-fields (cdr l) keep?))]
            [else (filter-fields (cdr l) keep?)]))

    (define counter 0)
    (define (temp name)
      (set! counter (add1 counter))
      (datum->syntax (quote-syntax here)
                     (string->symbol (string-append name (number->string counter))))))

  (define-syntaxes (struct)
    (lambda (stx)
      (syntax-case stx ()
        [(_ name super (field ...) opt ...)
         (and (identifier? (syntax name)) (identifier? (syntax super)))
         (gen-struct stx (syntax name) (syntax super) (syntax (field ...)) (syntax->list (syntax (opt ...))) #f)]
        [(_ name (field ...) opt ...)
         (identifier? (syntax name))
         (gen-struct stx (syntax name) #f (syntax (field ...)) (syntax->list (syntax (opt ...))) #f)])))

  (define-syntaxes (define-struct)
    (lambda (stx)
      (syntax-case stx ()
        [(_ (name super) (field ...) opt ...)
         (gen-struct stx (syntax name) (syntax super) (syntax (field ...)) (syntax->list (syntax (opt ...))) #t)]
        [(_ name (field ...) opt ...)
         (gen-struct stx (syntax name) #f (syntax (field ...)) (syntax->list (syntax (opt ...))) #t)])))

  ;; (struct-copy id e [field v] ...): rebuild through the constructor,
  ;; reading the fields not mentioned with the accessors
  (define-syntaxes (struct-copy)
    (lambda (stx)
      (syntax-case stx ()
        [(_ id e [fld v] ...)
         (identifier? (syntax id))
         (let* ([sv (syntax-local-value (syntax id) (lambda () #f))]
                [_ (unless (struct-info? sv)
                     (raise-syntax-error #f "not a structure type" stx (syntax id)))]
                [info (extract-struct-info sv)]
                [names (if (struct-field-info? sv) (struct-field-info-list sv) '())]
                [accs (reverse (cadddr info))]
                [ctor (cadr info)]
                [updates (map cons (map syntax-e (syntax->list (syntax (fld ...))))
                              (syntax->list (syntax (v ...))))])
           (for-each (lambda (u f)
                       (unless (memq (car u) names)
                         (raise-syntax-error #f "accessor name not associated with the given structure type" stx f)))
                     updates (syntax->list (syntax (fld ...))))
           ;; one identifier object for the temporary, used for both its
           ;; binding and its references
           (with-syntax ([s (datum->syntax (quote-syntax here) 'the-struct)])
            (with-syntax ([(arg ...)
                          (map (lambda (acc n)
                                 (let ([u (assq n updates)])
                                   (if u (cdr u) (datum->syntax (quote-syntax here) (list acc (syntax s))))))
                               accs names)]
                         [ctor ctor]
                         [pred (caddr info)])
             (syntax (let-values ([(s) e])
                       (if (pred s)
                           (ctor arg ...)
                           (raise-argument-error 'struct-copy (symbol->string 'pred) s)))))))]))))
