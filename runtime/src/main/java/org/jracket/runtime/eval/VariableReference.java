package org.jracket.runtime.eval;

/**
 * A {@code #<variable-reference>}: identifies the linklet instance (and optionally one of its
 * variables) it was made in; the module system maps the table back to its module instance.
 */
public final class VariableReference {
    public final CompiledLinklet linklet;
    public final Variable[] table;
    /** -1 for the anonymous form. */
    public final int slot;

    VariableReference(CompiledLinklet linklet, Variable[] table, int slot) {
        this.linklet = linklet; this.table = table; this.slot = slot;
    }

    @Override public String toString() { return "#<variable-reference>"; }
}
