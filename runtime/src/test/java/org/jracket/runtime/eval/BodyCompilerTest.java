package org.jracket.runtime.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jracket.runtime.namespace.Run;
import org.jracket.runtime.testing.OnOwnThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled tier gives exactly the tree interpreter's results: every lambda here is
 * compiled on its first call, including ones that capture and re-enter continuations in
 * the middle of an expression, recurse deeper than the Java stack allows, and raise errors.
 */
class BodyCompilerTest {
    private static int savedThreshold;
    /** (try thunk): the thunk's value, or the message of the exception it raised. */
    private static final String TRY = """
        (define-values (try) (lambda (thunk)
          (call/cc (lambda (k) (with-continuation-mark exception-handler-key (lambda (e) (k (exn-message e))) (thunk))))))
        """;

    @BeforeAll static void compileEverything() {
        savedThreshold = BodyCompiler.threshold;
        BodyCompiler.threshold = 1;
        ExceptionHandling.install();
    }

    @AfterAll static void restore() { BodyCompiler.threshold = savedThreshold; }

    /** Runs a '#%kernel module body on a fresh thread; returns what it printed. */
    private static String run(String body) { return run(() -> { }, body); }

    /** As {@link #run(String)}, with setup run first on the module's thread. */
    private static String run(Runnable setup, String body) {
        return OnOwnThread.run(() -> {
            setup.run();
            Run r = new Run().file("/t/c.rkt", "(module c '#%kernel\n" + body + ")");
            new PlaceContext(r.kernel).enter();
            // At top level, as under the command line, so that raises reach handlers.
            Object out = Evaluator.atTopLevel(() -> r.main("/t/c.rkt"));
            if (out == Evaluator.ABORTED) throw new AssertionError("aborted: " + r.kernel.out());
            return (String) out;
        });
    }

    @Test void recursionLoopsAndPrimitivesGiveTheTreesResults() {
        int before = BodyCompiler.COMPILED.get();
        assertEquals("832040 5000050000 (3 2 1) #t 120", run("""
            (define-values (fib) (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
            (define-values (sum) (lambda (i acc) (if (> i 100000) acc (sum (add1 i) (+ acc i)))))
            (define-values (rev) (lambda (l acc) (if (null? l) acc (rev (cdr l) (cons (car l) acc)))))
            (define-values (fact) (lambda (n) (let-values ([(k) (lambda (x) (* n x))]) (if (zero? n) 1 (k (fact (sub1 n)))))))
            (display (fib 30)) (display " ") (display (sum 0 0)) (display " ")
            (display (rev (list 1 2 3) '())) (display " ") (display (apply < (list 1 2 3))) (display " ")
            (display (fact 5))
            """));
        assertTrue(BodyCompiler.COMPILED.get() - before >= 4, "the lambdas were compiled");
    }

    @Test void bignumOverflowAndFlonumsFallBackToThePrimitives() {
        assertEquals("9223372036854775808 -9223372036854775809 2.5 85070591730234615847396907784232501249",
            run("""
                (define-values (f) (lambda (a b) (+ a b)))
                (define-values (g) (lambda (a b) (- a b)))
                (define-values (h) (lambda (a b) (* a b)))
                (display (f 9223372036854775807 1)) (display " ")
                (display (g -9223372036854775808 1)) (display " ")
                (display (f 1.5 1)) (display " ")
                (display (h 9223372036854775807 9223372036854775807))
                """));
    }

    @Test void continuationReenteredInTheMiddleOfAnApplication() {
        // k is captured while (list 1 (call/cc ...) 3) waits for its second operand; each
        // re-entry must rebuild the list from the saved first operand.
        assertEquals("(1 a 3)(1 b 3)(1 c 3)", run("""
            (define-values (k) #f)
            (define-values (n) 0)
            (define-values (mk) (lambda (x) (list 1 (call/cc (lambda (c) (set! k c) x)) 3)))
            (define-values (go) (lambda ()
              (let-values ([(r) (mk 'a)])
                (display r)
                (if (< n 2) (begin (set! n (add1 n)) (k (if (= n 1) 'b 'c))) (void)))))
            (go)
            """));
    }

