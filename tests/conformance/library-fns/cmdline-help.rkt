#lang racket/base
;; racket/cmdline: the --help text, with usage help, labels, #:final and #:ps.
(require racket/cmdline)
(define r
  (command-line
   #:argv (current-command-line-arguments)
   #:usage-help "Does things." "Second line."
   #:help-labels "Options:"
   #:once-each
   [("-p" "--pair") a b "Take a pair" (list a b)]
   #:final
   [("--stop") "Stop here" (void)]
   #:ps "Trailer one." "Trailer two."
   #:args rest
   rest))
(printf "~s\n" r)
