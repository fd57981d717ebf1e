#lang racket/base
;; racket/class: classes and objects (the commonly used part of Racket 8.7's API), written for
;; JRacket.
;;
;; An object has its class, a table of methods (name -> procedure taking the arguments after
;; the object) and a table of public fields (name -> getter and setter). A class is a setup
;; procedure over an object: it allocates the class body's variables, makes the body's methods
;; as closures over them and the object, and returns its public methods and fields and an
;; initialization procedure. Instantiation runs the setups from object% down (a subclass's
;; methods replace its superclass's in the table, so dispatch is dynamic even during
;; initialization, and `super` calls reach the replaced ones), then the class's
;; initialization: its body in order, with super-new running the superclass's (by-name
;; initialization arguments a class does not take go on to its superclass, as in Racket).
;; Not provided: mixins, augmentation (define/pubment and define/augment act as public and
;; override), abstract methods, interface contracts, member names, generics, serialization.
(require racket/stxparam (for-syntax racket/base racket/syntax))
(provide class class* object% interface interface?
         new make-object instantiate send send/apply send* get-field set-field! field-bound?
         is-a? object? class? subclass? object=? object-method-arity-includes?
         class->interface implementation? method-in-interface? object-interface
         this super-new super init init-field field inherit inherit-field
         define/public define/override define/private define/pubment define/augment
         public override private pubment augment init-rest exn:fail:object exn:fail:object?)

;; ---- run time ------------------------------------------------------------------------------

(struct class-rec (name super setup method-names field-names init-names interfaces)
  #:property prop:custom-write
  (lambda (c port mode) (write-string (format "#<class:~a>" (class-rec-name c)) port)))

