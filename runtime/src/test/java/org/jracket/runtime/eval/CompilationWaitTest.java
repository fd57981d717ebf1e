package org.jracket.runtime.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A thread entering a lambda that another thread compiles waits for it: until it ends, boundedly, and interruptibly. */
class CompilationWaitTest {
    private static LambdaCode code() {
        LambdaCode c = new LambdaCode(0, false, 2, "w");
        c.setInterpretedBody(new ConstNode(1L));
        return c;
    }

    /** Runs awaitCompilation on a new thread; returns it, with the milliseconds it waited in waited. */
    private static Thread waiter(LambdaCode c, AtomicLong waited, AtomicBoolean interruptedAfter) {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            c.awaitCompilation();
            waited.set((System.nanoTime() - start) / 1_000_000L);
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        });
        t.start();
        return t;
    }

    @Test void waitsUntilTheCompilationEnds() throws Exception {
        long saved = LambdaCode.waitNanos;
        LambdaCode.waitNanos = 20_000_000_000L;  // so that only the compilation's end can end this wait
        try {
            waitUntilEnd();
        } finally {
            LambdaCode.waitNanos = saved;
        }
    }

    private void waitUntilEnd() throws Exception {
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
        assertTrue(waited.get() >= 35 && waited.get() < 10_000, "waited " + waited.get() + " ms");
        assertSame(c.interpreted, c.body, "a refused compilation leaves the tree");
    }

    @Test void theWaitIsBounded() throws Exception {
        LambdaCode c = code();
        assertTrue(c.startCompilation());
        AtomicLong waited = new AtomicLong(-1);
        Thread t = waiter(c, waited, new AtomicBoolean());
        t.join(2000);
        assertFalse(t.isAlive());
        assertTrue(waited.get() >= 90 && waited.get() < 5000, "waited " + waited.get() + " ms");
    }

    @Test void aWaiterThatIsInterruptedStopsWaitingAndKeepsTheStatus() throws Exception {
        long saved = LambdaCode.waitNanos;
        LambdaCode.waitNanos = 20_000_000_000L;
        try {
            interrupted();
        } finally {
            LambdaCode.waitNanos = saved;
        }
    }

    private void interrupted() throws Exception {
        LambdaCode c = code();
        assertTrue(c.startCompilation());
        AtomicLong waited = new AtomicLong(-1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread t = waiter(c, waited, interrupted);
        Thread.sleep(20);
        t.interrupt();
        t.join(10_000);
        assertFalse(t.isAlive());
        assertTrue(interrupted.get());
    }

    @Test void nothingToWaitForOutsideACompilation() {
        long saved = LambdaCode.waitNanos;
        LambdaCode.waitNanos = 20_000_000_000L;
        try {
            LambdaCode c = code();
            long start = System.nanoTime();
            c.awaitCompilation();
            assertTrue(System.nanoTime() - start < 5_000_000_000L);
        } finally {
            LambdaCode.waitNanos = saved;
        }
    }
}
