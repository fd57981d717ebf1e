package org.jracket.runtime.eval;

/** {@code (#%variable-reference)}: a reference to the running linklet instance. */
final class VariableReferenceNode extends Node {
    final CompiledLinkletRef linklet;
    final int slot;

    VariableReferenceNode(CompiledLinkletRef linklet, int slot) { this.linklet = linklet; this.slot = slot; }

    @Override Object eval(Object[] f, Machine m) {
        return new VariableReference(linklet.get(), (Variable[]) f[1], slot);
    }

    /** Set after compilation finishes (the node is built before its linklet exists). */
    static final class CompiledLinkletRef {
        private CompiledLinklet value;
        CompiledLinklet get() { return value; }
        void set(CompiledLinklet v) { value = v; }
    }
}
