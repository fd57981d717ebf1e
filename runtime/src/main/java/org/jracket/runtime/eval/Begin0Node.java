package org.jracket.runtime.eval;

/** {@code (begin0 first rest ...)}: the first expression's values are the result. */
final class Begin0Node extends Node {
    final Node first;
    final Node[] rest;

    Begin0Node(Node first, Node[] rest) { this.first = first; this.rest = rest; }

    @Override Object eval(Object[] f, Machine m) {
        Object v;
        try {
            v = first.eval(f, m);
        } catch (CaptureSignal s) {
            s.push(new Resume(this, f, 0, null), m);
            throw s;
        }
        return after(v, 0, f, m);
    }

    Object after(Object v, int start, Object[] f, Machine m) {
        int i = start;
        try {
            for (; i < rest.length; i++) rest[i].eval(f, m);
        } catch (CaptureSignal s) {
            s.push(new Resume(this, f, i + 1, v), m);
            throw s;
        }
        return v;
    }

    private static final class Resume extends ContFrame {
        final Begin0Node node; final Object[] f; final int next; final Object saved;
        Resume(Begin0Node node, Object[] f, int next, Object saved) { this.node = node; this.f = f; this.next = next; this.saved = saved; }
        @Override Object resume(Object v, Machine m) {
            // While the first expression runs, its value is what arrives; afterwards it was saved.
            return next == 0 ? node.after(v, 0, f, m) : node.after(saved, next, f, m);
        }
    }
}