    @Test void continuationCapturedThroughADirectBodyGetsItsLocals() {
        // mid has no closures, so it is called without a frame: the capture in (grab b) must
        // make one holding t, a and b for the tree to resume in.
        assertEquals("(2 a 1)(2 b 1)(2 c 1)", run("""
            (define-values (k) #f)
            (define-values (n) 0)
            (define-values (grab) (lambda (x) (call/cc (lambda (c) (set! k c) x))))
            (define-values (mid) (lambda (a b) (let-values ([(t) (+ a 1)]) (list t (grab b) a))))
            (define-values (go) (lambda ()
              (let-values ([(r) (mid 1 'a)])
                (display r)
                (if (< n 2) (begin (set! n (add1 n)) (k (if (= n 1) 'b 'c))) (void)))))
            (go)
            """));
    }

    @Test void recursionDeeperThanTheJavaStackSpillsThroughCompiledFrames() {
        assertEquals("200000", run("""
            (define-values (build) (lambda (n) (if (zero? n) '() (cons n (build (sub1 n))))))
            (define-values (len) (lambda (l) (if (null? l) 0 (add1 (len (cdr l))))))
            (display (len (build 200000)))
            """));
    }

    @Test void errorsAreTheSameAsInTheTree() {
        assertEquals("x: undefined;\n cannot use before initialization|fn: arity mismatch;\n"
                + " the expected number of arguments does not match the given number\n  expected: 1\n  given: 2",
            run(TRY + """
                (define-values (fn) (lambda (a) a))
                (display (try (lambda () (letrec-values ([(x) (add1 x)]) x))))
                (display "|")
                (display (try (lambda () (fn 1 2))))
                """));
    }

    @Test void namedLetLoopsInlinedIntoTheirLambda() {
        // rows/cols are inlined loops (cols calls rows from inside); collect's loop captures
        // a continuation in the middle of an iteration, which is re-entered twice.
        int before = BodyCompiler.INLINED_LOOPS.get();
        assertEquals("5000050000 82650 (3 2 1)(10 2 1)(20 2 1)", run("""
            (define-values (k) #f)
            (define-values (n) 0)
            (define-values (grab) (lambda (x) (call/cc (lambda (c) (set! k c) x))))
            (define-values (sum-to) (lambda (m)
              ;; the shape a named let expands to
              ((letrec-values ([(loop) (lambda (i acc) (if (> i m) acc (loop (add1 i) (+ acc i))))]) loop) 0 0)))
            (define-values (grid) (lambda (w h)
              (letrec-values ([(rows) (lambda (y acc)
                                (if (= y h) acc
                                    (letrec-values ([(cols) (lambda (x acc)
                                                      (if (= x w) (rows (add1 y) acc) (cols (add1 x) (+ acc (* x y)))))])
                                      (cols 0 acc))))])
                (rows 0 0))))
            (define-values (collect) (lambda (l)
              (letrec-values ([(loop) (lambda (l acc) (if (null? l) acc (loop (cdr l) (cons (grab (car l)) acc))))])
                (loop l '()))))
            (define-values (go) (lambda ()
              (let-values ([(r) (collect (list 1 2 3))])
                (display r)
                (if (< n 2) (begin (set! n (add1 n)) (k (* 10 n))) (void)))))
            (display (sum-to 100000)) (display " ")
            (display (grid 30 20)) (display " ")
            (go)
            """));
        assertTrue(BodyCompiler.INLINED_LOOPS.get() - before >= 4, "the loops were inlined");
    }

    @Test void compiledLoopsStillRunThePreemptionHook() {
        // Compiled loops tick the Machine's fuel at every iteration, as tree calls do: 2,000,000
        // iterations (an inlined named let, then a self-calling lambda) must run the thread
        // scheduler's hook about every PREEMPT_INTERVAL of them, or busy threads never yield.
        java.util.concurrent.atomic.AtomicInteger hooks = new java.util.concurrent.atomic.AtomicInteger();
        assertEquals("1000000 1000000", run(() -> Machine.current().setPreemption(hooks::incrementAndGet), """
            (define-values (count) (lambda (n)
              ((letrec-values ([(loop) (lambda (i) (if (= i n) i (loop (add1 i))))]) loop) 0)))
            (define-values (spin) (lambda (i n) (if (= i n) i (spin (add1 i) n))))
            (display (count 1000000)) (display " ") (display (spin 0 1000000))
            """));
        int expected = 2_000_000 / Machine.PREEMPT_INTERVAL;
        assertTrue(hooks.get() >= expected - 5 && hooks.get() <= expected + 5, "hook ran " + hooks.get() + " times");
    }

