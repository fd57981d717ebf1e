package org.jracket.runtime.parallel;

import org.jracket.runtime.testing.OnOwnThread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jracket.kernel.Kernel;
import org.jracket.kernel.task.TaskExit;
import org.jracket.runtime.boot.Boot;
import org.jracket.runtime.boot.RacketSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Places under stress, each program run as {@code jracket FILE} runs it: a host-process
 * kernel, the runtime booted on its init task, every place a kernel task of its own.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PlacesStressTest {
    @TempDir Path dir;

    private record Result(int status, String out, String err) {}

    private Result run(String program) throws IOException {
        Path file = dir.resolve("main.rkt");
        Files.writeString(file, program);
        return OnOwnThread.run(() -> runHere(file));
    }

    private Result runHere(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Kernel k = Kernel.forHostProcess(dir, new ByteArrayInputStream(new byte[0]), out, err);
        int[] status = {-1};
        k.init().onExit((task, code) -> status[0] = code);
        try {
            Boot.initialize(k.init(), 20_000);
            RacketSession s = RacketSession.start(false);
            s.exit(s.requireFile(file.toString()) ? 0 : 1);
        } catch (TaskExit exited) {
            // the program's task ended: its status was recorded by the exit listener
        }
        return new Result(status[0], out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test void concurrentSendingPlacesLoseDuplicateAndReorderNothing() throws IOException {
        // Every place sends its numbered messages into one shared channel at once; the main
        // place checks that each sender's sequence arrives complete and in order.
        Result r = run("""
            #lang racket/base
            (require racket/place)
            (define senders 4)
            (define each 3000)
            (define (sender)
              (place ch
                (define id (place-channel-get ch))
                (define out (place-channel-get ch))
                (for ([i (in-range each)]) (place-channel-put out (vector id i (string #\\x))))
                (place-channel-put ch 'done)))
            (module+ main
              (define-values (in out) (place-channel))
              (define ps (for/list ([id (in-range senders)])
                           (define p (sender))
                           (place-channel-put p id)
                           (place-channel-put p out)
                           p))
              (define next (make-vector senders 0))
              (define bad 0)
              (for ([k (in-range (* senders each))])
                (define m (place-channel-get in))
                (define id (vector-ref m 0))
                (unless (and (= (vector-ref m 1) (vector-ref next id)) (immutable? m))
                  (set! bad (add1 bad)))
                (vector-set! next id (add1 (vector-ref m 1))))
              (for-each place-channel-get ps)
              (printf "~a ~a ~a ~a\\n" bad (vector->list next) (sync/timeout 0 in) (map place-wait ps)))
            """);
        assertEquals("0 (3000 3000 3000 3000) #f (0 0 0 0)\n", r.out, r.err);
        assertEquals(0, r.status);
    }

    @Test void placesThatCrashOrAreKilledDoNotDisturbTheOthers() throws IOException {
        // While workers compute and answer, others crash, exit with a code or are killed
        // mid-loop; each ends with Racket's status and the workers' results are all right.
        Result r = run("""
            #lang racket/base
            (require racket/place)
            (define (worker)
              (place ch
                (let loop ()
                  (define n (place-channel-get ch))
                  (when n
                    (place-channel-put ch (for/sum ([i (in-range n)]) i))
                    (loop)))))
            (define (spinner) (place ch (place-channel-put ch 'spinning) (let loop () (loop))))
            (define (crasher) (place ch (car (place-channel-get ch))))
            (define (quitter) (place ch (exit (place-channel-get ch))))
            (module+ main
              (define ws (for/list ([i 3]) (worker)))
              (define victims
                (for/list ([i 6])
                  (case (modulo i 3)
                    [(0) (let ([p (spinner)]) (place-channel-get p) (cons 'killed p))]
                    [(1) (let ([p (crasher)]) (place-channel-put p i) (cons 'crashed p))]
                    [else (let ([p (quitter)]) (place-channel-put p (+ 40 i)) (cons 'quit p))])))
              (define sums
                (for/list ([round 20])
                  (when (= round 5)
                    (for ([v victims] #:when (eq? (car v) 'killed)) (place-kill (cdr v))))
                  (for ([w ws]) (place-channel-put w 10000))
                  (for/sum ([w ws]) (place-channel-get w))))
              (for ([w ws]) (place-channel-put w #f))
              (printf "~a ~a ~a\\n"
                      (for/and ([s sums]) (= s (* 3 49995000)))
                      (map place-wait ws)
                      (for/list ([v victims]) (list (car v) (place-wait (cdr v))))))
            """);
        assertEquals("#t (0 0 0) ((killed 1) (crashed 1) (quit 42) (killed 1) (crashed 1) (quit 45))\n", r.out, r.err);
        assertEquals(0, r.status);
        assertEquals(2, r.err.split("car: contract violation", -1).length - 1, r.err);
    }

    @Test void placesCreatedFromManyThreadsAtOnce() throws IOException {
        // Racket threads of the main place start places and talk to them concurrently.
        Result r = run("""
            #lang racket/base
            (require racket/place)
            (define (echo) (place ch (place-channel-put ch (add1 (place-channel-get ch)))))
            (module+ main
              (define results (make-channel))
              (for ([i 24]) (thread (lambda () (let ([p (echo)]) (channel-put results (place-channel-put/get p i)) (place-wait p)))))
              (define got (for/list ([i 24]) (channel-get results)))
              (printf "~a\\n" (apply + got)))
            """);
        assertEquals((24 * 25 / 2) + "\n", r.out, r.err);
        assertTrue(r.err.isEmpty(), r.err);
    }
}
