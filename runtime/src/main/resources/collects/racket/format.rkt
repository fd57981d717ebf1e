;; racket/format: ~a ~s ~v ~e (values to padded/truncated strings) and ~r
;; (numbers with precision, base, notation and padding).
(module format "private/pre-base.rkt"
  (#%require "private/list-base.rkt")
  (#%provide ~a ~s ~v ~e ~.a ~.s ~.v ~r)

  ;; --- padding and truncation ------------------------------------------

  ;; n characters of `pad` repeated, anchored at the left (for left
  ;; padding) or at the right (for right padding)
  (define (padding pad n from-left?)
    (if (or (zero? n) (zero? (string-length pad)))
        ""
        (let* ([reps (add1 (quotient n (string-length pad)))]
               [full (apply string-append (make-list* reps pad))]
               [len (string-length full)])
          (if from-left?
              (substring full 0 n)
              (substring full (- len n) len)))))

  (define (make-list* n x) (let loop ([n n] [acc '()]) (if (zero? n) acc (loop (sub1 n) (cons x acc)))))

  (define (fit who s min-width max-width marker prefix? align lpad rpad)
    (let* ([s (if (and max-width (> (string-length s) max-width))
                  (let ([m (string-length marker)])
                    (when (> m max-width)
                      (raise (make-exn:fail:contract
                              (format "~a: limit-marker string longer than limit (~a): ~e" who max-width marker)
                              (current-continuation-marks))))
                    (if prefix?
                        (string-append marker (substring s (- (string-length s) (- max-width m))))
                        (string-append (substring s 0 (- max-width m)) marker)))
                  s)]
           [len (string-length s)])
      (if (< len min-width)
          (let* ([n (- min-width len)]
                 [left (case align
                         [(left) 0]
                         [(right) n]
                         [else (quotient n 2)])]
                 [right (- n left)])
            (string-append (padding lpad left #t) s (padding rpad right #f)))
          s)))

  ;; (procedure-rename would drop the keywords, so each formatter is a
  ;; definition of its own)
  (define-syntax-rule (define-formatter name ->string default-marker default-sep)
    (define (name #:separator [sep default-sep]
                  #:width [width #f]
                  #:max-width [max-width width]
                  #:min-width [min-width (or width 0)]
                  #:limit-marker [marker default-marker]
                  #:limit-prefix? [prefix? #f]
                  #:align [align 'left]
                  #:pad-string [pad " "]
                  #:left-pad-string [lpad pad]
                  #:right-pad-string [rpad pad]
                  . vs)
      (fit 'name (join-strings (map ->string vs) sep)
           min-width max-width marker prefix? align lpad rpad)))

  (define (join-strings strs sep)
    (let loop ([l strs] [acc '()])
      (cond [(null? l) (apply string-append (reverse acc))]
            [(null? acc) (loop (cdr l) (list (car l)))]
            [else (loop (cdr l) (cons (car l) (cons sep acc)))])))

  (define (display->string v) (if (string? v) v (let ([o (open-output-string)]) (display v o) (get-output-string o))))
  (define (write->string v) (let ([o (open-output-string)]) (write v o) (get-output-string o)))
  (define (print->string v) (let ([o (open-output-string)]) (print v o) (get-output-string o)))

  (define-formatter ~a display->string "" "")
  (define-formatter ~s write->string "..." " ")
  (define-formatter ~v print->string "..." " ")
  (define-formatter ~e print->string "..." " ")
  (define-formatter ~.a display->string "" "")
  (define-formatter ~.s write->string "..." " ")
  (define-formatter ~.v print->string "..." " ")

  ;; --- ~r ------------------------------------------------------------------

  (define digit-chars "0123456789abcdefghijklmnopqrstuvwxyz")

  (define (integer->digits n base upper?)
    (if (zero? n)
        "0"
        (let loop ([n n] [acc '()])
          (if (zero? n)
              (let ([s (list->string acc)]) (if upper? (string-upcase s) s))
              (loop (quotient n base) (cons (string-ref digit-chars (remainder n base)) acc))))))

  ;; digits of the exact non-negative q, rounded half up to `prec` places
  (define (positional q base prec exact-prec? upper?)
    (let* ([scale (expt base prec)]
           [r (floor (+ (* q scale) 1/2))]
           [int (quotient r scale)]
           [frac (remainder r scale)]
           [frac-digits (if (zero? prec)
                            ""
                            (let ([d (integer->digits frac base upper?)])
                              (string-append (make-string (- prec (string-length d)) #\0) d)))]
           [frac-digits (if exact-prec?
                            frac-digits
                            (let strip ([s frac-digits])
                              (if (and (positive? (string-length s))
                                       (char=? #\0 (string-ref s (sub1 (string-length s)))))
                                  (strip (substring s 0 (sub1 (string-length s))))
                                  s)))])
      (string-append (integer->digits int base upper?)
                     (if (or exact-prec? (positive? (string-length frac-digits))) "." "")
                     frac-digits)))

  (define (exponential q base prec exact-prec? upper?)
    (if (zero? q)
        (string-append (positional 0 base prec exact-prec? upper?) "e+00")
        (let* ([e (let loop ([e 0] [m q])
                    (cond [(>= m base) (loop (add1 e) (/ m base))]
                          [(< m 1) (loop (sub1 e) (* m base))]
                          [else e]))]
               [m (/ q (expt base e))]
               ;; rounding can carry the mantissa up to the base
               [scale (expt base prec)]
               [e (if (>= (floor (+ (* m scale) 1/2)) (* base scale)) (add1 e) e)]
               [m (/ q (expt base e))]
               [digits (positional m base prec exact-prec? upper?)]
               [es (number->string (abs e))])
          (string-append digits "e" (if (negative? e) "-" "+")
                         (if (< (string-length es) 2) (string-append "0" es) es)))))

  (define (~r x
              #:sign [sign #f]
              #:base [base 10]
              #:precision [precision 6]
              #:notation [notation 'positional]
              #:format-exponent [format-exponent #f]
              #:min-width [min-width 1]
              #:pad-string [pad " "]
              #:groups [groups '(3)]
              #:group-sep [group-sep ""]
              #:decimal-sep [decimal-sep "."])
    (unless (rational? x) (raise-argument-error '~r "rational?" x))
    (let* ([upper? (and (pair? base) (eq? (car base) 'up))]
           [base (if (pair? base) (cadr base) base)]
           [exact-prec? (pair? precision)]
           [prec (if (pair? precision) (cadr precision) precision)]
           [negative (or (negative? x) (eqv? x -0.0))]
           [q (abs (inexact->exact x))]
           [body (if (eq? notation 'exponential)
                     (exponential q base prec exact-prec? upper?)
                     (positional q base prec exact-prec? upper?))]
           [body (if (< (string-length body) min-width)
                     (string-append (padding pad (- min-width (string-length body)) #f) body)
                     body)]
           [zero-result? (and (not (eq? notation 'exponential))
                              (zero? (floor (+ (* q (expt base prec)) 1/2))))]
           [negative (and negative (or (not zero-result?) (eqv? x -0.0)))])
      (cond
        [(eq? sign 'parens) (if negative (string-append "(" body ")") body)]
        [(eq? sign '+) (string-append (if negative "-" "+") body)]
        [(eq? sign '++) (string-append (if negative "-" "+") body)]
        [(pair? sign)
         (let ([pick (lambda (ind) (if (pair? ind) ind (list ind "")))])
           (let ([ind (pick (if negative (caddr sign) (if (zero? q) (cadr sign) (car sign))))])
             (string-append (car ind) body (cadr ind))))]
        [else (string-append (if negative "-" "") body)]))))
