package org.jracket.runtime.parallel;

import java.util.concurrent.locks.LockSupport;

/**
 * One thread blocked in {@code sync}. Events it registered with wake it when they may have
 * become ready; a rendezvous partner (a channel, a semaphore post) may instead complete the
 * sync for it ({@link #commit}), which only ever happens under the place lock.
 */
public final class Waiter {
    final Thread thread = Thread.currentThread();
    volatile boolean woken;
    boolean committed;
    int index;
    Object value;

    /** Completes the waiting sync with event number i and result v (caller holds the place lock). */
    void commit(int i, Object v) {
        committed = true;
        index = i;
        value = v;
        wake();
    }

    public void wake() {
        woken = true;
        LockSupport.unpark(thread);
    }
}
