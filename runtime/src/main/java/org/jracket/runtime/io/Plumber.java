package org.jracket.runtime.io;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tracks open fd output ports so their buffers reach the kernel at exit, like Racket's
 * root plumber. The boot code calls {@link #flushAll()} before the task exits.
 */
public final class Plumber {
    private Plumber() {}

    private static final Set<FdOutputPort> OPEN = ConcurrentHashMap.newKeySet();

    static void register(FdOutputPort p) { OPEN.add(p); }
    static void unregister(FdOutputPort p) { OPEN.remove(p); }

    /** Flushes every open fd output port, ignoring ports whose task is gone. */
    public static void flushAll() {
        for (FdOutputPort p : OPEN) {
            try { p.flush(); } catch (RuntimeException ignored) { /* exit path: best effort */ }
        }
    }
}
