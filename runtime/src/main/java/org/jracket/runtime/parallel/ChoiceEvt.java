package org.jracket.runtime.parallel;

/** {@code choice-evt}: ready when any of its events is; the result is that event's. */
final class ChoiceEvt {
    final Object[] evts;

    ChoiceEvt(Object[] evts) { this.evts = evts; }

    @Override public String toString() { return "#<evt>"; }
}
