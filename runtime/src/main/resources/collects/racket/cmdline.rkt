;; racket/cmdline: parse-command-line and the command-line form over it, with Racket
;; 8.7's help text and error messages.
;;
;; A table is a list of groups: (list kind spec ...) for kind 'once-each, 'once-any,
;; 'multi or 'final, where a spec is (list flags handler (list help arg-name ...)), and
;; (list 'help-labels str ...), (list 'ps str ...) or (list 'usage-help str ...).
(module cmdline "base.rkt"
  (require (for-syntax "base.rkt"))
  (provide command-line parse-command-line)

  (define (parse-command-line program argv table finish finish-help
                              [help-proc (lambda (s) (display s) (exit 0))]
                              [unknown-proc (lambda (flag) (fail program "unknown switch: ~a" flag))])
    (unless (or (string? program) (path? program)) (raise-argument-error 'parse-command-line "(or/c string? path?)" program))
    (unless (vector? argv) (raise-argument-error 'parse-command-line "(vectorof string?)" argv))
    (let* ([program (if (path? program) (path->string program) program)]
           [groups (filter (lambda (g) (memq (car g) '(once-each once-any multi final))) table)]
           [specs (for*/list ([g groups] [s (cdr g)]) (cons (car g) s))]
           [used (make-hasheq)]
           [accum '()])
      (define (lookup flag) (for/first ([s specs] #:when (member flag (cadr s))) s))
      (define (group-of spec)
        (for/first ([g groups] #:when (memq (cdr spec) (cdr g))) g))
      ;; runs flag's spec on the arguments after it; the remaining arguments
      (define (run-flag flag spec rest)
        (let* ([kind (car spec)]
               [n (length (cdr (cadddr spec)))]
               [key (if (eq? kind 'once-any) (group-of spec) spec)])
          (when (and (memq kind '(once-each once-any)) (hash-ref used key #f))
            (fail program "only one instance of one option from ~a is allowed"
                  (if (eq? kind 'once-any)
                      (for*/list ([s (cdr key)] [f (car s)]) f)
                      (cadr spec))))
          (hash-set! used key #t)
          (when (< (length rest) n)
            (fail program "the \"~a\" option needs ~a argument~a, but ~a~a provided"
                  flag n (if (= n 1) "" "s") (if (zero? (length rest)) "" "only ") (length rest)))
          (set! accum (cons (apply (caddr spec) flag (first-n rest n)) accum))
          (values (list-tail rest n) (eq? kind 'final))))
      (define (flag-like? a) (and (> (string-length a) 1) (memv (string-ref a 0) '(#\- #\+))))
      ;; the positional arguments against finish's arity
      (define (finish-with flags rest)
        (if (procedure-arity-includes? finish (add1 (length rest)))
            (apply finish flags rest)
            (fail program "expects ~a on the command line, given ~a argument~a~a"
                  (if (null? finish-help) "no arguments" (args-usage finish finish-help))
                  (length rest) (if (= (length rest) 1) "" "s")
                  (if (null? rest) "" (apply string-append ": " (map (lambda (a) (string-append a " ")) rest))))))
      (let loop ([args (vector->list argv)])
        (cond
          [(null? args) (finish-with (reverse accum) '())]
          [(equal? (car args) "--") (finish-with (reverse accum) (cdr args))]
          [(member (car args) '("--help" "-h"))
           (help-proc (help-text program table finish finish-help))
           (loop (cdr args))]
          [(lookup (car args))
           => (lambda (spec)
                (let-values ([(rest final?) (run-flag (car args) spec (cdr args))])
                  (if final? (finish-with (reverse accum) rest) (loop rest))))]
          [(and (flag-like? (car args))
                (> (string-length (car args)) 2)
                (not (char=? (string-ref (car args) 1) (string-ref (car args) 0))))
           ;; -xyz is -x -y -z: each letter's arguments follow the group
           (let ([c0 (string (string-ref (car args) 0))])
             (loop (append (for/list ([c (substring (car args) 1)]) (string-append c0 (string c)))
                           (cdr args))))]
          [(flag-like? (car args)) (unknown-proc (car args)) (loop (cdr args))]
          [else (finish-with (reverse accum) args)]))))

  (define (fail program fmt . vs)
    (raise-user-error (string->symbol program) "~a" (apply format fmt vs)))

  (define (first-n l n) (if (zero? n) '() (cons (car l) (first-n (cdr l) (sub1 n)))))

  ;; "<a> <b> [<rest>] ...": required names, then the optional/rest ones
  (define (args-usage finish names)
    (let* ([a (procedure-arity finish)]
           [required (sub1 (if (arity-at-least? a) (arity-at-least-value a) (if (list? a) (apply min a) a)))]
           [rest? (arity-at-least? a)])
      (let loop ([names names] [i 0] [acc '()])
        (cond
          [(null? names) (string-join* (reverse acc))]
          [(< i required) (loop (cdr names) (add1 i) (cons (format "<~a>" (car names)) acc))]
          [(and rest? (null? (cdr names))) (loop (cdr names) (add1 i) (cons (format "[<~a>] ..." (car names)) acc))]
          [else (loop (cdr names) (add1 i) (cons (format "[<~a>]" (car names)) acc))]))))

  (define (string-join* strs)
    (if (null? strs) "" (apply string-append (car strs) (map (lambda (s) (string-append " " s)) (cdr strs)))))

  (define (help-text program table finish finish-help)
    (let ([o (open-output-string)]
          [strings (lambda (kind) (apply append (map cdr (filter (lambda (g) (eq? (car g) kind)) table))))]
          [any? (lambda (kinds) (ormap (lambda (g) (and (memq (car g) kinds) (pair? (cdr g)))) table))])
      (fprintf o "usage: ~a [ <option> ... ]~a\n" program
               (if (null? finish-help) "" (string-append " " (args-usage finish finish-help))))
      (for ([s (strings 'usage-help)]) (fprintf o "  ~a\n" s))
      (fprintf o "\n<option> is one of\n\n")
      (for ([g table])
        (case (car g)
          [(help-labels) (for ([s (cdr g)]) (fprintf o " ~a\n" s))]
          [(once-each multi final once-any)
           (let ([n (length (cdr g))])
             (for ([spec (cdr g)] [i (in-naturals)])
               (let* ([marks (case (car g)
                               [(once-each) '(" " " ")]
                               [(multi final) '("*" " ")]
                               [else (if (= n 1)
                                         '(" " " ")
                                         (list (if (zero? i) "/" "|") (if (= i (sub1 n)) "\\" "|")))])]
                      [help (caddr spec)]
                      [arg-names (apply string-append (map (lambda (a) (format " <~a>" a)) (cdr help)))])
                 (fprintf o "~a ~a\n" (car marks)
                          (string-join-comma (map (lambda (f) (string-append f arg-names)) (car spec))))
                 (fprintf o "~a    ~a\n" (cadr marks) (car help)))))]
          [else (void)]))
      (fprintf o "  --help, -h\n     Show this help\n")
      (fprintf o "  --\n     Do not treat any remaining argument as a switch (at this level)\n")
      (let ([star (any? '(multi final))] [bracket (any? '(once-any))])
        (when (or star bracket) (fprintf o "\n"))
        (when star (fprintf o " *   Asterisks indicate options allowed multiple times.\n"))
        (when bracket (fprintf o " /|\\ Brackets indicate mutually exclusive options.\n")))
      (fprintf o "\n Multiple single-letter switches can be combined after\n one `-`. For example, `-h-` is the same as `-h --`.\n")
      (for ([s (strings 'ps)]) (fprintf o " ~a\n" s))
      (get-output-string o)))

  (define (string-join-comma strs)
    (apply string-append (car strs) (map (lambda (s) (string-append ", " s)) (cdr strs))))

  ;; (command-line clause ...): see the Racket reference.
  (define-syntax (command-line stx)
    (define (kw? s k) (and (keyword? (syntax-e s)) (eq? (syntax-e s) k)))
    (define (flag-spec s)
      (syntax-case s ()
        [(flags . more)
         (let* ([flag-strs (if (string? (syntax-e #'flags)) (list #'flags) (syntax->list #'flags))]
                [more (syntax->list #'more)])
           (let loop ([ids '()] [more more])
             (cond
               [(identifier? (car more)) (loop (cons (car more) ids) (cdr more))]
               [else
                (let* ([ids (reverse ids)]
                       [help (car more)]
                       [help-strs (if (string? (syntax-e help)) (list help) (syntax->list help))]
                       [body (cdr more)]
                       [names (if (> (length help-strs) 1)
                                  (cdr help-strs)
                                  (map (lambda (i) (symbol->string (syntax-e i))) ids))])
                  (with-syntax ([(f ...) flag-strs] [(id ...) ids] [h (car help-strs)]
                                [(name ...) names] [(b ...) body] [flag (datum->syntax s (gensym 'flag))])
                    #'(list (list f ...) (lambda (flag id ...) b ...) (list h name ...))))])))]))
    (let loop ([cs (cdr (syntax->list stx))] [program #f] [argv #f] [groups '()] [kind #f])
      (cond
        [(null? cs)
         (finish-form stx program argv (reverse groups) (syntax->list #'(#:args () (void))))]
        [(kw? (car cs) '#:program) (loop (cddr cs) (cadr cs) argv groups #f)]
        [(kw? (car cs) '#:argv) (loop (cddr cs) program (cadr cs) groups #f)]
        [(ormap (lambda (k) (kw? (car cs) k)) '(#:once-each #:once-any #:multi #:final))
         (let ([k (string->symbol (keyword->string (syntax-e (car cs))))])
           (let take ([rest (cdr cs)] [specs '()])
             (if (and (pair? rest) (not (keyword? (syntax-e (car rest)))))
                 (take (cdr rest) (cons (flag-spec (car rest)) specs))
                 (loop rest program argv
                       (cons (with-syntax ([k k] [(s ...) (reverse specs)]) #'(list 'k s ...)) groups) #f))))]
        [(ormap (lambda (k) (kw? (car cs) k)) '(#:help-labels #:ps #:usage-help))
         (let ([k (string->symbol (keyword->string (syntax-e (car cs))))])
           (let take ([rest (cdr cs)] [strs '()])
             (if (and (pair? rest) (not (keyword? (syntax-e (car rest)))))
                 (take (cdr rest) (cons (car rest) strs))
                 (loop rest program argv
                       (cons (with-syntax ([k k] [(s ...) (reverse strs)]) #'(list 'k s ...)) groups) #f))))]
        [(or (kw? (car cs) '#:args) (kw? (car cs) '#:handlers))
         (finish-form stx program argv (reverse groups) cs)]
        [else (raise-syntax-error #f "bad clause" stx (car cs))])))

  (define-for-syntax (finish-form stx program argv groups finish)
    (with-syntax ([program (or program
                               #'(let-values ([(base name dir?) (split-path (find-system-path 'run-file))])
                                   (path->string name)))]
                  [argv (or argv #'(current-command-line-arguments))]
                  [(g ...) groups])
      (syntax-case (datum->syntax stx finish) ()
        [(_ formals body ...)
         (eq? (syntax-e (car finish)) '#:args)
         (let ([names (let loop ([f #'formals])
                        (let ([e (if (syntax? f) (syntax-e f) f)])
                          (cond
                            [(null? e) '()]
                            [(symbol? e) (list (symbol->string e))]
                            [(pair? e) (cons (symbol->string (syntax-e (car e))) (loop (cdr e)))]
                            [else '()])))])
           (with-syntax ([names (datum->syntax stx (list 'quote names))])
             #'(parse-command-line program argv (list g ...) (lambda (flag-accum . formals) body ...) names)))]
        [(_ finish-proc arg-help . more)
         #'(parse-command-line program argv (list g ...) finish-proc arg-help . more)]))))