    @Test void flonumLocalsAreUnboxedWithTheTreesValuesAndErrors() {
        // Values printed by Racket 8.7 for the same code (in racket/base with racket/flonum).
        assertEquals("41 6.75 (-6.0 -1.5 -0.25 -7.5 6.0 -0.125 1.5 1.4142135623730951 2.0 -2.0 -1.0 #f #f #f gt no lt"
                + " 0.0 1.0 1.5 -0.0 12345678901234567000.0 -2.5 7.0) fl*: contract violation\n  expected: flonum?\n"
                + "  given: 'x ->fl: contract violation\n  expected: exact-integer?\n  given: 1.5 fx->fl: contract"
                + " violation\n  expected: fixnum?\n  given: 1.5 7.0 11.0 ",
            run(TRY + """
                (define-values (escape) (lambda (n)
                  (let-values ([(fn) (->fl n)])
                    (letrec-values ([(col) (lambda (x inside)
                                      (if (= x n) inside
                                          (let-values ([(cr) (fl- (fl/ (fl* 2.0 (->fl x)) fn) 1.5)])
                                            (letrec-values ([(step) (lambda (zr zi i)
                                                              (if (= i 50) (col (add1 x) (add1 inside))
                                                                  (let-values ([(zr2) (fl* zr zr)] [(zi2) (fl* zi zi)])
                                                                    (if (fl> (fl+ zr2 zi2) 4.0) (col (add1 x) inside)
                                                                        (step (fl+ (fl- zr2 zi2) cr) (fl+ (fl* 2.0 (fl* zr zi)) 0.25) (add1 i))))))])
                                              (step 0.0 0.0 0)))))])
                      (col 0 0)))))
                (define-values (sum) (lambda (v)
                  (letrec-values ([(loop) (lambda (i acc) (if (= i (vector-length v)) acc (loop (add1 i) (+ acc (vector-ref v i)))))])
                    (loop 0 0.0))))
                (define-values (ops) (lambda (a b)
                  (let-values ([(x) (fl* a b)] [(y) (fl- a)] [(z) (fl/ b)])
                    (list x y z (+ x y) (- x) (/ z 2.0) (flabs y) (flsqrt 2.0) (flround 2.5) (fltruncate -2.5) (flfloor -0.5)
                          (fl< x +nan.0) (fl> +nan.0 x) (fl= +nan.0 +nan.0) (if (fl<= a b) 'le 'gt) (if (fl>= +nan.0 a) 'ge 'no)
                          (if (< x y) 'lt 'ge) (fl+) (fl*) (fl+ a) (fl- 0.0) (->fl 12345678901234567890)
                          (unsafe-fl+ a b) (fx->fl 7)))))
                (define-values (captured) #f)
                (define-values (resume) (lambda (a)
                  (let-values ([(x) (fl* a 3.0)])
                    (let-values ([(y) (call/cc (lambda (k) (set! captured k) 1.0))])
                      (fl+ x y)))))
                (display (escape 60)) (display " ")
                (display (sum (vector 1.5 2 3.25))) (display " ")
                (display (ops 1.5 -4.0)) (display " ")
                (display (try (lambda () (fl* 1.0 'x)))) (display " ")
                (display (try (lambda () (->fl 1.5)))) (display " ")
                (display (try (lambda () (fx->fl 1.5)))) (display " ")
                (let-values ([(r) (resume 2.0)])
                  (display r) (display " ")
                  (if (fl< r 10.0) (captured 5.0) (void)))
                """));
    }

