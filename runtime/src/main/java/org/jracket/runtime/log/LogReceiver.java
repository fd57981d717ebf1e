package org.jracket.runtime.log;

import java.util.ArrayDeque;
import java.util.ArrayList;
import org.jracket.runtime.parallel.BaseEvt;
import org.jracket.runtime.parallel.Waiter;

/**
 * A log receiver: the events it wants, queued in the order they were logged until a sync
 * takes them. Events may come from any thread (futures log without the place lock), so the
 * queue has its own monitor and a delivery only wakes the waiting syncs.
 */
public class LogReceiver implements BaseEvt {
    final TopicLevels wants;
    private final ArrayDeque<Object> events = new ArrayDeque<>();
    private final ArrayList<Waiter> waiters = new ArrayList<>(1);

    LogReceiver(TopicLevels wants) { this.wants = wants; }

    /** Takes an event: {@code (vector level message data topic)}. */
    void deliver(Object event) {
        Waiter[] wake;
        synchronized (this) {
            events.addLast(event);
            if (waiters.isEmpty()) return;
            wake = waiters.toArray(new Waiter[0]);
        }
        for (Waiter w : wake) w.wake();
    }

    @Override public synchronized Object poll(Waiter w, int index) {
        return events.isEmpty() ? NOT_READY : events.pollFirst();
    }

    @Override public void register(Waiter w, int index) {
        boolean ready;
        synchronized (this) {
            waiters.add(w);
            ready = !events.isEmpty();
        }
        if (ready) w.wake();
    }

    @Override public synchronized void unregister(Waiter w) { waiters.remove(w); }

    @Override public String toString() { return "#<log-receiver>"; }
}
