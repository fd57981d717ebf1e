package org.jracket.runtime.eval;

/** Reads a local: {@code depth} frames out, at {@code slot}. */
final class LocalRefNode extends Node {
    final int depth;
    final int slot;
    /** Set for letrec-bound locals, which can be read before initialization. */
    final String checkName;

    LocalRefNode(int depth, int slot, String checkName) { this.depth = depth; this.slot = slot; this.checkName = checkName; }

    @Override Object eval(Object[] f, Machine m) {
        for (int d = depth; d > 0; d--) f = (Object[]) f[0];
        Object v = f[slot];
        if (checkName != null && v == null) throw CompiledCode.usedBeforeDefinition(checkName);
        return v;
    }
}
