package org.jracket.runtime.eval;

/**
 * A node that evaluates one value and then stores it (set! of a local, define-values and
 * set! of a linklet variable). If the value's evaluation captures the continuation, the
 * store is what remains to be done, so that is the recorded frame.
 */
abstract class AssignNode extends Node {
    final Node value;

    AssignNode(Node value) { this.value = value; }

    /** Stores v (the value's result) and returns the node's result. */
    abstract Object assign(Object[] f, Object v);

    @Override final Object eval(Object[] f, Machine m) {
        Object v;
        try {
            v = value.eval(f, m);
        } catch (CaptureSignal s) {
            s.push(new Resume(this, f), m);
            throw s;
        }
        return assign(f, v);
    }

    /** The frame recorded when the value's evaluation captures. */
    ContFrame awaitValue(Object[] f) { return new Resume(this, f); }

    private static final class Resume extends ContFrame {
        final AssignNode node; final Object[] f;
        Resume(AssignNode node, Object[] f) { this.node = node; this.f = f; }
        @Override Object resume(Object v, Machine m) { return node.assign(f, v); }
    }
}
