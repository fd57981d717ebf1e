#lang racket/base
;; Pipes between threads: a reader blocked on an empty pipe wakes when
;; another thread writes; limited pipes pace a writer; peeking waits too.
(require racket/port)

;; a reader thread blocks on an empty pipe until the main thread writes
(define-values (in out) (make-pipe))
(define got (box #f))
(define reader (thread (lambda () (set-box! got (read-line in)))))
(sync (system-idle-evt))
(printf "reader waiting: ~s\n" (not (thread-dead? reader)))
(void (write-string "wake up\n" out))
(thread-wait reader)
(printf "reader got: ~s\n" (unbox got))

;; peek-bytes waits for enough bytes, and leaves them in the pipe
(define peeked (box #f))
(define peeker (thread (lambda () (set-box! peeked (peek-bytes 5 0 in)))))
(void (write-bytes #"ab" out))
(sync (system-idle-evt))
(printf "peeker still waiting: ~s\n" (not (thread-dead? peeker)))
(void (write-bytes #"cdefg" out))
(thread-wait peeker)
(printf "peeked: ~s content: ~s\n" (unbox peeked) (pipe-content-length in))
(printf "read after peek: ~s\n" (read-bytes 7 in))

;; a 1-byte pipe forces the writer to hand over every byte
(define-values (tin tout) (make-pipe 1))
(define text "one byte at a time")
(define w (thread (lambda () (write-string text tout) (close-output-port tout))))
(define collected
  (let loop ([acc '()])
    (define c (read-char tin))
    (if (eof-object? c) (list->string (reverse acc)) (loop (cons c acc)))))
(thread-wait w)
(printf "collected: ~s\n" collected)

;; many writers, one reader: every line arrives once
(define-values (min mout) (make-pipe 16))
(define writers
  (for/list ([k (in-range 4)])
    (thread (lambda ()
              (for ([i (in-range 25)])
                (write-string (format "~a:~a\n" k i) mout))))))
(define lines
  (for/list ([i (in-range 100)]) (read-line min)))
(for-each thread-wait writers)
(define (count-distinct l)
  (let ([h (make-hash)]) (for ([x l]) (hash-set! h x #t)) (hash-count h)))
(printf "lines: ~s distinct: ~s\n" (length lines) (count-distinct lines))

;; sync on an input port returns the port once data is there
(define-values (sin sout) (make-pipe))
(void (thread (lambda () (sleep 0.05) (write-string "late" sout))))
(printf "sync result is the port: ~s\n" (eq? (sync sin) sin))
(printf "then read: ~s\n" (read-string 4 sin))
(printf "sync/timeout on empty pipe: ~s\n" (sync/timeout 0.01 sin))
(close-output-port sout)
(printf "eof is ready: ~s\n" (eq? (sync/timeout 1 sin) sin))
