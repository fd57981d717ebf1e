;; racket/base's date and date* structs (transparent, with Racket's field checks) and
;; seconds->date, whose calendar arithmetic is java.time's ('#%base-support).
(module date "pre-base.rkt"
  (#%require '#%base-support)
  (#%provide date date? struct:date make-date date-second date-minute date-hour date-day date-month
             date-year date-week-day date-year-day date-dst? date-time-zone-offset
             date* date*? struct:date* make-date* date*-nanosecond date*-time-zone-name
             seconds->date)

  (define (check-range who v lo hi)
    (unless (and (exact-integer? v) (<= lo v hi))
      (raise-argument-error who (format "(integer-in ~a ~a)" lo hi) v)))

  (struct date (second minute hour day month year week-day year-day dst? time-zone-offset)
    #:transparent
    #:extra-constructor-name make-date
    #:guard (lambda (second minute hour day month year week-day year-day dst? offset name)
              (check-range 'date second 0 60)
              (check-range 'date minute 0 59)
              (check-range 'date hour 0 23)
              (check-range 'date day 1 31)
              (check-range 'date month 1 12)
              (unless (exact-integer? year) (raise-argument-error 'date "exact-integer?" year))
              (check-range 'date week-day 0 6)
              (check-range 'date year-day 0 365)
              (unless (exact-integer? offset) (raise-argument-error 'date "exact-integer?" offset))
              (values second minute hour day month year week-day year-day (and dst? #t) offset)))

  (struct date* date (nanosecond time-zone-name)
    #:transparent
    #:extra-constructor-name make-date*
    #:guard (lambda (second minute hour day month year week-day year-day dst? offset nanosecond zone name)
              (check-range 'date* nanosecond 0 999999999)
              (unless (string? zone) (raise-argument-error 'date* "string?" zone))
              (values second minute hour day month year week-day year-day dst? offset
                      nanosecond (string->immutable-string zone))))

  (define (seconds->date secs [local-time? #t])
    (unless (real? secs) (raise-argument-error 'seconds->date "real?" secs))
    (let ([f (date-fields secs local-time?)])
      (apply make-date* (vector->list f)))))
