package org.jracket.runtime.parallel;

import org.jracket.runtime.data.Procedure;

/** {@code wrap-evt} and {@code handle-evt}: the inner event's result goes through proc. */
final class WrapEvt {
    final Object evt;
    final Procedure proc;
    final boolean handle;

    WrapEvt(Object evt, Procedure proc, boolean handle) { this.evt = evt; this.proc = proc; this.handle = handle; }

    @Override public String toString() { return handle ? "#<handle-evt>" : "#<evt>"; }
}
