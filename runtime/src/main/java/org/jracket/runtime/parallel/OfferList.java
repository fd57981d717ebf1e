package org.jracket.runtime.parallel;

import java.util.ArrayList;

/** The offers registered with one event, in arrival order (guarded by the place lock). */
final class OfferList {
    private final ArrayList<Offer> offers = new ArrayList<>(2);

    void add(Waiter w, int index, Object payload) { offers.add(new Offer(w, index, payload)); }

    void remove(Waiter w) { offers.removeIf(o -> o.waiter() == w); }

    /** Takes the first offer that can still be committed (not w's own), or null. */
    Offer takeLive(Waiter self) {
        for (int i = 0; i < offers.size(); i++) {
            Offer o = offers.get(i);
            if (o.live(self)) {
                offers.remove(i);
                return o;
            }
        }
        return null;
    }

    /** Commits every live offer with result r, or its payload when r is null. */
    void commitAll(Object r) {
        for (Offer o : offers) if (!o.waiter().committed) o.waiter().commit(o.index(), r == null ? o.payload() : r);
        offers.clear();
    }

    void wakeAll() {
        for (Offer o : offers) o.waiter().wake();
    }
}