    @Test void integerLocalsAreUnboxedWithTheTreesValuesAndErrors() {
        // Values printed by Racket 8.7 for the same code (in racket/base with racket/flonum):
        // loops that run past the range of a long and back, products that overflow, the
        // edges of the long range and of division, comparisons with non-integers and flonum
        // registers, errors, and a continuation captured in a loop whose counter is an
        // unboxed register, re-entered twice.
        int before = BodyCompiler.INTEGER_REGISTERS.get();
        assertEquals("(9223372036854775815 9223372036854775800) (2432902008176640000 15511210043330985984000000) (9223"
            + "372036854775808 -9223372036854775809 -9223372036854775809 9223372036854775808 -18446744073709551"
            + "616 9223372036854775808 18446744073709551615 85070591730234615847396907784232501249 0 1 92233720"
            + "36854775807 0 #f #f #t 9223372036854775808 0 0 (-3 -1 1 -1 1 3074457345618258602 0)) 9841750026 "
            + "(3 4 (18446744073709552000.0 7.0 8.0 #t #t) (#t v 1000.5) (0.0 4 #t #t)) <: contract violation\n"
            + "  expected: real?\n  given: 'a =: contract violation\n  expected: number?\n  given: 'b modulo: d"
            + "ivision by zero quotient: division by zero ->fl: contract violation\n  expected: exact-integer?\n"
            + "  given: 'x 108 1008 2008 ",
            run(TRY + """
                (define-values (updown) (lambda (start n)
                  (letrec-values ([(loop) (lambda (i acc) (if (= i n) acc (loop (add1 i) (+ acc 3))))])
                    (let-values ([(up) (loop 0 start)])
                      (letrec-values ([(down) (lambda (i acc) (if (>= i n) acc (down (+ i 1) (- acc 3))))])
                        (list up (down 0 up)))))))
                (define-values (fact) (lambda (n)
                  (letrec-values ([(loop) (lambda (i acc) (if (> i n) acc (loop (+ i 1) (* acc i))))]) (loop 1 1))))
                (define-values (edges) (lambda ()
                  (let-values ([(m) -9223372036854775808] [(x) 9223372036854775807])
                    (let-values ([(a) (- m)] [(b) (sub1 m)] [(c) (- m 1)] [(d) (* m -1)] [(e) (+ m m)] [(f) (add1 x)] [(g) (- x m)] [(h) (* x x)] [(z) (+)] [(o) (*)])
                      (list a b c d e f g h z o (- a 1) (* b 0) (< a x) (> b m) (= a 9223372036854775808)
                            (quotient m -1) (remainder m -1) (modulo m -1) (let-values ([(s) -7] [(t) 2] [(u) -2])
                              (list (quotient s t) (remainder s t) (modulo s t) (modulo 7 u) (remainder 7 u) (quotient a 3) (modulo a t))))))))
                (define-values (range-sum) (lambda (lo hi)
                  (letrec-values ([(loop) (lambda (i acc) (if (= i hi) acc (loop (+ i 1) (+ acc (modulo (* i i) 1000003) (remainder i 7) (quotient i 5)))))])
                    (loop lo 0))))
                (define-values (mixed) (lambda ()
                  (list (letrec-values ([(loop) (lambda (i) (if (< i 2.5) (loop (+ i 1)) i))]) (loop 0))
                        (letrec-values ([(loop) (lambda (i) (if (<= 7/2 i) i (loop (+ i 1))))]) (loop 0))
                        (let-values ([(b) (* 4294967296 4294967296)] [(s) 7]) (list (->fl b) (->fl s) (->fl (+ s 1)) (> b s) (= s 7.0)))
                        (let-values ([(i) 1000]) (list (eq? i i) (vector-ref (make-vector 2000 'v) i) (+ i 0.5)))
                        (letrec-values ([(loop) (lambda (x i) (if (> x 0) (loop (fl- x 0.25) (+ i 1)) (list x i (= i 4.0) (< 3 i))))]) (loop 1.0 0)))))
                (define-values (saved) #f)
                (define-values (count) 0)
                (define-values (cc-loop) (lambda ()
                  (letrec-values ([(loop) (lambda (i acc)
                       (if (= i 5) acc
                         (loop (+ i 1) (+ acc (if (= i 2) (call/cc (lambda (k) (set! saved k) 100)) i)))))])
                    (loop 0 0))))
                (display (updown 9223372036854775800 5)) (display " ")
                (display (list (fact 20) (fact 25))) (display " ")
                (display (edges)) (display " ")
                (display (range-sum 0 20000)) (display " ")
                (display (mixed)) (display " ")
                (display (try (lambda () (let-values ([(i) 5]) (< i 'a))))) (display " ")
                (display (try (lambda () (let-values ([(i) 5]) (= 'b (+ i 1)))))) (display " ")
                (display (try (lambda () (let-values ([(i) 5] [(z) 0]) (modulo i z))))) (display " ")
                (display (try (lambda () (let-values ([(i) 5] [(z) 0]) (+ 1 (quotient i z)))))) (display " ")
                (display (try (lambda () (letrec-values ([(loop) (lambda (i) (if (= i 3) (->fl 'x) (loop (+ i 1))))]) (loop 0))))) (display " ")
                (let-values ([(r) (cc-loop)])
                  (display r) (display " ")
                  (set! count (add1 count))
                  (if (< count 3) (saved (* count 1000)) (void)))
                """));
        assertTrue(BodyCompiler.INTEGER_REGISTERS.get() - before >= 10, "the loop counters were unboxed");
    }

