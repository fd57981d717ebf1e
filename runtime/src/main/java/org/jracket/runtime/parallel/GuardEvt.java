package org.jracket.runtime.parallel;

import org.jracket.runtime.data.Procedure;

/**
 * {@code guard-evt} and {@code nack-guard-evt}: the event is made by proc each time a sync
 * starts; a nack guard's proc receives an event that becomes ready if the event it made is
 * not the one chosen.
 */
final class GuardEvt {
    final Procedure proc;
    final boolean nack;

    GuardEvt(Procedure proc, boolean nack) { this.proc = proc; this.nack = nack; }

    @Override public String toString() { return "#<evt>"; }
}
