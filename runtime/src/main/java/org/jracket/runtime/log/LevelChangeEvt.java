package org.jracket.runtime.log;

import org.jracket.runtime.parallel.BaseEvt;
import org.jracket.runtime.parallel.Waiter;

/**
 * {@code log-level-evt}: ready (with itself) once the wanted levels of its logger may differ
 * from when it was made, i.e. once a receiver was added to the logger's tree. Racket makes it
 * a semaphore-peek event, hence the printed form.
 */
final class LevelChangeEvt implements BaseEvt {
    private final LevelClock clock;
    private final long since;

    LevelChangeEvt(LevelClock clock) {
        this.clock = clock;
        this.since = clock.now();
    }

    @Override public Object poll(Waiter w, int index) { return clock.now() != since ? this : NOT_READY; }

    @Override public void register(Waiter w, int index) { clock.await(w, since); }

    @Override public void unregister(Waiter w) { clock.cancel(w); }

    @Override public String toString() { return "#<semaphore-peek-evt>"; }
}
