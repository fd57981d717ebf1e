package org.jracket.runtime.eval;

import org.jracket.runtime.data.MultipleValues;

/** The continuation of a {@code call/ec}: applying it unwinds to that call's return. */
public final class EscapeContinuation extends ControlProcedure {
    EscapeContinuation() { super(null, -1L); }

    @Override Object applyControl(Machine m, Object[] args) {
        throw new EscapeSignal(this, MultipleValues.of(args), m.winders);
    }

    @Override public String toString() { return "#<escape-continuation>"; }
}
