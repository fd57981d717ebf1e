package org.jracket.runtime.io;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jracket.kernel.syscall.SystemCalls;

/**
 * Tracks open fd output ports so their buffers reach the kernel at exit, like Racket's
 * root plumber. Ports are kept per kernel task (place): a place that exits flushes its own
 * ports only, never another place's buffers, which that place's threads may be filling.
 */
public final class Plumber {
    private Plumber() {}

    private static final ConcurrentHashMap<SystemCalls, Set<FdOutputPort>> OPEN = new ConcurrentHashMap<>();

    static void register(FdOutputPort p) {
        OPEN.computeIfAbsent(KernelAccess.syscalls(), k -> ConcurrentHashMap.newKeySet()).add(p);
    }

    static void unregister(FdOutputPort p) {
        for (Set<FdOutputPort> ports : OPEN.values()) ports.remove(p);
    }

    /** Flushes every open fd output port of the calling task, ignoring errors (exit path). */
    public static void flushAll() {
        Set<FdOutputPort> mine = OPEN.get(KernelAccess.syscalls());
        if (mine == null) return;
        for (FdOutputPort p : mine) {
            try { p.flush(); } catch (RuntimeException ignored) { /* exit path: best effort */ }
        }
    }

    /** Forgets the calling task's ports (after its final flush). */
    public static void forgetTask() { OPEN.remove(KernelAccess.syscalls()); }
}
