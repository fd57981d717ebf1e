package org.jracket.runtime.log;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jracket.runtime.parallel.Waiter;

/**
 * Shared by a root logger and all its descendants: a version that moves whenever the set of
 * receivers changes (every logger's cached wanted levels are stamped with it), and the syncs
 * waiting on {@code log-level-evt} for that to happen.
 */
final class LevelClock {
    private final AtomicLong version = new AtomicLong();
    private final ArrayList<Waiter> waiters = new ArrayList<>(1);

    long now() { return version.get(); }

    /** Receivers changed: stale caches, ready level events. */
    void tick() {
        version.incrementAndGet();
        Waiter[] wake;
        synchronized (this) {
            if (waiters.isEmpty()) return;
            wake = waiters.toArray(new Waiter[0]);
            waiters.clear();
        }
        for (Waiter w : wake) w.wake();
    }

    void await(Waiter w, long since) {
        synchronized (this) { waiters.add(w); }
        if (now() != since) w.wake();
    }

    synchronized void cancel(Waiter w) { waiters.remove(w); }
}
