package org.jracket.runtime.parallel;

/**
 * A synchronous channel: a put and a get complete together. As an event, the channel is
 * its get; {@link ChannelPutEvt} is the put. A blocked side leaves an offer; the other side
 * finds it and completes both syncs at once (under the place lock).
 */
final class Channel implements BaseEvt {
    /** Blocked gets. */
    final OfferList getters = new OfferList();
    /** Blocked puts; payload: the value. */
    final OfferList putters = new OfferList();

    @Override public Object poll(Waiter w, int index) {
        Offer put = putters.takeLive(w);
        if (put == null) return NOT_READY;
        put.waiter().commit(put.index(), put.payload() instanceof PutPayload p ? p.evt : put.payload());
        return ((PutPayload) put.payload()).value;
    }

    @Override public void register(Waiter w, int index) { getters.add(w, index, null); }

    @Override public void unregister(Waiter w) { getters.remove(w); }

    /** What a blocked put offers: its value, and its event (the put's result). */
    record PutPayload(Object value, ChannelPutEvt evt) {}

    @Override public String toString() { return "#<channel>"; }
}
