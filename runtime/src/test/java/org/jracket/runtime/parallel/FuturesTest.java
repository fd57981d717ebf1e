package org.jracket.runtime.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jracket.runtime.eval.PlaceContext;
import org.jracket.runtime.namespace.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Futures and fsemaphores under contention. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FuturesTest {
    private static String run(String body) { return OnOwnThread.run(() -> runHere(body)); }

    private static String runHere(String body) {
        Run r = new Run();
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
