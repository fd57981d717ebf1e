;; Static struct info for the kernel's exception structs, so that
;; (struct my-exn exn:fail (extra)), struct-copy, match, struct-out work on
;; them as in Racket.  The kernel exports each `exn:...` name as the
;; constructor procedure; here the name is rebound as struct info whose
;; expression use is still the kernel constructor (make-exn:...).
(module kernstruct '#%kernel
  (#%require (for-syntax '#%kernel '#%stx "small-lists.rkt" "core-macros.rkt" "struct-info.rkt"))
  (#%provide exn exn:fail exn:fail:contract exn:fail:contract:arity
             exn:fail:contract:divide-by-zero exn:fail:contract:non-fixnum-result
             exn:fail:contract:continuation exn:fail:contract:variable
             exn:fail:syntax exn:fail:syntax:unbound exn:fail:syntax:missing-module
             exn:fail:read exn:fail:read:eof exn:fail:read:non-char
             exn:fail:filesystem exn:fail:filesystem:exists exn:fail:filesystem:version
             exn:fail:filesystem:errno exn:fail:filesystem:missing-module
             exn:fail:network exn:fail:out-of-memory exn:fail:unsupported exn:fail:user exn:fail:support
             exn:break exn:break:hang-up exn:break:terminate
             arity-at-least)

  ;; (define-kernel-structs [name parent (field ...)] ...): parents first
  (define-syntaxes (define-kernel-structs)
    (lambda (stx)
      (let* ([entries (map syntax->list (cdr (syntax->list stx)))]
             [id+ (lambda (ctx . parts)
                    (datum->syntax ctx (string->symbol
                                        (apply string-append
                                               (map (lambda (p) (if (string? p) p (symbol->string (syntax-e p))))
                                                    parts)))))]
             [infos (make-hasheq)])   ; name -> (accessors-reversed field-names)
        (datum->syntax
         (quote-syntax here)
         (cons (quote-syntax begin)
               (map (lambda (e)
                      (let* ([name (car e)] [parent (cadr e)]
                             [own (syntax->list (caddr e))]
                             [pinfo (and (syntax-e parent) (hash-ref infos (syntax-e parent)))]
                             [accs (append (reverse (map (lambda (f) (id+ name name "-" f)) own))
                                           (if pinfo (car pinfo) '()))]
                             [fields (append (if pinfo (cadr pinfo) '()) (map syntax-e own))])
                        (hash-set! infos (syntax-e name) (list accs fields))
                        (let ([qs (lambda (x) (list (quote-syntax quote-syntax) x))])
                          (list (quote-syntax define-syntaxes) (list name)
                                (list (quote-syntax make-struct-binding)
                                      (list (quote-syntax list)
                                            (qs (id+ name "struct:" name))
                                            (qs (id+ name "make-" name))
                                            (qs (id+ name name "?"))
                                            (cons (quote-syntax list) (map qs accs))
                                            (cons (quote-syntax list) (map (lambda (a) #f) accs))
                                            (if (syntax-e parent) (qs parent) #t))
                                      (list (quote-syntax quote) fields)
                                      (qs (id+ name "make-" name)))))))
                    entries))
         stx))))

  (define-kernel-structs
    [exn #f (message continuation-marks)]
    [exn:fail exn ()]
    [exn:fail:contract exn:fail ()]
    [exn:fail:contract:arity exn:fail:contract ()]
    [exn:fail:contract:divide-by-zero exn:fail:contract ()]
    [exn:fail:contract:non-fixnum-result exn:fail:contract ()]
    [exn:fail:contract:continuation exn:fail:contract ()]
    [exn:fail:contract:variable exn:fail:contract (id)]
    [exn:fail:syntax exn:fail (exprs)]
    [exn:fail:syntax:unbound exn:fail:syntax ()]
    [exn:fail:syntax:missing-module exn:fail:syntax (path)]
    [exn:fail:read exn:fail (srclocs)]
    [exn:fail:read:eof exn:fail:read ()]
    [exn:fail:read:non-char exn:fail:read ()]
    [exn:fail:filesystem exn:fail ()]
    [exn:fail:filesystem:exists exn:fail:filesystem ()]
    [exn:fail:filesystem:version exn:fail:filesystem ()]
    [exn:fail:filesystem:errno exn:fail:filesystem (errno)]
    [exn:fail:filesystem:missing-module exn:fail:filesystem (path)]
    [exn:fail:network exn:fail ()]
    [exn:fail:out-of-memory exn:fail ()]
    [exn:fail:unsupported exn:fail ()]
    [exn:fail:user exn:fail ()]
    [exn:fail:support exn:fail ()]
    [exn:break exn (continuation)]
    [exn:break:hang-up exn:break ()]
    [exn:break:terminate exn:break ()]
    [arity-at-least #f (value)]))
