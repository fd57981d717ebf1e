package org.jracket.runtime.parallel;

import java.util.ArrayDeque;
import java.util.ArrayList;

/**
 * One direction of a place channel: messages in the order they were put (so no message is
 * lost, duplicated or reordered per sender). Shared by the places at both ends, so it is
 * guarded by its own monitor; a put wakes the syncs waiting on it, whatever their place.
 */
final class PlaceQueue {
    private final ArrayDeque<Object> messages = new ArrayDeque<>();
    private final ArrayList<Waiter> waiters = new ArrayList<>(1);

    void put(Object message) {
        Waiter[] wake;
        synchronized (this) {
            messages.addLast(message);
            if (waiters.isEmpty()) return;
            wake = waiters.toArray(new Waiter[0]);
        }
        for (Waiter w : wake) w.wake();
    }

    /** The next message, or {@link BaseEvt#NOT_READY}. */
    synchronized Object poll() { return messages.isEmpty() ? BaseEvt.NOT_READY : messages.pollFirst(); }

    void register(Waiter w) {
        boolean ready;
        synchronized (this) {
            waiters.add(w);
            ready = !messages.isEmpty();
        }
        // a message that arrived between the sync's poll and this registration
        if (ready) w.wake();
    }

    synchronized void unregister(Waiter w) { waiters.remove(w); }
}
