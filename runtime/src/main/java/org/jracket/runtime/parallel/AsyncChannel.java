package org.jracket.runtime.parallel;

import java.util.ArrayDeque;

/**
 * A buffered asynchronous channel (racket/async-channel): puts complete while there is room
 * (limit null: always), gets take the oldest item. Place-local, so guarded by the place lock.
 * As an event it is its get.
 */
final class AsyncChannel implements BaseEvt {
    private final Long limit;
    private final ArrayDeque<Object> items = new ArrayDeque<>();
    /** Syncs waiting for an item, or for room. */
    final OfferList getters = new OfferList();
    final OfferList putters = new OfferList();

    AsyncChannel(Long limit) { this.limit = limit; }

    boolean hasRoom() { return limit == null || items.size() < limit; }

    boolean offer(Object v) {
        if (!hasRoom()) return false;
        items.addLast(v);
        getters.wakeAll();
        return true;
    }

    @Override public Object poll(Waiter w, int index) {
        if (items.isEmpty()) return NOT_READY;
        Object v = items.pollFirst();
        putters.wakeAll();
        return v;
    }

    @Override public void register(Waiter w, int index) { getters.add(w, index, null); }

    @Override public void unregister(Waiter w) { getters.remove(w); }

    /** {@code async-channel-put-evt}: ready when there is room; its result is itself. */
    static final class PutEvt implements BaseEvt {
        final AsyncChannel channel;
        final Object value;

        PutEvt(AsyncChannel channel, Object value) { this.channel = channel; this.value = value; }

        @Override public Object poll(Waiter w, int index) { return channel.offer(value) ? this : NOT_READY; }

        @Override public void register(Waiter w, int index) { channel.putters.add(w, index, null); }

        @Override public void unregister(Waiter w) { channel.putters.remove(w); }

        @Override public String toString() { return "#<evt>"; }
    }

    @Override public String toString() { return "#<async-channel>"; }
}
