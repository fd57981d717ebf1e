package org.jracket.runtime.parallel;

import org.jracket.runtime.testing.OnOwnThread;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jracket.runtime.eval.PlaceContext;
import org.jracket.runtime.namespace.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Racket threads, channels, semaphores and kills, run as '#%kernel modules. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ThreadsTest {
    private static String run(String body) { return OnOwnThread.run(() -> runHere(body)); }

    private static String runHere(String body) {
        Run r = new Run();
        new PlaceContext(r.kernel).enter();
        r.file("/t/m.rkt", "(module m '#%kernel\n"
            + "(define-values (loop) (lambda (i n f) (if (< i n) (begin (f i) (loop (add1 i) n f)) (void))))\n"
            + body + ")");
        return r.main("/t/m.rkt");
    }

    @Test void thousandsOfThreadsSyncOnOneChannel() {
        String out = run("""
            (define-values (ch) (make-channel))
            (loop 0 3000 (lambda (i) (thread (lambda () (channel-put ch i)))))
            (define-values (sum) (box 0))
            (loop 0 3000 (lambda (i) (set-box! sum (+ (unbox sum) (channel-get ch)))))
            (display (unbox sum))
            """);
        assertEquals(String.valueOf(3000L * 2999 / 2), out);
    }

    @Test void semaphoreMakesReadModifyWriteAtomicAcrossYields() {
        String out = run("""
            (define-values (lock) (make-semaphore 1))
            (define-values (counter) (box 0))
            (define-values (ts) (box '()))
            (loop 0 50 (lambda (k)
              (set-box! ts (cons (thread (lambda ()
                (loop 0 20 (lambda (j)
                  (semaphore-wait lock)
                  (let-values ([(old) (unbox counter)]) (sleep 0) (set-box! counter (add1 old)))
                  (semaphore-post lock)))))
                (unbox ts)))))
            (letrec-values ([(w) (lambda (l) (if (null? l) (void) (begin (thread-wait (car l)) (w (cdr l)))))]) (w (unbox ts)))
            (display (unbox counter))
            """);
        assertEquals("1000", out);
    }

    @Test void busyThreadsArePreemptedAndKillable() {
        String out = run("""
            (define-values (spin) (thread (lambda () (letrec-values ([(l) (lambda (n) (l (add1 n)))]) (l 0)))))
            (define-values (flag) (box #f))
            (define-values (other) (thread (lambda () (set-box! flag #t))))
            (thread-wait other)
            (display (unbox flag))
            (kill-thread spin)
            (thread-wait spin)
            (display (thread-dead? spin))
            (define-values (blocked) (thread (lambda () (sync never-evt))))
            (kill-thread blocked)
            (display (sync/timeout 5 (thread-dead-evt blocked)))
            """);
        assertEquals("#t#t#<thread-dead-evt>", out);
    }

    @Test void mailboxesAndEventCombinators() {
        String out = run("""
            (define-values (me) (current-thread))
            (define-values (echo) (thread (lambda () (thread-send me (list 'got (thread-receive))))))
            (thread-send echo 5)
            (display (thread-receive))
            (display (sync (wrap-evt (choice-evt never-evt (semaphore-peek-evt (make-semaphore 1))) (lambda (e) 'peeked))))
            (display (sync/timeout 0 (nack-guard-evt (lambda (nack) never-evt))))
            (display (sync (handle-evt (alarm-evt (+ (current-inexact-milliseconds) 5)) (lambda (a) 'rang))))
            """);
        assertEquals("(got 5)peeked#frang", out);
    }
}