    @Test void parametersThatReceivedFixnumsAreIntegerRegisters() {
        // Each lambda is compiled at its first call, with fixnum arguments, so its parameters
        // become integer registers and its self calls compute their arguments on longs (a
        // closure of the same code, as mk's, switches environment). Later calls pass flonums,
        // bignums, rationals and non-numbers: the values and errors are Racket 8.7's.
        int before = BodyCompiler.INTEGER_REGISTERS.get();
        assertEquals("(5000050000 4999950000 65 8) (55.0 50.0 4611686018427387909 23058430092136939510 "
            + "110680464442257309699 3/8 0.125 295147905179352825856) >=: contract violation\n  expected: real?\n"
            + "  given: 'a zero?: contract violation\n  expected: number?\n  given: \"x\" +: contract violation\n"
            + "  expected: number?\n  given: 'y",
            run(TRY + """
                (define-values (count-down) (lambda (n acc) (if (zero? n) acc (count-down (- n 1) (+ acc n)))))
                (define-values (sum-to) (lambda (lo hi)
                  (letrec-values ([(loop) (lambda (i acc) (if (>= i hi) acc (loop (+ i 1) (+ acc i))))]) (loop lo 0))))
                (define-values (mk) (lambda (k) (lambda (n acc) (if (zero? n) (+ acc k) ((mk (+ k 1)) (- n 1) (+ acc n))))))
                (define-values (halve) (lambda (a b) (if (= a 0) b (halve (- a 1) (/ b 2)))))
                (display (list (count-down 100000 0) (sum-to 0 100000) ((mk 0) 10 0) (halve 3 64)))
                (display " ")
                (display (list (count-down 10.0 0) (sum-to 0.5 10) (count-down 3 4611686018427387903)
                               (sum-to 4611686018427387900 4611686018427387905) (sum-to 36893488147419103232 36893488147419103235)
                               (halve 3 3) (halve 3 1.0) (halve 2 (expt 2 70))))
                (display " ")
                (display (try (lambda () (sum-to 'a 3))))
                (display " ")
                (display (try (lambda () (count-down "x" 0))))
                (display " ")
                (display (try (lambda () (count-down 2 'y))))
                """));
        assertTrue(BodyCompiler.INTEGER_REGISTERS.get() - before >= 8, "the parameters were unboxed");
    }

    @Test void caseLambdaClausesAreCalledByArity() {
        assertEquals("1 (2 . 3) (4 5 6) 10", run("""
            (define-values (f) (case-lambda [(a) a] [(a b) (cons a b)] [(a . r) (cons a r)]))
            (define-values (sum) (case-lambda [(l) (sum l 0)] [(l acc) (if (null? l) acc (sum (cdr l) (+ acc (car l))))]))
            (display (f 1)) (display " ") (display (f 2 3)) (display " ") (display (f 4 5 6)) (display " ")
            (display (sum (list 1 2 3 4)))
            """));
    }

    @Test void setBangAndClosuresShareTheFrame() {
        assertEquals("3 10", run("""
            (define-values (counter) (lambda () (let-values ([(n) 0]) (lambda () (set! n (add1 n)) n))))
            (define-values (c) (counter))
            (c) (c)
            (display (c)) (display " ")
            (define-values (loop) (lambda (i acc) (if (= i 5) acc (begin (set! acc (+ acc i)) (loop (add1 i) acc)))))
            (display (loop 0 0))
            """));
    }
}
