package org.jracket.runtime.eval;

/** {@code (begin e ...)}: all but the last are evaluated for effect. */
final class SeqNode extends Node {
    final Node[] body;

    SeqNode(Node[] body) { this.body = body; }

    @Override Object eval(Object[] f, Machine m) { return from(0, f, m); }

    Object from(int start, Object[] f, Machine m) {
        int last = body.length - 1;
        int i = start;
        try {
            for (; i < last; i++) body[i].eval(f, m);
        } catch (CaptureSignal s) {
            s.push(new Resume(this, f, i + 1), m);
            throw s;
        }
        return body[last].eval(f, m);
    }

    /** The frame recorded when item i captures. */
    ContFrame awaitItem(Object[] f, int i) { return new Resume(this, f, i + 1); }

    private static final class Resume extends ContFrame {
        final SeqNode node; final Object[] f; final int next;
        Resume(SeqNode node, Object[] f, int next) { this.node = node; this.f = f; this.next = next; }
        @Override Object resume(Object ignored, Machine m) { return node.from(next, f, m); }
    }
}
