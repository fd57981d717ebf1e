package org.jracket.runtime.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Future events logged from many futures running in parallel on the workers. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FutureEventsTest {
    private static String run(String body) { return FuturesTest.run(4, body); }

    @Test void everyFutureLogsItsLifeOnce() {
        String out = run("""
            (define-values (r) (make-log-receiver (current-logger) 'debug 'future))
            (define-values (fs) (map-list (lambda (k) (future (lambda () (loop 0 3000 (lambda (i) i)) k))) (iota 64)))
            (display (apply + (map-list touch fs)))
            (define-values (counts) (make-hasheq))
            (define-values (ok) (box #t))
            (letrec-values ([(drain)
                             (lambda ()
                               (let-values ([(v) (sync/timeout 0 r)])
                                 (if v
                                     (let-values ([(e) (struct->vector (vector-ref v 2))])
                                       (if (if (eq? (vector-ref v 0) 'debug) (eq? (vector-ref v 3) 'future) #f) (void) (set-box! ok #f))
                                       (hash-set! counts (vector-ref e 3) (add1 (hash-ref counts (vector-ref e 3) 0)))
                                       (drain))
                                     (void))))])
              (drain))
            (display (list (unbox ok) (hash-ref counts 'create 0) (hash-ref counts 'start-work 0)
                           (hash-ref counts 'complete 0) (hash-ref counts 'end-work 0)))
            """);
        assertEquals("2016(#t 64 64 64 64)", out);
    }

    @Test void nobodyListeningLogsNothing() {
        String out = run("""
            (define-values (r) (make-log-receiver (current-logger) 'info 'future))
            (display (touch (future (lambda () 5))))
            (display (sync/timeout 0 r))
            """);
        assertEquals("5#f", out);
    }
}
