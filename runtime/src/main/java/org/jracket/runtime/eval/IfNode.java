package org.jracket.runtime.eval;

/** {@code (if test then else)}. */
final class IfNode extends Node {
    final Node test, then, otherwise;

    IfNode(Node test, Node then, Node otherwise) { this.test = test; this.then = then; this.otherwise = otherwise; }

    @Override Object eval(Object[] f, Machine m) {
        Object t;
        try {
            t = test.eval(f, m);
        } catch (CaptureSignal s) {
            s.push(new Resume(this, f), m);
            throw s;
        }
        return (t != Boolean.FALSE ? then : otherwise).eval(f, m);
    }

    /** The frame recorded when the test captures (compiled bodies record the same). */
    ContFrame awaitTest(Object[] f) { return new Resume(this, f); }

    private static final class Resume extends ContFrame {
        final IfNode node; final Object[] f;
        Resume(IfNode node, Object[] f) { this.node = node; this.f = f; }
        @Override Object resume(Object t, Machine m) {
            return (ValuesCheck.single(t) != Boolean.FALSE ? node.then : node.otherwise).eval(f, m);
        }
    }
}
