package org.jracket.runtime.testing;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a test body on a fresh thread: entering a place marks the thread's evaluator for
 * good, so the test runner's own thread must not enter one (later tests would see it).
 */
public final class OnOwnThread {
    private OnOwnThread() {}

    public static <T> T run(Supplier<T> body) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(body.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "parallel-test", 256L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) throw re;
        if (f instanceof Error err) throw err;
        if (f != null) throw new AssertionError(f);
        return result.get();
    }
}
