#lang racket/base
;; racket/date: date->string in every display format, with and without the time;
;; find-seconds, date->seconds, Julian day numbers (all in UTC).
(require racket/date)
(define d (seconds->date 1700000000 #f))
(define d2 (seconds->date 946684800 #f))
(for ([fmt '(american chinese german indian irish iso-8601 rfc2822 julian)])
  (parameterize ([date-display-format fmt])
    (printf "~a: ~s ~s ~s\n" fmt (date->string d) (date->string d #t) (date->string d2 #t))))
(printf "~s\n" (date->seconds d #f))
(printf "~s\n" (date*->seconds d #f))
(printf "~s\n" (find-seconds 0 0 0 1 1 2000 #f))
(printf "~s\n" (date->julian/scaliger d))
(printf "~s\n" (julian/scaliger->string (date->julian/scaliger d)))
(printf "~s\n" (date? (current-date)))
(for ([day '(1 2 3 4 11 12 13 21 22 23 31)])
  (printf "~a " (date->string (seconds->date (find-seconds 0 0 0 day 1 2021 #f) #f))))
(newline)
