package org.jracket.runtime.eval;

import org.jracket.runtime.data.MultipleValues;

/** The continuation of a {@code call/ec}: applying it unwinds to that call's return. */
public final class EscapeContinuation extends ControlProcedure {
    /** False once the call/ec that made it has returned: escaping to it is then an error. */
    volatile boolean active = true;

    EscapeContinuation() { super(null, -1L); }

    @Override Object applyControl(Machine m, Object[] args) {
        if (!active) {
            throw org.jracket.runtime.exn.Errors.raise(org.jracket.runtime.exn.ExnTypes.CONTINUATION,
                "continuation application: attempt to jump into an escape continuation");
        }
        throw new EscapeSignal(this, MultipleValues.of(args), m.winders);
    }

    @Override public String toString() { return "#<escape-continuation>"; }
}
