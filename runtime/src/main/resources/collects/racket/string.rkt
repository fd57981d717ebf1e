;; racket/string: the string utilities beyond racket/base.
;;
;; string-split, string-join, string-trim and string-replace are written
;; here with their keyword arguments (#:trim?, #:repeat?, #:before-first,
;; #:all?, ...); the kernel's versions of the same names take positional
;; arguments only.  string-prefix?, string-suffix? and string-contains? are
;; the kernel primitives.
(module string "private/pre-base.rkt"
  (#%require "private/list-base.rkt")
  (#%provide string-append* string-normalize-spaces non-empty-string?
             string-split string-join string-trim string-replace
             string-prefix? string-suffix? string-contains?)

  (define (string-append* . args)
    (apply string-append (apply list* args)))

  (define (non-empty-string? v)
    (and (string? v) (positive? (string-length v))))

  ;; --- searching -------------------------------------------------------

  ;; index of the first occurrence of sep in str at or after start, or #f
  (define (find str sep start)
    (let ([n (string-length str)] [m (string-length sep)])
      (let loop ([i start])
        (cond [(> (+ i m) n) #f]
              [(matches-at? str sep i) i]
              [else (loop (add1 i))]))))

  (define (matches-at? str sep i)
    (let ([m (string-length sep)])
      (and (<= (+ i m) (string-length str))
           (let loop ([j 0])
             (or (= j m)
                 (and (char=? (string-ref str (+ i j)) (string-ref sep j))
                      (loop (add1 j))))))))

  ;; --- trimming --------------------------------------------------------

  ;; Answers the [start, end) bounds of str with sep removed at the ends.
  (define (trim-bounds str sep left? right? repeat?)
    (let* ([n (string-length str)]
           [start
            (if left?
                (if sep
                    (let loop ([i 0] [first? #t])
                      (if (and (or first? repeat?)
                               (positive? (string-length sep))
                               (matches-at? str sep i))
                          (loop (+ i (string-length sep)) #f)
                          i))
                    (let loop ([i 0])
                      (if (and (< i n) (char-whitespace? (string-ref str i)))
                          (loop (add1 i))
                          i)))
                0)]
           [end
            (if right?
                (if sep
                    (let ([m (string-length sep)])
                      (let loop ([e n] [first? #t])
                        (if (and (or first? repeat?)
                                 (positive? m)
                                 (>= (- e m) start)
                                 (matches-at? str sep (- e m)))
                            (loop (- e m) #f)
                            e)))
                    (let loop ([e n])
                      (if (and (> e start) (char-whitespace? (string-ref str (sub1 e))))
                          (loop (sub1 e))
                          e)))
                n)])
      (values start (if (< end start) start end))))

  (define (check-sep who sep)
    (unless (or (not sep) (string? sep))
      (raise-argument-error who "(or/c string? regexp?)" sep)))

  (define (string-trim str [sep #f] #:left? [left? #t] #:right? [right? #t] #:repeat? [repeat? #f])
    (unless (string? str) (raise-argument-error 'string-trim "string?" str))
    (check-sep 'string-trim sep)
    (let-values ([(s e) (trim-bounds str sep left? right? repeat?)])
      (substring str s e)))

  ;; --- splitting -------------------------------------------------------

  (define (string-split str [sep #f] #:trim? [trim? #t] #:repeat? [repeat? #f])
    (unless (string? str) (raise-argument-error 'string-split "string?" str))
    (check-sep 'string-split sep)
    (let-values ([(s e) (if trim?
                            (trim-bounds str sep #t #t (or repeat? (not sep)))
                            (values 0 (string-length str)))])
      (if (= s e)
          '()
          (if sep
              (split-on str sep s e repeat?)
              (split-whitespace str s e)))))

  (define (split-on str sep s e repeat?)
    (let ([m (string-length sep)] [sub (substring str s e)])
      (if (zero? m)
          (append (list "") (map string (string->list sub)) (list ""))
          (let loop ([start 0] [acc '()])
            (let ([i (find sub sep start)])
              (if i
                  (let skip ([j (+ i m)])
                    (if (and repeat? (matches-at? sub sep j))
                        (skip (+ j m))
                        (loop j (cons (substring sub start i) acc))))
                  (reverse (cons (substring sub start) acc))))))))

  ;; runs of whitespace separate fields; whitespace at the ends (when not
  ;; trimmed) makes empty fields
  (define (split-whitespace str s e)
    (let loop ([i s] [start s] [acc '()])
      (cond
        [(= i e) (reverse (cons (substring str start e) acc))]
        [(char-whitespace? (string-ref str i))
         (let skip ([j i])
           (if (and (< j e) (char-whitespace? (string-ref str j)))
               (skip (add1 j))
               (loop j j (cons (substring str start i) acc))))]
        [else (loop (add1 i) start acc)])))

  ;; --- joining and replacing -------------------------------------------

  (define (string-join strs [sep " "]
                       #:before-first [before-first ""]
                       #:before-last [before-last sep]
                       #:after-last [after-last ""])
    (unless (and (list? strs) (andmap string? strs))
      (raise-argument-error 'string-join "(listof string?)" strs))
    (unless (string? sep) (raise-argument-error 'string-join "string?" sep))
    (apply string-append
           (append
            (list before-first)
            (let loop ([l strs])
              (cond [(null? l) '()]
                    [(null? (cdr l)) (list (car l))]
                    [(null? (cddr l)) (list (car l) before-last (cadr l))]
                    [else (cons (car l) (cons sep (loop (cdr l))))]))
            (list after-last))))

  (define (string-replace str from to #:all? [all? #t])
    (unless (string? str) (raise-argument-error 'string-replace "string?" str))
    (unless (string? from) (raise-argument-error 'string-replace "(or/c string? regexp?)" from))
    (unless (string? to) (raise-argument-error 'string-replace "string?" to))
    (let ([m (string-length from)])
      (if (zero? m)
          (if all?
              (apply string-append
                     (cons to (map (lambda (c) (string-append (string c) to)) (string->list str))))
              (string-append to str))
          (let loop ([start 0] [acc '()])
            (let ([i (find str from start)])
              (if i
                  (let ([acc (cons to (cons (substring str start i) acc))])
                    (if all?
                        (loop (+ i m) acc)
                        (apply string-append (reverse (cons (substring str (+ i m)) acc)))))
                  (apply string-append (reverse (cons (substring str start) acc)))))))))

  ;; splits on sep (whitespace by default), joins with space
  (define (string-normalize-spaces str [sep #f] [space " "] #:trim? [trim? #t] #:repeat? [repeat? #f])
    (unless (string? str)
      (raise-argument-error 'string-normalize-spaces "string?" str))
    (string-join (string-split str sep #:trim? trim? #:repeat? repeat?) space)))