(struct object-rec (class methods fields)
  #:property prop:custom-print-quotable 'never
  #:property prop:custom-write
  (lambda (o port mode)
    (let ([n (class-rec-name (object-rec-class o))])
      (if (memv mode '(0 1))
          (write-string (format "(object:~a ...)" n) port)
          (write-string (format "#(struct:object:~a ...)" n) port)))))

(struct interface-rec (name supers methods)
  #:property prop:custom-write
  (lambda (i port mode) (write-string (format "#<interface:~a>" (interface-rec-name i)) port)))

(define (class? v) (class-rec? v))
(define (object? v) (object-rec? v))
(define (interface? v) (interface-rec? v))

(define object%
  (class-rec 'object% #f
             (lambda (obj super-methods)
               (values '() '()
                       (lambda (args positional super-init)
                         (unless (null? args)
                           (raise (exn:fail:object
                                   (format "instantiate: unused initialization arguments\n  unused arguments:~a\n  instantiated class name: ~a"
                                           (apply string-append (for/list ([a (in-list args)]) (format "\n   [~a ~e]" (car a) (cdr a))))
                                           (class-rec-name (object-rec-class obj)))
                                   (current-continuation-marks)))))))
             '() '() '() '()))

(struct exn:fail:object exn:fail ())

(define (make-class name super method-names override-names field-names init-names interfaces setup)
  (unless (class? super)
    (raise-argument-error 'class* "class?" super))
  (for ([m (in-list override-names)])
    (unless (memq m (class-rec-method-names super))
      (error 'class* "superclass does not provide an expected method for override\n  override name: ~a\n  class name: ~a" m name)))
  (class-rec name super setup
             (remove-duplicates-eq (append (class-rec-method-names super) method-names override-names))
             (append (class-rec-field-names super) field-names)
             init-names interfaces))

(define (remove-duplicates-eq l)
  (let loop ([l l] [seen '()])
    (cond [(null? l) (reverse seen)]
          [(memq (car l) seen) (loop (cdr l) seen)]
          [else (loop (cdr l) (cons (car l) seen))])))

;; instantiates c with by-name arguments (an alist) and by-position ones
(define (instantiate* who c named positional)
  (unless (class? c) (raise-argument-error who "class?" c))
  (let* ([obj (object-rec c (make-hasheq) (make-hasheq))]
         [chain (let loop ([c c] [acc '()]) (if c (loop (class-rec-super c) (cons c acc)) acc))]
         [init
          (for/fold ([super-init #f]) ([k (in-list chain)])
            (let-values ([(methods fields init) ((class-rec-setup k) obj (hash-copy (object-rec-methods obj)))])
              (for ([m (in-list methods)]) (hash-set! (object-rec-methods obj) (car m) (cdr m)))
              (for ([f (in-list fields)]) (hash-set! (object-rec-fields obj) (car f) (cdr f)))
              (let ([super super-init])
                (lambda (args pos) (init args pos super)))))])
    (init named positional)
    obj))

(define (new-named c . named) (instantiate* 'instantiate c named '()))
(define (make-object c . args) (instantiate* 'make-object c '() args))

(define (find-method who obj name)
  (unless (object? obj)
    (raise (exn:fail:object (format "~a: target is not an object\n  target: ~e\n  method name: ~a" who obj name)
                                 (current-continuation-marks))))
  (or (hash-ref (object-rec-methods obj) name #f)
      (raise (exn:fail:object (format "~a: no such method\n  method name: ~a\n  class name: ~a"
                                           who name (class-rec-name (object-rec-class obj)))
                                   (current-continuation-marks)))))

(define (send-dynamic obj name . args) (apply (find-method 'send obj name) args))

(define (field-entry who obj name)
  (unless (object? obj) (raise-argument-error who "object?" obj))
  (or (hash-ref (object-rec-fields obj) name #f)
      (raise (exn:fail:object (format "~a: given object does not have the requested field\n  field name: ~a\n  object: ~e" who name obj)
                                   (current-continuation-marks)))))

(define (get-field* name obj) ((car (field-entry 'get-field obj name))))
(define (set-field!* name obj v) ((cdr (field-entry 'set-field! obj name)) v))
(define (field-bound?* name obj)
  (unless (object? obj) (raise-argument-error 'field-bound? "object?" obj))
  (and (hash-ref (object-rec-fields obj) name #f) #t))

(define (subclass? a b)
  (and (class? a) (class? b)
       (let loop ([a a]) (cond [(not a) #f] [(eq? a b) #t] [else (loop (class-rec-super a))]))))

(define (implements? c i)
  (let loop ([c c])
    (and c (or (for/or ([j (in-list (class-rec-interfaces c))]) (interface-extends? j i))
               (loop (class-rec-super c))))))

(define (interface-extends? j i)
  (or (eq? j i) (for/or ([s (in-list (interface-rec-supers j))]) (interface-extends? s i))))

(define (is-a? v t)
  (and (object? v)
       (cond [(class? t) (subclass? (object-rec-class v) t)]
             [(interface? t) (implements? (object-rec-class v) t)]
             [else (raise-argument-error 'is-a? "(or/c class? interface?)" 1 v t)])))

(define (implementation? c i) (and (class? c) (implements? c i)))
(define (object=? a b) (eq? a b))
(define (object-method-arity-includes? obj name n)
  (let ([m (hash-ref (object-rec-methods obj) name #f)])
    (and m (procedure-arity-includes? m n))))
(define (method-in-interface? name i) (and (memq name (interface-rec-methods i)) #t))
(define (class->interface c) (interface-rec (class-rec-name c) '() (class-rec-method-names c)))
(define (object-interface o) (class->interface (object-rec-class o)))

(define (make-interface name supers methods)
  (for ([s (in-list supers)]) (unless (interface? s) (raise-argument-error 'interface "interface?" s)))
  (interface-rec name supers (append (apply append (map interface-rec-methods supers)) methods)))

;; takes the class's init arguments out of named (an alist) and positional; the rest of named
;; goes to the superclass
(define (take-init name args positional)
  (let ([a (assq name args)])
    (cond [a (values (cdr a) #t (remq a args) positional)]
          [(pair? positional) (values (car positional) #t args (cdr positional))]
          [else (values #f #f args positional)])))

(define (missing-init name class-name)
  (raise (exn:fail:object
          (format "instantiate: no argument for required init variable\n  init variable name: ~a\n  instantiated class name: ~a"
                  name class-name)
          (current-continuation-marks))))

;; ---- syntax --------------------------------------------------------------------------------

(define-syntax-parameter this (lambda (stx) (raise-syntax-error #f "use of a class keyword is not in a class top-level" stx)))
(define-syntax-parameter super-new (lambda (stx) (raise-syntax-error #f "use of a class keyword is not in a class top-level" stx)))
(define-syntax-parameter super (lambda (stx) (raise-syntax-error #f "use of a class keyword is not in a class top-level" stx)))
(define-syntaxes (init init-field field inherit inherit-field define/public define/override define/private
                       define/pubment define/augment public override private pubment augment init-rest)
  (let ([bad (lambda (stx) (raise-syntax-error #f "use of a class keyword is not in a class top-level" stx))])
    (values bad bad bad bad bad bad bad bad bad bad bad bad bad bad bad bad)))

(define-syntax (interface stx)
  (syntax-case stx ()
    [(_ (super ...) name ...)
     (with-syntax ([n (or (syntax-local-name) 'interface)])
       #'(make-interface 'n (list super ...) '(name ...)))]))

(define-syntax (new stx)
  (syntax-case stx ()
    [(_ c [name e] ...) #'(new-named c (cons 'name e) ...)]))

(define-syntax (instantiate stx)
  (syntax-case stx ()
    [(_ c (pos ...) [name e] ...) #'(instantiate* 'instantiate c (list (cons 'name e) ...) (list pos ...))]))

(define-syntax (send stx)
  (syntax-case stx ()
    [(_ obj name arg ...) (identifier? #'name) #'((find-method 'send obj 'name) arg ...)]))

(define-syntax (send/apply stx)
  (syntax-case stx ()
    [(_ obj name arg ... lst) (identifier? #'name) #'(apply (find-method 'send/apply obj 'name) arg ... lst)]))

(define-syntax (send* stx)
  (syntax-case stx ()
    [(_ obj (name arg ...) ...) #'(let ([o obj]) (send o name arg ...) ...)]))

(define-syntax (get-field stx)
  (syntax-case stx () [(_ name obj) (identifier? #'name) #'(get-field* 'name obj)]))
(define-syntax (set-field! stx)
  (syntax-case stx () [(_ name obj v) (identifier? #'name) #'(set-field!* 'name obj v)]))
(define-syntax (field-bound? stx)
  (syntax-case stx () [(_ name obj) (identifier? #'name) #'(field-bound?* 'name obj)]))

(begin-for-syntax
  ;; a class's name: the variable it is defined as, else where its form is
  (define (class-name stx)
    (or (syntax-local-name)
        (string->symbol (format "~a:~a:~a" (syntax-source stx) (syntax-line stx) (syntax-column stx))))))

(define-syntax (class stx)
  (syntax-case stx ()
    [(_ super-expr clause ...)
     (with-syntax ([name (class-name stx)])
       (syntax/loc stx (class*/named name super-expr () clause ...)))]))

(define-syntax (class* stx)
  (syntax-case stx ()
    [(_ super-expr (iface ...) clause ...)
     (with-syntax ([name (class-name stx)])
       (syntax/loc stx (class*/named name super-expr (iface ...) clause ...)))]))

(begin-for-syntax
  ;; one parsed clause of a class body
  (struct item (kind id expr) #:transparent)
  ;; kinds: 'init and 'init-field (expr: the default or #f), 'field and 'private-field
  ;; (expr: the initial value), 'define-values (id: the list of names), 'method (expr: the
  ;; procedure), 'expr (an expression of the body; super-new is one), 'inherit, 'inherit-field

  (define (kw? stx name)
    (and (identifier? stx) (free-identifier=? stx (datum->syntax #'here name))))

  (define (split-init spec)
    (syntax-case spec ()
      [id (identifier? #'id) (values #'id #f)]
      [(id) (values #'id #f)]
      [(id default) (values #'id #'default)]))

  (define (method-lambda stx)
    (syntax-case stx ()
      [((name . formals) body ...) (values #'name #'(lambda formals body ...))]
      [(name e) (values #'name #'e)]))

  (define (parse-clauses clauses)
    ;; returns the items, the public method names and the overriding ones
    (let loop ([cs clauses] [items '()] [publics '()] [overrides '()])
      (if (null? cs)
          (values (reverse items) (reverse publics) (reverse overrides))
          (let* ([c (car cs)]
                 [head (syntax-case c () [(h . _) #'h] [_ #f])])
            (cond
              [(and head (kw? head 'init))
               (syntax-case c ()
                 [(_ spec ...)
                  (loop (cdr cs)
                        (append (reverse (for/list ([s (syntax->list #'(spec ...))])
                                           (let-values ([(id d) (split-init s)]) (item 'init id d))))
                                items)
                        publics overrides)])]
              [(and head (kw? head 'init-field))
               (syntax-case c ()
                 [(_ spec ...)
                  (loop (cdr cs)
                        (append (reverse (for/list ([s (syntax->list #'(spec ...))])
                                           (let-values ([(id d) (split-init s)]) (item 'init-field id d))))
                                items)
                        publics overrides)])]
              [(and head (kw? head 'field))
               (syntax-case c ()
                 [(_ [id e] ...)
                  (loop (cdr cs)
                        (append (reverse (for/list ([i (syntax->list #'(id ...))] [e (syntax->list #'(e ...))])
                                           (item 'field i e)))
                                items)
                        publics overrides)])]
              [(and head (or (kw? head 'define/public) (kw? head 'define/pubment)
                             (kw? head 'define/override) (kw? head 'define/augment) (kw? head 'define/private)))
               (syntax-case c ()
                 [(_ . rest)
                  (let-values ([(id lam) (method-lambda #'rest)])
                    (loop (cdr cs) (cons (item 'method id lam) items)
                          (if (or (kw? head 'define/public) (kw? head 'define/pubment)) (cons id publics) publics)
                          (if (or (kw? head 'define/override) (kw? head 'define/augment)) (cons id overrides) overrides)))])]
              [(and head (or (kw? head 'public) (kw? head 'pubment)))
               (syntax-case c () [(_ id ...) (loop (cdr cs) items (append (reverse (syntax->list #'(id ...))) publics) overrides)])]
              [(and head (or (kw? head 'override) (kw? head 'augment)))
               (syntax-case c () [(_ id ...) (loop (cdr cs) items publics (append (reverse (syntax->list #'(id ...))) overrides))])]
              [(and head (kw? head 'private))
               (loop (cdr cs) items publics overrides)]
              [(and head (kw? head 'inherit))
               (syntax-case c ()
                 [(_ id ...) (loop (cdr cs) (append (reverse (for/list ([i (syntax->list #'(id ...))]) (item 'inherit i #f))) items)
                                   publics overrides)])]
              [(and head (kw? head 'inherit-field))
               (syntax-case c ()
                 [(_ id ...) (loop (cdr cs) (append (reverse (for/list ([i (syntax->list #'(id ...))]) (item 'inherit-field i #f))) items)
                                   publics overrides)])]
              [(and head (kw? head 'define-values))
               (syntax-case c ()
                 [(_ (id) e) (loop (cons #'(define id e) (cdr cs)) items publics overrides)]
                 [(_ (id ...) e) (loop (cdr cs) (cons (item 'define-values (syntax->list #'(id ...)) #'e) items)
                                       publics overrides)])]
              [(and head (kw? head 'define))
               (syntax-case c ()
                 [(_ (id . formals) body ...)
                  (identifier? #'id)
                  (loop (cdr cs) (cons (item 'method #'id #'(lambda formals body ...)) items) publics overrides)]
                 [(_ id e)
                  (syntax-case #'e (lambda λ)
                    [(lambda . _) (loop (cdr cs) (cons (item 'method #'id #'e) items) publics overrides)]
                    [_ (loop (cdr cs) (cons (item 'private-field #'id #'e) items) publics overrides)])])]
              [(and head (kw? head 'begin))
               (syntax-case c () [(_ sub ...) (loop (append (syntax->list #'(sub ...)) (cdr cs)) items publics overrides)])]
              [else (loop (cdr cs) (cons (item 'expr #f c) items) publics overrides)]))))))

(define-syntax (class*/named stx)
  (syntax-case stx ()
    [(_ name super-expr (iface ...) clause ...)
     (let-values ([(items publics overrides) (parse-clauses (syntax->list #'(clause ...)))])
       (define (ids kind) (for/list ([i (in-list items)] #:when (memq (item-kind i) kind)) (item-id i)))
       (define vars (append (ids '(init init-field field private-field method))
                            (apply append (for/list ([i (in-list items)] #:when (eq? (item-kind i) 'define-values)) (item-id i)))))
       (define methods (for/list ([i (in-list items)] #:when (eq? (item-kind i) 'method)) i))
       (define public-fields (ids '(init-field field)))
       ;; public and overriding methods: their definitions go to temporaries, and the names
       ;; in the body call through the object's table (dynamic dispatch, as in Racket)
       (define dispatched (for/list ([m (in-list methods)]
                                     #:when (for/or ([p (in-list (append publics overrides))])
                                              (free-identifier=? p (item-id m))))
                            (item-id m)))
       (define (dispatched? id) (for/or ([d (in-list dispatched)]) (free-identifier=? d id)))
       (define temps (for/list ([d (in-list dispatched)]) (car (generate-temporaries (list d)))))
       (define (impl id) (or (for/or ([d (in-list dispatched)] [t (in-list temps)]) (and (free-identifier=? d id) t)) id))
       (define init-ids (ids '(init init-field)))
       (with-syntax ([(var ...) (append (filter (lambda (v) (not (dispatched? v))) vars) temps)]
                     [(disp ...) (append dispatched (ids '(inherit)))]
                     [(pub-impl ...) (map impl publics)]
                     [(ovr-impl ...) (map impl overrides)]
                     [(pub ...) publics]
                     [(ovr ...) overrides]
                     [(pfield ...) public-fields]
                     [(init-id ...) init-ids]
                     [(inh-field ...) (ids '(inherit-field))]
                     [(method-binding ...)
                      (for/list ([m (in-list methods)])
                        (with-syntax ([id (impl (item-id m))]
                                      [lam (item-expr m)]
                                      [label (datum->syntax #f (string->symbol (format "~a method in ~a" (syntax-e (item-id m)) (syntax-e #'name))))])
                          #'(set! id (let ([label lam]) label))))]
                     [(step ...)
                      (for/list ([i (in-list items)] #:unless (memq (item-kind i) '(method inherit inherit-field)))
                        (case (item-kind i)
                          [(init init-field)
                           (with-syntax* ([id (item-id i)]
                                          [default (or (item-expr i) #'(missing-init 'id 'name))])
                             #'(let-values ([(v given? rest pos-rest) (take-init 'id args positional)])
                                 (set! args rest)
                                 (set! positional pos-rest)
                                 (set! id (if given? v default))))]
                          [(field private-field)
                           (with-syntax ([id (item-id i)] [e (item-expr i)]) #'(set! id e))]
                          [(define-values)
                           (with-syntax ([(id ...) (item-id i)] [e (item-expr i)] [(tmp ...) (generate-temporaries (item-id i))])
                             #'(let-values ([(tmp ...) e]) (set! id tmp) ...))]
                          [(expr) (item-expr i)]))])
         #'(make-class
            'name super-expr '(pub ...) '(ovr ...) '(pfield ...) '(init-id ...) (list iface ...)
            (lambda (self super-methods)
              (let ([var #f] ...
                    ;; the initialization's state: arguments not yet taken, the superclass's
                    ;; initialization, and whether it ran
                    [args '()] [positional '()] [super-init #f] [super-called? #f])
                (define (do-super-new named)
                  (when super-called? (error 'super-new "superclass initialization called twice"))
                  (set! super-called? #t)
                  (let ([rest args] [pos positional])
                    (set! args '())
                    (set! positional '())
                    (super-init (append named rest) pos)))
                (syntax-parameterize
                    ([this (make-rename-transformer #'self)]
                     [super (lambda (stx)
                              (syntax-case stx ()
                                [(_ m a (... ...)) #'((hash-ref super-methods 'm) a (... ...))]))]
                     [super-new (lambda (stx)
                                  (syntax-case stx ()
                                    [(_ [n e] (... ...)) #'(do-super-new (list (cons 'n e) (... ...)))]))])
                  (letrec-syntaxes+values
                      ;; this class's public methods and inherited ones: called through the table
                      ([(disp) (make-set!-transformer
                                (lambda (stx)
                                  (syntax-case stx ()
                                    [(_ a (... ...)) #'((find-method 'send self 'disp) a (... ...))]
                                    [_ #'(lambda args (apply (find-method 'send self 'disp) args))])))]
                       ...
                       [(inh-field) (make-set!-transformer
                                     (lambda (stx)
                                       (syntax-case stx (set!)
                                         [(set! _ v) #'((cdr (field-entry 'set-field! self 'inh-field)) v)]
                                         [(_ a (... ...)) #'(((car (field-entry 'get-field self 'inh-field))) a (... ...))]
                                         [_ #'((car (field-entry 'get-field self 'inh-field)))])))]
                       ...)
                      ()
                    method-binding ...
                    (values
                     (list (cons 'pub pub-impl) ... (cons 'ovr ovr-impl) ...)
                     (list (cons 'pfield (cons (lambda () pfield) (lambda (v) (set! pfield v)))) ...)
                     (lambda (init-args init-positional init-super)
                       (set! args init-args)
                       (set! positional init-positional)
                       (set! super-init init-super)
                       step ...
                       (unless super-called?
                         (error 'instantiate "superclass initialization not invoked by initialization\n  class name: ~a" 'name))
                       (void))))))))))]))
