package org.jracket.runtime.parallel;

import org.jracket.runtime.data.VoidValue;

/**
 * {@code (system-idle-evt)}: ready (with void) when no other thread of the place can run:
 * every other live thread is blocked in a sync or in the kernel (a pipe or console wait), or
 * suspended. Threads mark themselves when they block, so the event asks to be polled again a
 * millisecond later; its first poll is never ready so that threads just started get a turn.
 */
final class SystemIdleEvt implements BaseEvt {
    private boolean polledOnce;

    @Override public Object poll(Waiter w, int index) {
        if (!polledOnce) { polledOnce = true; return NOT_READY; }
        RacketThread me = RacketThread.current();
        return me == null || me.scheduler.idleExcept(me) ? VoidValue.VOID : NOT_READY;
    }

    @Override public long deadline() { return System.nanoTime() + 1_000_000L; }

    @Override public String toString() { return "#<evt>"; }
}
