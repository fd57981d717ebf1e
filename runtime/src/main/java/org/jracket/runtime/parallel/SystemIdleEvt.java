package org.jracket.runtime.parallel;

import org.jracket.runtime.data.VoidValue;

/**
 * {@code (system-idle-evt)}: ready (with void) when no other thread of the place can run.
 * Runnable threads are only visible as place-lock waiters, so the event lets one round of
 * them run (its first poll is never ready and it asks to be polled again a millisecond later).
 */
final class SystemIdleEvt implements BaseEvt {
    private boolean polledOnce;

    @Override public Object poll(Waiter w, int index) {
        if (!polledOnce) { polledOnce = true; return NOT_READY; }
        return VoidValue.VOID;
    }

    @Override public long deadline() { return System.nanoTime() + 1_000_000L; }

    @Override public String toString() { return "#<evt>"; }
}
