#lang racket/base
;; Place launch cost measured inside the process (what place-launch.rkt does, timed):
;; starts N places on the given worker module (place-launch-worker.rkt, whose `start`
;; returns at once) and waits for all of them; prints the milliseconds from the first
;; dynamic-place to the last place-wait. The process start-up is not included, so the figure
;; is not drowned in start-up noise; the first places still pay for everything a fresh
;; process has not done yet (Racket: loading racket/base and compiling the worker in each
;; place; JRacket: the worker's one expansion and code the JIT has not compiled yet).
;; Usage: racket place-launch-time.rkt WORKER-FILE [N]   (default N = 8)
(require racket/place)

(module+ main
  (define args (current-command-line-arguments))
  (define worker (string->path (vector-ref args 0)))
  (define n (if (> (vector-length args) 1) (string->number (vector-ref args 1)) 8))
  (define t0 (current-inexact-milliseconds))
  (define ps (for/list ([i (in-range n)]) (dynamic-place worker 'start)))
  (for-each place-wait ps)
  (printf "~a\n" (round (- (current-inexact-milliseconds) t0))))
