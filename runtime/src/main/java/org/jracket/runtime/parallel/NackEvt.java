package org.jracket.runtime.parallel;

/** The event given to a nack guard: ready once the sync ended without choosing the guard's event. */
final class NackEvt implements BaseEvt {
    private volatile boolean ready;
    private final OfferList waiters = new OfferList();

    void fire() {
        if (ready) return;
        ready = true;
        waiters.commitAll(null);
    }

    @Override public Object poll(Waiter w, int index) { return ready ? org.jracket.runtime.data.VoidValue.VOID : NOT_READY; }

    @Override public void register(Waiter w, int index) { waiters.add(w, index, org.jracket.runtime.data.VoidValue.VOID); }

    @Override public void unregister(Waiter w) { waiters.remove(w); }

    @Override public String toString() { return "#<evt>"; }
}
