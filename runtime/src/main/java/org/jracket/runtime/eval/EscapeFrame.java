package org.jracket.runtime.eval;

/** A {@code call/ec} moved to the heap: returns what its body (or an escape to it) gives. */
final class EscapeFrame extends ContFrame {
    private final EscapeContinuation k;

    EscapeFrame(EscapeContinuation k) { this.k = k; }

    @Override Object resume(Object value, Machine m) { k.active = false; return value; }

    @Override boolean isEscapeTarget(EscapeContinuation target) { return target == k; }
}
