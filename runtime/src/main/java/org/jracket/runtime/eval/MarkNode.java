package org.jracket.runtime.eval;

/**
 * {@code (with-continuation-mark key value body)}. In tail position the mark is set on the
 * current frame (replacing the frame's mark for the same key, so loops through marks run
 * in constant space); otherwise the body gets a frame of its own.
 */
final class MarkNode extends Node {
    final Node key, value, body;
    final boolean tail;

    MarkNode(Node key, Node value, Node body, boolean tail) { this.key = key; this.value = value; this.body = body; this.tail = tail; }

    @Override Object eval(Object[] f, Machine m) {
        Object k = null, v;
        try {
            k = key.eval(f, m);
            v = value.eval(f, m);
        } catch (CaptureSignal s) {
            s.push(new Resume(this, f, k), m);
            throw s;
        }
        return withMark(k, v, f, m);
    }

    Object withMark(Object k, Object v, Object[] f, Machine m) {
        if (tail) {
            m.setMark(k, v);
            return body.eval(f, m);
        }
        MarkFrame savedMarks = m.marks, savedBase = m.frameBase;
        m.frameBase = m.marks;
        m.setMark(k, v);
        try {
            return body.eval(f, m);
        } finally {
            m.marks = savedMarks;
            m.frameBase = savedBase;
        }
    }

    private static final class Resume extends ContFrame {
        final MarkNode node; final Object[] f; final Object key;
        Resume(MarkNode node, Object[] f, Object key) { this.node = node; this.f = f; this.key = key; }
        @Override Object resume(Object v, Machine m) {
            if (key == null) {
                // The key was being computed; now compute the value.
                Object val = node.value.eval(f, m);
                return node.withMark(v, val, f, m);
            }
            return node.withMark(key, v, f, m);
        }
    }
}
