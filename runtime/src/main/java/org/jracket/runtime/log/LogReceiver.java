package org.jracket.runtime.log;

import org.jracket.runtime.parallel.BaseEvt;
import org.jracket.runtime.parallel.WaitQueue;
import org.jracket.runtime.parallel.Waiter;

/**
 * A log receiver: the events it wants, queued in the order they were logged until a sync
 * takes them. Events may come from any thread (futures log without the place lock): the
 * {@link WaitQueue} has its own monitor, and a delivery only wakes the waiting syncs.
 */
public class LogReceiver implements BaseEvt {
    final TopicLevels wants;
    private final WaitQueue events = new WaitQueue();

    LogReceiver(TopicLevels wants) { this.wants = wants; }

    /** Takes an event: {@code (vector level message data topic)}. */
    void deliver(Object event) { events.put(event); }

    @Override public Object poll(Waiter w, int index) { return events.poll(); }

    @Override public void register(Waiter w, int index) { events.register(w); }

    @Override public void unregister(Waiter w) { events.unregister(w); }

    @Override public String toString() { return "#<log-receiver>"; }
}
