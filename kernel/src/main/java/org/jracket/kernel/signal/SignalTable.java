package org.jracket.kernel.signal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** A task's installed handlers and its set of pending (sent, not yet delivered) signals. */
public final class SignalTable {
    private final AtomicReferenceArray<SignalHandler> handlers = new AtomicReferenceArray<>(Signals.MAX);
    private final AtomicInteger pending = new AtomicInteger();

    public SignalTable() {
        for (int i = 0; i < Signals.MAX; i++) handlers.set(i, SignalHandler.DEFAULT);
    }

    public SignalHandler handler(int signo) { return handlers.get(signo); }

    /** Installs a handler and returns the previous one. */
    public SignalHandler install(int signo, SignalHandler h) { return handlers.getAndSet(signo, h); }

    public void post(int signo) { pending.getAndUpdate(p -> p | (1 << signo)); }

    public boolean anyPending() { return pending.get() != 0; }

    /** Removes and returns the lowest pending signal, or 0 if none. */
    public int take() {
        while (true) {
            int p = pending.get();
            if (p == 0) return 0;
            int signo = Integer.numberOfTrailingZeros(p);
            if (pending.compareAndSet(p, p & ~(1 << signo))) return signo;
        }
    }
}
