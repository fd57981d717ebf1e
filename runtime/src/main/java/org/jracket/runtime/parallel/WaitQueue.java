package org.jracket.runtime.parallel;

import java.util.ArrayDeque;
import java.util.ArrayList;

/**
 * A queue that syncs wait on: messages in the order they were put (so no message is lost,
 * duplicated or reordered per sender), put from any thread or place. It is one direction of
 * a place channel (shared by the places at both ends) and a log receiver's events (logged
 * by futures without the place lock), so it is guarded by its own monitor; a put wakes the
 * syncs waiting on it, whatever their place.
 */
public final class WaitQueue {
    private final ArrayDeque<Object> messages = new ArrayDeque<>();
    private final ArrayList<Waiter> waiters = new ArrayList<>(1);

    public void put(Object message) {
        Waiter[] wake;
        synchronized (this) {
            messages.addLast(message);
            if (waiters.isEmpty()) return;
            wake = waiters.toArray(new Waiter[0]);
        }
        for (Waiter w : wake) w.wake();
    }

    /** The next message, or {@link BaseEvt#NOT_READY}. */
    public synchronized Object poll() { return messages.isEmpty() ? BaseEvt.NOT_READY : messages.pollFirst(); }

    public void register(Waiter w) {
        boolean ready;
        synchronized (this) {
            waiters.add(w);
            ready = !messages.isEmpty();
        }
        // a message that arrived between the sync's poll and this registration
        if (ready) w.wake();
    }

    public synchronized void unregister(Waiter w) { waiters.remove(w); }
}
