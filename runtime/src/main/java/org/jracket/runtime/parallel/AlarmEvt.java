package org.jracket.runtime.parallel;

import org.jracket.runtime.io.KernelAccess;

/** {@code alarm-evt}: ready (with itself) once the real-time clock reaches a time in ms. */
final class AlarmEvt implements BaseEvt {
    /** The alarm time on System.nanoTime's scale (the kernel clock is read once to convert). */
    private final long deadline;

    AlarmEvt(double msecs) {
        double nowMs = KernelAccess.syscalls().clockRealtimeMillis();
        double delta = Math.max(0, Math.min(msecs - nowMs, 1e15)) * 1e6;
        deadline = System.nanoTime() + (long) delta;
    }

    @Override public Object poll(Waiter w, int index) { return System.nanoTime() >= deadline ? this : NOT_READY; }

    @Override public long deadline() { return deadline; }

    @Override public String toString() { return "#<alarm-evt>"; }
}
