package org.jracket.runtime.eval;

/** Per-thread evaluator state (placeholder; being written). */
public final class Machine {
    static final Object TAIL = new Object();
    private static final ThreadLocal<Machine> CURRENT = ThreadLocal.withInitial(Machine::new);

    public static Machine current() { return CURRENT.get(); }

    Object runLinklet(CompiledLinklet cl, Variable[] table) {
        throw new UnsupportedOperationException("evaluator not yet implemented");
    }
}
