;; Run-time support for racket/match: the match failure exception and the
;; helpers that compiled patterns call.
(module runtime "../private/pre-base.rkt"
  (#%provide exn:misc:match? exn:misc:match-value exn:misc:match-srclocs
             match-failure split-segment list-no-order-match no-key)

  (define-values (struct:exn:misc:match make-exn:misc:match exn:misc:match? exn:misc:match-ref exn:misc:match-set!)
    (make-struct-type 'exn:misc:match struct:exn:fail 2 0 #f '() (current-inspector) #f '(0 1)))
  (define (exn:misc:match-value e) (exn:misc:match-ref e 0))
  (define (exn:misc:match-srclocs e) (exn:misc:match-ref e 1))

  ;; who: match, match*, match-lambda, ...; vals: the matched values
  (define (match-failure who vals)
    (let ([v (if (and (pair? vals) (null? (cdr vals))) (car vals) vals)])
      (raise (make-exn:misc:match
              (format "~a: no matching clause for ~e" who v)
              (current-continuation-marks)
              v
              '()))))

  ;; (split-segment l n): the first n elements of l and the rest
  (define (split-segment l n)
    (let loop ([l l] [n n] [acc '()])
      (if (zero? n)
          (values (reverse acc) l)
          (loop (cdr l) (sub1 n) (cons (car l) acc)))))

  ;; list-no-order: `matchers` are procedures answering a list of bound
  ;; values or #f.  Each matcher must claim a distinct element (trying
  ;; elements in order, with backtracking); answers the list of binding
  ;; lists followed by the unclaimed elements, or #f.
  (define (list-no-order-match l matchers)
    (let try ([ms matchers] [avail l])
      (if (null? ms)
          (list avail)
          (let scan ([before '()] [rest avail])
            (and (pair? rest)
                 (or (let ([b ((car ms) (car rest))])
                       (and b
                            (let ([r (try (cdr ms) (append (reverse before) (cdr rest)))])
                              (and r (cons b r)))))
                     (scan (cons (car rest) before) (cdr rest))))))))

  (define no-key (string->uninterned-symbol "no-key")))
