;; racket/date: date->string in Racket 8.7's display formats, date->seconds and
;; find-seconds, Julian day numbers, and current-date, over racket/base's date structs.
(module date "base.rkt"
  (provide current-date date->string date-display-format find-seconds date->seconds date*->seconds
           date->julian/scaliger julian/scaliger->string
           (rename-out [date->julian/scaliger date->julian/scalinger]
                       [julian/scaliger->string julian/scalinger->string]))

  (define formats '(american chinese german indian irish iso-8601 rfc2822 julian))

  (define date-display-format
    (make-parameter 'american
                    (lambda (v)
                      (unless (memq v formats)
                        (raise-argument-error 'date-display-format
                                              (string-append "(or/c (quote american) (quote chinese) (quote german) (quote indian)"
                                                             " (quote irish) (quote julian) (quote iso-8601) (quote rfc2822))")
                                              v))
                      v)))

  (define (current-date)
    (let ([ms (current-inexact-milliseconds)])
      (seconds->date (/ (inexact->exact (floor (* ms 1000))) 1000000))))

  (define week-days '#("Sunday" "Monday" "Tuesday" "Wednesday" "Thursday" "Friday" "Saturday"))
  (define months '#("January" "February" "March" "April" "May" "June" "July" "August" "September"
                    "October" "November" "December"))
  (define german-months '#("Januar" "Februar" "März" "April" "Mai" "Juni" "Juli" "August" "September"
                           "Oktober" "November" "Dezember"))
  (define chinese-days '#("日" "一" "二" "三" "四" "五" "六"))

  (define (two n) (if (< n 10) (string-append "0" (number->string n)) (number->string n)))

  ;; 1st 2nd 3rd 4th ... 11th 12th 13th ... 21st 22nd 23rd ... 31st
  (define (ordinal n)
    (string-append (number->string n)
                   (cond
                     [(memv n '(11 12 13)) "th"]
                     [(= (modulo n 10) 1) "st"]
                     [(= (modulo n 10) 2) "nd"]
                     [(= (modulo n 10) 3) "rd"]
                     [else "th"])))

  ;; 10:13:20pm (with seconds) or 10:13pm
  (define (twelve-hour d seconds?)
    (let* ([h (date-hour d)] [h12 (if (zero? (modulo h 12)) 12 (modulo h 12))])
      (string-append (number->string h12) ":" (two (date-minute d))
                     (if seconds? (string-append ":" (two (date-second d))) "")
                     (if (< h 12) "am" "pm"))))

  (define (hms d) (string-append (two (date-hour d)) ":" (two (date-minute d)) ":" (two (date-second d))))

  (define (date->string d [time? #f])
    (unless (date? d) (raise-argument-error 'date->string "date?" d))
    (let ([day (date-day d)] [month (date-month d)] [year (number->string (date-year d))]
          [wday (vector-ref week-days (date-week-day d))])
      (case (date-display-format)
        [(american)
         (string-append wday ", " (vector-ref months (sub1 month)) " " (ordinal day) ", " year
                        (if time? (string-append " " (twelve-hour d #t)) ""))]
        [(chinese)
         (string-append year "/" (number->string month) "/" (number->string day)
                        " 星期" (vector-ref chinese-days (date-week-day d))
                        (if time? (string-append " " (hms d)) ""))]
        [(german)
         (string-append (number->string day) ". " (vector-ref german-months (sub1 month)) " " year
                        (if time? (string-append ", " (two (date-hour d)) ":" (two (date-minute d))) ""))]
        [(indian)
         (string-append (number->string day) "-" (number->string month) "-" year
                        (if time? (string-append " " (twelve-hour d #t)) ""))]
        [(irish)
         (string-append wday ", " (ordinal day) " " (vector-ref months (sub1 month)) " " year
                        (if time? (string-append ", " (twelve-hour d #f)) ""))]
        [(iso-8601)
         (string-append year "-" (two month) "-" (two day) (if time? (string-append "T" (hms d)) ""))]
        [(rfc2822)
         (string-append (substring wday 0 3) ", " (number->string day) " "
                        (substring (vector-ref months (sub1 month)) 0 3) " " year
                        (if time?
                            (let* ([off (date-time-zone-offset d)] [m (quotient (abs off) 60)])
                              (string-append " " (hms d) " " (if (< off 0) "-" "+")
                                             (two (quotient m 60)) (two (remainder m 60))))
                            ""))]
        [(julian)
         (string-append (julian/scaliger->string (date->julian/scaliger d))
                        (if time? (string-append ", " (hms d)) ""))])))

  ;; days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's
  ;; days-from-civil algorithm, http://howardhinnant.github.io/date_algorithms.html)
  (define (days-from-civil y m d)
    (let* ([y (if (<= m 2) (sub1 y) y)]
           [era (floor (/ y 400))]
           [yoe (- y (* era 400))]
           [doy (+ (quotient (+ (* 153 (+ m (if (> m 2) -3 9))) 2) 5) (sub1 d))]
           [doe (+ (* yoe 365) (quotient yoe 4) (- (quotient yoe 100)) doy)])
      (+ (* era 146097) doe -719468)))

  (define (find-seconds second minute hour day month year [local-time? #t])
    (define (check v lo hi)
      (unless (and (exact-integer? v) (<= lo v hi)) (raise-argument-error 'find-seconds (format "(integer-in ~a ~a)" lo hi) v)))
    (check second 0 61)
    (check minute 0 59)
    (check hour 0 23)
    (check day 1 31)
    (check month 1 12)
    (unless (exact-nonnegative-integer? year) (raise-argument-error 'find-seconds "natural?" year))
    (let ([utc (+ (* 86400 (days-from-civil year month day)) (* 3600 hour) (* 60 minute) second)]
          [wanted (list second minute hour day month year)])
      (if local-time?
          ;; the local offset at the answer: start from the offset at the UTC reading
          (let loop ([guess (- utc (date-time-zone-offset (seconds->date utc #t)))] [tries 0])
            (let ([next (- utc (date-time-zone-offset (seconds->date guess #t)))])
              (cond
                [(equal? (fields (seconds->date next #t)) wanted) next]
                [(< tries 3) (loop next (add1 tries))]
                [else (non-existent wanted utc)])))
          utc)))

  (define (fields d) (list (date-second d) (date-minute d) (date-hour d) (date-day d) (date-month d) (date-year d)))

  ;; a local time skipped by a clock change: name the seconds on either side of the gap
  (define (non-existent wanted utc)
    (define (local-utc t) (let ([d (seconds->date t #t)]) (+ t (date-time-zone-offset d))))
    ;; the first instant whose local reading is past the wanted one
    (let loop ([lo (- utc 172800)] [hi (+ utc 172800)])
      (if (> (- hi lo) 1)
          (let ([mid (quotient (+ lo hi) 2)])
            (if (> (local-utc mid) utc) (loop lo mid) (loop mid hi)))
          (error 'find-seconds "non-existent date\n  wanted: ~s\n  nearest below: ~s is ~s\n  nearest above: ~s is ~s"
                 wanted lo (fields (seconds->date lo #t)) hi (fields (seconds->date hi #t))))))

  (define (date->seconds d [local-time? #t])
    (unless (date? d) (raise-argument-error 'date->seconds "date?" d))
    (find-seconds (date-second d) (date-minute d) (date-hour d) (date-day d) (date-month d) (date-year d)
                  local-time?))

  (define (date*->seconds d [local-time? #t])
    (unless (date*? d) (raise-argument-error 'date*->seconds "date*?" d))
    (+ (date->seconds d local-time?) (/ (date*-nanosecond d) 1000000000)))

  ;; the Julian day number of d's calendar date (day 0 is 1 January 4713 BC, Julian calendar)
  (define (date->julian/scaliger d)
    (unless (date? d) (raise-argument-error 'date->julian/scaliger "date?" d))
    (+ (days-from-civil (date-year d) (date-month d) (date-day d)) 2440588))

  ;; "JD 2 460 263": the digits in groups of three from the right
  (define (julian/scaliger->string n)
    (unless (exact-nonnegative-integer? n) (raise-argument-error 'julian/scaliger->string "exact-nonnegative-integer?" n))
    (let loop ([s (number->string n)] [acc '()])
      (if (<= (string-length s) 3)
          (apply string-append "JD " s (map (lambda (g) (string-append " " g)) acc))
          (loop (substring s 0 (- (string-length s) 3)) (cons (substring s (- (string-length s) 3)) acc))))))
