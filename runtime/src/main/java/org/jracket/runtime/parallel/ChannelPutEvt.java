package org.jracket.runtime.parallel;

/** {@code channel-put-evt}: ready when a get takes the value; its result is itself. */
final class ChannelPutEvt implements BaseEvt {
    final Channel channel;
    final Object value;

    ChannelPutEvt(Channel channel, Object value) { this.channel = channel; this.value = value; }

    @Override public Object poll(Waiter w, int index) {
        Offer get = channel.getters.takeLive(w);
        if (get == null) return NOT_READY;
        get.waiter().commit(get.index(), value);
        return this;
    }

    @Override public void register(Waiter w, int index) {
        channel.putters.add(w, index, new Channel.PutPayload(value, this));
    }

    @Override public void unregister(Waiter w) { channel.putters.remove(w); }

    @Override public String toString() { return "#<channel-put-evt>"; }
}
