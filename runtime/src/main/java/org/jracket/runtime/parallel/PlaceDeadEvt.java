package org.jracket.runtime.parallel;

/** {@code place-dead-evt}: ready (with itself) once the place has ended. */
final class PlaceDeadEvt implements BaseEvt {
    final Place place;

    PlaceDeadEvt(Place place) { this.place = place; }

    @Override public Object poll(Waiter w, int index) { return place.status() != null ? this : NOT_READY; }

    @Override public void register(Waiter w, int index) { place.onEnd(w); }

    @Override public void unregister(Waiter w) { place.cancelOnEnd(w); }

    @Override public String toString() { return "#<place-dead-evt>"; }
}
