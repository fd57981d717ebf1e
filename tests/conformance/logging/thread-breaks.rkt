#lang racket/base
;; break-thread on threads that wait, compute or disable breaks; break-enabled,
;; parameterize-break, and handlers running with breaks disabled.
(define (report e) (list (exn-message e) (exn:break? e) (exn:break:hang-up? e) (exn:break:terminate? e)))

;; a thread blocked in sync
(define out (make-channel))
(define t1 (thread (lambda ()
                     (with-handlers ([exn:break? (lambda (e) (channel-put out (report e)))])
                       (sync never-evt)))))
(sleep 0.05)
(break-thread t1 'hang-up)
(writeln (channel-get out))

;; a thread computing in a loop
(define t2 (thread (lambda ()
                     (with-handlers ([exn:break? (lambda (e) (channel-put out (list 'loop (report e) (break-enabled))))])
                       (let loop ([i 0]) (loop (add1 i)))))))
(sleep 0.05)
(break-thread t2 'terminate)
(writeln (channel-get out))

;; breaks disabled: the break waits until they are enabled again
(define go (make-semaphore 0))
(define t3 (thread (lambda ()
                     (with-handlers ([exn:break? (lambda (e) (channel-put out 'broken-after-enable))])
                       (parameterize-break #f
                         (semaphore-wait go)
                         (channel-put out (list 'still-running (break-enabled))))
                       (sync never-evt)))))
(sleep 0.05)
(break-thread t3)
(semaphore-post go)
(writeln (channel-get out))
(writeln (channel-get out))

;; an unhandled break ends just that thread
(define t4 (thread (lambda () (sleep 10))))
(sleep 0.05)
(break-thread t4)
(thread-wait t4)
(writeln (thread-dead? t4))

;; breaking oneself
(writeln (with-handlers ([exn:break? report]) (break-thread (current-thread)) 'not-here))
(writeln (break-enabled))
(writeln (with-handlers ([exn:break? (lambda (e) (list 'caught (break-enabled)))])
           (break-enabled #f)
           (break-thread (current-thread))
           (display "pending ")
           (break-enabled #t)
           'not-here))
(writeln (break-enabled))
(writeln (with-handlers ([exn:break? (lambda (e) 'on-enabling)])
           (parameterize-break #f
             (break-thread (current-thread))
             (display "inside ")
             (parameterize-break #t 'not-here))))
(with-handlers ([exn:fail:contract? (lambda (e) (displayln (exn-message e)))])
  (break-thread (current-thread) 'bad))
