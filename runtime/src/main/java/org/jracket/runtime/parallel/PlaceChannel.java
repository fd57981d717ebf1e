package org.jracket.runtime.parallel;

import org.jracket.runtime.exn.Errors;

/**
 * One end of a place channel: it receives from one queue and sends to the other, and the
 * other end the reverse. As an event it is ready with the next message.
 */
final class PlaceChannel implements BaseEvt {
    final WaitQueue in;
    final WaitQueue out;

    private PlaceChannel(WaitQueue in, WaitQueue out) { this.in = in; this.out = out; }

    /** A connected pair of ends. */
    static PlaceChannel[] pair() {
        WaitQueue a = new WaitQueue(), b = new WaitQueue();
        return new PlaceChannel[] {new PlaceChannel(a, b), new PlaceChannel(b, a)};
    }

    void put(Object v) {
        Object m = PlaceMessages.copy(v);
        if (m == PlaceMessages.NOT_ALLOWED) throw Errors.contract("place-channel-put", "place-message-allowed?", v);
        out.put(m);
        PlaceEvents.log("put", null);
    }

    @Override public Object poll(Waiter w, int index) {
        Object m = in.poll();
        if (m != NOT_READY) PlaceEvents.log("get", null);
        return m;
    }

    @Override public void register(Waiter w, int index) { in.register(w); }

    @Override public void unregister(Waiter w) { in.unregister(w); }

    @Override public String toString() { return "#<place-channel>"; }
}
