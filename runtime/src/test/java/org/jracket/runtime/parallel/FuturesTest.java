package org.jracket.runtime.parallel;

import org.jracket.runtime.testing.OnOwnThread;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jracket.runtime.eval.PlaceContext;
import org.jracket.runtime.namespace.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Futures and fsemaphores under contention. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FuturesTest {
    private static String run(String body) { return run(1, body); }

    /** Runs body in a '#%kernel module with '#%futures, on a pool of cpus workers (also used by FutureEventsTest). */
    static String run(int cpus, String body) { return OnOwnThread.run(() -> runHere(cpus, body)); }

    private static String runHere(int cpus, String body) {
        Run r = new Run();
        r.kernel.cpus = cpus;
        new PlaceContext(r.kernel).enter();
        r.file("/t/m.rkt", "(module m '#%kernel (#%require '#%futures)\n"
            + "(define-values (loop) (lambda (i n f) (if (< i n) (begin (f i) (loop (add1 i) n f)) (void))))\n"
            + "(define-values (map-list) (lambda (f l) (if (null? l) '() (cons (f (car l)) (map-list f (cdr l))))))\n"
            + "(define-values (iota) (lambda (n) (letrec-values ([(go) (lambda (i) (if (= i n) '() (cons i (go (add1 i)))))]) (go 0))))\n"
            + body + ")");
        return r.main("/t/m.rkt");
    }

    @Test void manyFuturesShareOneFsemaphore() {
        String out = run("""
            (define-values (lock) (make-fsemaphore 1))
            (define-values (counter) (box 0))
            (define-values (fs) (map-list (lambda (k) (future (lambda ()
                (loop 0 5000 (lambda (i) (fsemaphore-wait lock) (set-box! counter (add1 (unbox counter))) (fsemaphore-post lock)))
                k)))
              (iota 16)))
            (display (map-list touch fs))
            (display (unbox counter))
            (display (fsemaphore-count lock))
            """);
        assertEquals("(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)800001", out);
    }

    @Test void manyFuturesOnFourWorkersContendForFsemaphores() {
        // 64 futures on 4 workers: a mutex fsemaphore guards a shared counter, and a
        // counting fsemaphore passes tokens from producer futures to consumer futures.
        String out = run(4, """
            (define-values (lock) (make-fsemaphore 1))
            (define-values (tokens) (make-fsemaphore 0))
            (define-values (counter) (box 0))
            (define-values (taken) (box 0))
            (define-values (producers) (map-list (lambda (k) (future (lambda ()
                (loop 0 2000 (lambda (i)
                  (fsemaphore-wait lock) (set-box! counter (add1 (unbox counter))) (fsemaphore-post lock)
                  (fsemaphore-post tokens)))
                k)))
              (iota 32)))
            (define-values (consumers) (map-list (lambda (k) (future (lambda ()
                (loop 0 2000 (lambda (i)
                  (fsemaphore-wait tokens)
                  (fsemaphore-wait lock) (set-box! taken (add1 (unbox taken))) (fsemaphore-post lock)))
                k)))
              (iota 32)))
            (display (map-list touch consumers))
            (display (map-list touch producers))
            (display (list (unbox counter) (unbox taken) (fsemaphore-count tokens) (fsemaphore-count lock) (processor-count)))
            """);
        String ids = "(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31)";
        assertEquals(ids + ids + "(64000 64000 0 1 4)", out);
    }

    @Test void touchReraisesAndNestedFuturesComplete() {
        String out = run("""
            (define-values (pfib) (lambda (n) (if (< n 12) n
              (let-values ([(l) (future (lambda () (pfib (- n 1))))] [(r) (pfib (- n 2))]) (+ (touch l) r)))))
            (display (pfib 20))
            """);
        assertEquals("945", out);
        String msg = OnOwnThread.run(() -> {
            Run r = new Run();
            new PlaceContext(r.kernel).enter();
            r.file("/t/e.rkt", "(module e '#%kernel (#%require '#%futures) (touch (future (lambda () (car 5)))))");
            return r.error("/t/e.rkt");
        });
        assertEquals("car: contract violation\n  expected: pair?\n  given: 5", msg);
    }

    @Test void aFutureNeedingThePlaceWaitsForTouch() {
        String out = run("""
            (define-values (ch) (make-channel))
            (define-values (f) (future (lambda () (thread (lambda () (channel-put ch 'from-thread))) (channel-get ch))))
            (display (touch f))
            """);
        assertEquals("from-thread", out);
    }
}
