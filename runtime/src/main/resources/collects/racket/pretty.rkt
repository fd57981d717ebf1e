;; racket/pretty: pretty-print, pretty-write, pretty-display and pretty-format, laying
;; values out within (pretty-print-columns) as Racket 8.7 does for lists, vectors, hash
;; tables, pairs and the common code forms. Atoms are printed by the ordinary printer.
;;
;; A value becomes a document: a string (an atom), a pfx (prefix and document) for a quote
;; prefix, or an sq (open, items, close) for a compound. A document is printed flat when it fits before
;; the right margin together with the closing parentheses that follow it on its line;
;; otherwise its items go on separate lines, as the form's style says.
(module pretty "base.rkt"
  (provide pretty-print pretty-write pretty-display pretty-format pretty-print-columns)

  (define pretty-print-columns
    (make-parameter 79 (lambda (v)
                         (unless (or (exact-positive-integer? v) (eq? v 'infinity))
                           (raise-argument-error 'pretty-print-columns "(or/c exact-positive-integer? 'infinity)" v))
                         v)))

  ;; each document keeps its flat text, made once from its parts' texts
  (struct pfx (prefix doc text) #:constructor-name raw-pfx)
  (struct sq (open items close text) #:constructor-name raw-sq)
  (define (make-pfx prefix doc) (raw-pfx prefix doc (string-append prefix (flat doc))))
  (define (make-sq open items close) (raw-sq open items close (string-append open (join (map flat items)) close)))
  (struct sym (text))

  (define abbreviations
    '((quote . "'") (quasiquote . "`") (unquote . ",") (unquote-splicing . ",@")
      (syntax . "#'") (quasisyntax . "#`") (unsyntax . "#,") (unsyntax-splicing . "#,@")))

  (define (atom v mode)
    (let ([o (open-output-string)])
      (case mode
        [(write) (write v o)]
        [(display) (display v o)]
        [else (print v o)])
      (get-output-string o)))

  ;; the document of v written (mode 'write or 'display: data, no leading quote)
  (define (data-doc v mode)
    (cond
      [(and (pair? v) (symbol? (car v)) (pair? (cdr v)) (null? (cddr v)) (assq (car v) abbreviations))
       => (lambda (a) (make-pfx (cdr a) (data-doc (cadr v) mode)))]
      [(pair? v)
       (let loop ([v v] [items '()])
         (cond
           [(null? v) (make-sq "(" (reverse items) ")")]
           [(pair? v) (loop (cdr v) (cons (data-doc (car v) mode) items))]
           [else (make-sq "(" (reverse (list* (data-doc v mode) "." items)) ")")]))]
      [(vector? v) (make-sq "#(" (for/list ([x (in-vector v)]) (data-doc x mode)) ")")]
      [(and (hash? v) (positive? (hash-count v)))
       (let ([text (atom v mode)])
         (make-sq (substring text 0 (add1 (index-of-paren text)))
             (hash-map v (lambda (k x) (make-sq "(" (list (data-doc k mode) "." (data-doc x mode)) ")")) #t)
             ")"))]
      [(symbol? v) (sym (atom v mode))]
      [else (atom v mode)]))

  (define (prefix-name p)
    (for/first ([a (in-list abbreviations)] #:when (string=? (cdr a) p)) (symbol->string (car a))))

  (define (index-of-paren s)
    (let loop ([i 0]) (if (char=? (string-ref s i) #\() i (loop (add1 i)))))

  ;; the document of v printed (print mode): quoted data, or a constructor form
  (define (print-doc v quote-depth)
    (let ([text (atom v 'print)])
      (cond
        [(and (positive? (string-length text)) (char=? (string-ref text 0) #\') (or (pair? v) (vector? v) (hash? v) (box? v))
              (string=? (substring text 1) (flat (data-doc v 'write))))
         (if (zero? quote-depth) (make-pfx "'" (data-doc v 'write)) (data-doc v 'write))]
        [(and (> (string-length text) 1) (char=? (string-ref text 0) #\() (constructor-parts v))
         ;; a constructor form: (list x ...), (vector x ...), (mcons a d), (box x), (posn x y)
         => (lambda (parts)
              (make-sq "(" (cons (sym (constructor-name text)) (for/list ([x (in-list parts)]) (print-doc x 0))) ")"))]
        [else text])))

  (define (constructor-name text)
    (let loop ([i 1])
      (if (or (= i (string-length text)) (memv (string-ref text i) '(#\space #\))))
          (substring text 1 i)
          (loop (add1 i)))))

  ;; what a constructor form of v shows, in order, or #f
  (define (constructor-parts v)
    (cond
      [(list? v) v]
      [(vector? v) (vector->list v)]
      [(mpair? v) (list (mcar v) (mcdr v))]
      [(box? v) (list (unbox v))]
      [(struct? v) (cdr (vector->list (struct->vector v)))]
      [else #f]))

  (define (string-prefix? s p)
    (and (>= (string-length s) (string-length p)) (string=? (substring s 0 (string-length p)) p)))

  (define (flat d)
    (cond
      [(string? d) d]
      [(sym? d) (sym-text d)]
      [(pfx? d) (pfx-text d)]
      [else (sq-text d)]))

  (define (join strs)
    (if (null? strs) "" (apply string-append (car strs) (map (lambda (s) (string-append " " s)) (cdr strs)))))

;; styles: which items after the head stay on its line, where the rest go, and which
  ;; items are expressions (laid out in their own style) rather than lists of them (bindings,
  ;; clauses), which are laid out plainly.
  (define header-1 '(define define-syntax lambda λ when unless if set! syntax-rules class shared))
  ;; of those, the ones whose first item is a plain list (a header, formals, a test...)
  (define plain-first '(define define-syntax lambda λ when unless syntax-rules shared))
  (define let-like '(let let* letrec let-values let*-values letrec-values let-syntax letrec-syntax))
  (define header-0 '(begin begin0))
  (define aligned '(and or))

  (define (style d)
    (and (equal? (sq-open d) "(")
         (pair? (sq-items d))
         (pair? (cdr (sq-items d)))
         (sym? (car (sq-items d)))
         (let ([head (string->symbol (sym-text (car (sq-items d))))])
           (cond
             [(memq head header-0) 'begin]
             [(memq head aligned) 'and]
             [(and (memq head '(do letrec-syntaxes+values)) (pair? (cddr (sq-items d)))) 'do]
             [(memq head '(cond case-lambda)) 'cond]
             [(and (memq head '(module send)) (pair? (cddr (sq-items d)))) 'module]
             [(and (memq head '(syntax-case instantiate)) (pair? (cddr (sq-items d)))) 'syntax-case]
             [(eq? head 'case) 'case]
             [(and (memq head let-like) (sym? (cadr (sq-items d))) (pair? (cddr (sq-items d)))) 'named-let]
             [(memq head let-like) 'let]
             [(memq head plain-first) 'define-plain]
             [(memq head header-1) 'define]
             [else #f]))))

  ;; whether item i (1 is the first after the head) is an expression in style st
  (define (expression? st i)
    (case st
      [(let define-plain) (not (= i 1))]
      [(named-let) (not (= i 2))]
      [(case) (= i 1)]
      [(do) (> i 2)]
      [(cond) #f]
      [(syntax-case) (= i 1)]
      [else #t]))

;; prints d at column col (the cursor is there) with trail closing characters after it;
  ;; expr? says whether a list here is an expression (styled by its head) or plain
  (define (layout d col trail width out [expr? #t])
    (let ([text (flat d)])
      (cond
        [(or (eq? width 'infinity) (<= (+ col (string-length text) trail) width) (string? d) (sym? d))
         (write-string text out)]
        [(and (pfx? d) (not expr?) (prefix-name (pfx-prefix d)))
         ;; a quote form in a plain list is a list again once it must break
         => (lambda (name) (layout (make-sq "(" (list (sym name) (pfx-doc d)) ")") col trail width out #f))]
        [(pfx? d)
         (write-string (pfx-prefix d) out)
         (layout (pfx-doc d) (+ col (string-length (pfx-prefix d))) trail width out expr?)]
        [else
         (let* ([open (sq-open d)] [items (list->vector (sq-items d))] [close (sq-close d)]
                [st (and expr? (style d))]
                [c (+ col (string-length open))]
                [end-trail (+ trail (string-length close))]
                [n (vector-length items)])
           (write-string open out)
           ;; item i (0 is the head) at column at
           (define (item i at)
             (layout (vector-ref items i) at (if (= i (sub1 n)) end-trail 0) width out (or (not st) (expression? st i))))
           (define (newline-at k) (newline out) (write-string (make-string k #\space) out))
           ;; items from..n-1, each on its own line at column at
           (define (lines from at)
             (for ([i (in-range from n)])
               (newline-at at)
               (item i at)))
           ;; the head and k items on the first line (then the rest at body-col); the column
           ;; after them, as far as they were printed flat
           (define (header k)
             (write-string (sym-text (vector-ref items 0)) out)
             (let loop ([i 1] [at (+ c (string-length (sym-text (vector-ref items 0))))])
               (if (and (<= i k) (< i n))
                   (begin
                     (write-string " " out)
                     (item i (add1 at))
                     (loop (add1 i) (+ at 1 (string-length (flat (vector-ref items i))))))
                   i)))
           (case st
             [(begin) (lines (header 0) (+ col 2))]
             [(define define-plain let case) (lines (header 1) (+ col 2))]
             [(named-let module syntax-case) (lines (header 2) (+ col 2))]
             [(and) (lines (header 1) (+ c (string-length (sym-text (vector-ref items 0))) 1))]
             [(do)
              (let ([next (header 1)] [at (+ c (string-length (sym-text (vector-ref items 0))) 1)])
                (when (< next n)
                  (newline-at at)
                  (item next at)
                  (lines (add1 next) (+ col 2))))]
             [else  ; plain, and cond's clauses
              (item 0 c)
              (lines 1 c)])
           (write-string close out))])))

  (define (pretty-out who doc out newline?)
    (unless (output-port? out) (raise-argument-error who "output-port?" out))
    (layout doc 0 0 (pretty-print-columns) out)
    (when newline? (newline out)))

  (define (pretty-print v [out (current-output-port)] [quote-depth 0] #:newline? [newline? #t])
    (pretty-out 'pretty-print (print-doc v quote-depth) out newline?))

  (define (pretty-write v [out (current-output-port)] #:newline? [newline? #t])
    (pretty-out 'pretty-write (data-doc v 'write) out newline?))

  (define (pretty-display v [out (current-output-port)] #:newline? [newline? #t])
    (pretty-out 'pretty-display (data-doc v 'display) out newline?))

  (define (pretty-format v [columns (pretty-print-columns)] #:mode [mode 'print])
    (let ([o (open-output-string)])
      (parameterize ([pretty-print-columns columns])
        (case mode
          [(write) (pretty-write v o #:newline? #f)]
          [(display) (pretty-display v o #:newline? #f)]
          [else (pretty-print v o #:newline? #f)]))
      (get-output-string o))))
