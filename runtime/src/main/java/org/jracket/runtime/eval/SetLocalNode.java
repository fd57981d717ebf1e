package org.jracket.runtime.eval;

import org.jracket.runtime.data.VoidValue;

/** {@code (set! local e)}. */
final class SetLocalNode extends Node {
    final int depth, slot;
    final Node value;

    SetLocalNode(int depth, int slot, Node value) { this.depth = depth; this.slot = slot; this.value = value; }

    @Override Object eval(Object[] f, Machine m) {
        Object v;
        try {
            v = value.eval(f, m);
        } catch (CaptureSignal s) {
            s.push(new Resume(this, f), m);
            throw s;
        }
        return assign(f, v);
    }

    Object assign(Object[] f, Object v) {
        for (int d = depth; d > 0; d--) f = (Object[]) f[0];
        f[slot] = ValuesCheck.single(v);
        return VoidValue.VOID;
    }

    private static final class Resume extends ContFrame {
        final SetLocalNode node; final Object[] f;
        Resume(SetLocalNode node, Object[] f) { this.node = node; this.f = f; }
        @Override Object resume(Object v, Machine m) { return node.assign(f, v); }
    }
}
