;; racket/syntax: the helpers macro writers use most: format-id, format-symbol,
;; restricted-format-string?, with-syntax*, generate-temporary, current-syntax-context and
;; wrong-syntax.
(module syntax "base.rkt"
  (require (for-syntax "base.rkt"))
  (provide format-id format-symbol restricted-format-string? with-syntax* generate-temporary
           current-syntax-context wrong-syntax)

  ;; only ~a (or ~A) directives and ~~ escapes: the string names an identifier
  (define (restricted-format-string? s)
    (and (string? s)
         (let loop ([i 0])
           (cond
             [(>= i (string-length s)) #t]
             [(char=? (string-ref s i) #\~)
              (and (< (add1 i) (string-length s))
                   (memv (string-ref s (add1 i)) '(#\a #\A #\~))
                   (loop (+ i 2)))]
             [else (loop (add1 i))]))))

  (define (format-part who v)
    (cond
      [(identifier? v) (syntax-e v)]
      [(or (string? v) (symbol? v) (keyword? v) (char? v) (number? v)) v]
      [else (raise-argument-error who "(or/c string? symbol? identifier? keyword? char? number?)" v)]))

  (define (format-symbol fmt . vs)
    (unless (restricted-format-string? fmt) (raise-argument-error 'format-symbol "(and/c string? restricted-format-string?)" fmt))
    (string->symbol (apply format fmt (map (lambda (v) (format-part 'format-symbol v)) vs))))

  (define (format-id lctx fmt #:source [src #f] #:props [props #f] #:cert [cert #f] #:subs? [subs? #f] . vs)
    (unless (or (not lctx) (syntax? lctx)) (raise-argument-error 'format-id "(or/c syntax? #f)" lctx))
    (unless (restricted-format-string? fmt) (raise-argument-error 'format-id "(and/c string? restricted-format-string?)" fmt))
    (datum->syntax lctx (string->symbol (apply format fmt (map (lambda (v) (format-part 'format-id v)) vs))) src props))

  (define (generate-temporary [name-base 'g])
    (car (generate-temporaries (list name-base))))

  ;; the form being transformed, for wrong-syntax's message
  (define current-syntax-context (make-parameter #f))

  (define (wrong-syntax stx fmt . args)
    (let* ([ctx (current-syntax-context)]
           [head (and (syntax? ctx)
                      (let ([e (syntax-e ctx)])
                        (cond [(symbol? e) e]
                              [(and (pair? e) (identifier? (car e))) (syntax-e (car e))]
                              [else #f])))])
      (raise-syntax-error head (apply format fmt args) ctx stx)))

  ;; (with-syntax* ([pattern expr] ...) body ...): each pattern's variables are bound in the
  ;; expressions after it
  (define-syntax (with-syntax* stx)
    (syntax-case stx ()
      [(_ () body ...) #'(let () body ...)]
      [(_ (clause more ...) body ...) #'(with-syntax (clause) (with-syntax* (more ...) body ...))])))
