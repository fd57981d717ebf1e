package org.jracket.runtime.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.namespace.Run;
import org.jracket.runtime.testing.OnOwnThread;
import org.junit.jupiter.api.Test;

/**
 * A thread entering a lambda that another thread compiles waits for it: until it ends,
 * boundedly, and interruptibly; if the lambda is a loop whose owner nobody compiles yet, it
 * compiles the owner first.
 */
class CompilationWaitTest {
    /** Long enough that only the compilation's end or an interrupt can end a wait. */
    private static final long LONG_WAIT = 20_000_000_000L;

    private interface Body { void run() throws Exception; }

    /** Runs body with the longest wait per entry set to nanos. */
    private static void withWait(long nanos, Body body) throws Exception {
        long saved = LambdaCode.waitNanos;
        LambdaCode.waitNanos = nanos;
        try {
            body.run();
        } finally {
            LambdaCode.waitNanos = saved;
        }
    }

    private static LambdaCode code() {
        LambdaCode c = new LambdaCode(0, false, 2, "w");
        c.setInterpretedBody(new ConstNode(1L));
        return c;
    }

    /** Runs awaitCompilation on a new thread, recording how long it waited and whether it ended interrupted. */
    private static Thread waiter(LambdaCode c, AtomicLong waitedMillis, AtomicBoolean interruptedAfter) {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            c.awaitCompilation();
            waitedMillis.set((System.nanoTime() - start) / 1_000_000L);
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        });
        t.start();
        return t;
    }

    @Test void waitsUntilTheCompilationEnds() throws Exception {
        withWait(LONG_WAIT, () -> {
            LambdaCode c = code();
            assertTrue(c.startCompilation());
            assertFalse(c.startCompilation(), "only one thread compiles");
            AtomicLong waited = new AtomicLong(-1);
            Thread t = waiter(c, waited, new AtomicBoolean());
            Thread.sleep(40);
            assertTrue(t.isAlive(), "the waiter waits while the compilation runs");
            c.finishCompilation(null);
            t.join(10_000);
            assertFalse(t.isAlive());
            assertTrue(waited.get() >= 35, "waited " + waited.get() + " ms");
            assertSame(c.interpreted, c.body, "a refused compilation leaves the tree");
        });
    }

    @Test void theWaitIsBounded() throws Exception {
        withWait(100_000_000L, () -> {
            LambdaCode c = code();
            assertTrue(c.startCompilation());
            AtomicLong waited = new AtomicLong(-1);
            Thread t = waiter(c, waited, new AtomicBoolean());
            t.join(10_000);
            assertFalse(t.isAlive());
            assertTrue(waited.get() >= 90, "waited " + waited.get() + " ms");
        });
    }

    @Test void aWaiterThatIsInterruptedStopsWaitingAndKeepsTheStatus() throws Exception {
        withWait(LONG_WAIT, () -> {
            LambdaCode c = code();
            assertTrue(c.startCompilation());
            AtomicBoolean interrupted = new AtomicBoolean();
            Thread t = waiter(c, new AtomicLong(), interrupted);
            Thread.sleep(20);
            t.interrupt();
            t.join(10_000);
            assertFalse(t.isAlive());
            assertTrue(interrupted.get());
        });
    }

    @Test void aThreadMeetingALoopBeingCompiledCompilesItsOwner() {
        OnOwnThread.run(() -> {
            Run r = new Run().file("/t/c.rkt", """
                (module c '#%kernel
                  (define-values (f) (lambda (n) (letrec-values ([(loop) (lambda (i) (if (= i n) i (loop (add1 i))))]) (loop 0))))
                  (display (f 3)))
                """);
            new PlaceContext(r.kernel).enter();
            assertEquals("3", r.main("/t/c.rkt"));
            Variable f = r.ns.instance(ModuleName.of("/t/c.rkt"), 0).variable(0, Symbol.of("f"));
            LambdaCode owner = ((Closure) f.value).code;
            LambdaCode loop = LoopInlining.of(owner.interpreted).lambda().code;
            assertSame(owner, loop.enclosing);
            assertTrue(loop.startCompilation(), "another thread compiles the loop");
            loop.tierUp();
            assertTrue(owner.body != owner.interpreted && !(owner.body instanceof ProfilingBody), "the owner was compiled: " + owner.body);
            assertFalse(loop.startCompilation(), "the loop is still the other thread's");
            loop.finishCompilation(null);
            return null;
        });
    }

    @Test void nothingToWaitForOutsideACompilation() throws Exception {
        withWait(LONG_WAIT, () -> {
            long start = System.nanoTime();
            code().awaitCompilation();
            assertTrue(System.nanoTime() - start < 5_000_000_000L);
        });
    }
}
