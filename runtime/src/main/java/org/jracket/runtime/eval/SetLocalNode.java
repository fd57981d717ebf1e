package org.jracket.runtime.eval;

import org.jracket.runtime.data.VoidValue;

/** {@code (set! local e)}. */
final class SetLocalNode extends AssignNode {
    final int depth, slot;

    SetLocalNode(int depth, int slot, Node value) { super(value); this.depth = depth; this.slot = slot; }

    @Override Object assign(Object[] f, Object v) {
        for (int d = depth; d > 0; d--) f = (Object[]) f[0];
        f[slot] = ValuesCheck.single(v);
        return VoidValue.VOID;
    }
}
