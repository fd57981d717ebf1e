package org.jracket.runtime.parallel;

/**
 * A Racket semaphore. A post with syncs waiting hands the unit directly to the first of them
 * (so waiters are served in order); peeking waiters are all released without taking it.
 */
final class Semaphore implements BaseEvt {
    long count;
    final OfferList waiters = new OfferList();
    final OfferList peekers = new OfferList();

    Semaphore(long count) { this.count = count; }

    void post() {
        if (count == 0) peekers.commitAll(null);
        Offer o = waiters.takeLive(null);
        if (o != null) o.waiter().commit(o.index(), this);
        else count++;
    }

    boolean tryWait() {
        if (count > 0) { count--; return true; }
        return false;
    }

    @Override public Object poll(Waiter w, int index) { return tryWait() ? this : NOT_READY; }

    @Override public void register(Waiter w, int index) { waiters.add(w, index, null); }

    @Override public void unregister(Waiter w) { waiters.remove(w); }

    @Override public String toString() { return "#<semaphore>"; }
}
