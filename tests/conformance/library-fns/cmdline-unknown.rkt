#lang racket/base
;; racket/cmdline: an unknown switch is a user error naming the program; exit code 1.
(require racket/cmdline)
(define verbose (make-parameter #f))
(define level (make-parameter 1))
(define names '())
(define file-to-compile
  (command-line
   #:program "compiler"
   #:once-each
   [("-v" "--verbose") "Compile with verbose messages"
                       (verbose #t)]
   [("-l" "--level") lvl "Set the level" "(a number)" (level (string->number lvl))]
   #:multi
   [("-n" "--name") n "Add a name" (set! names (cons n names))]
   #:once-any
   [("--fast") "Fast mode" (void)]
   [("--slow") "Slow mode" (void)]
   #:args (filename . rest)
   (list filename rest)))
(printf "~s ~s ~s ~s\n" file-to-compile (verbose) (level) names)
