package org.jracket.runtime.eval;

/**
 * {@code let-values} and {@code letrec-values}: evaluates each right-hand side in order and
 * stores its values in frame slots (scoping was settled by the compiler), then the body.
 */
final class BindNode extends Node {
    final int[][] slots;
    final Node[] rhs;
    final Node body;

    BindNode(int[][] slots, Node[] rhs, Node body) { this.slots = slots; this.rhs = rhs; this.body = body; }

    @Override Object eval(Object[] f, Machine m) { return from(0, f, m); }

    Object from(int start, Object[] f, Machine m) {
        int i = start;
        try {
            for (; i < rhs.length; i++) store(i, rhs[i].eval(f, m), f);
        } catch (CaptureSignal s) {
            s.push(new Resume(this, f, i), m);
            throw s;
        }
        return body.eval(f, m);
    }

    void store(int i, Object v, Object[] f) {
        int[] ss = slots[i];
        if (ss.length == 1) {
            f[ss[0]] = ValuesCheck.single(v);
        } else {
            Object[] vals = ValuesCheck.spread(v, ss.length);
            for (int j = 0; j < ss.length; j++) f[ss[j]] = vals[j];
        }
    }

    /** The frame recorded when right-hand side i captures. */
    ContFrame awaitRhs(Object[] f, int i) { return new Resume(this, f, i); }

    private static final class Resume extends ContFrame {
        final BindNode node; final Object[] f; final int index;
        Resume(BindNode node, Object[] f, int index) { this.node = node; this.f = f; this.index = index; }
        @Override Object resume(Object v, Machine m) {
            node.store(index, v, f);
            return node.from(index + 1, f, m);
        }
    }
}
