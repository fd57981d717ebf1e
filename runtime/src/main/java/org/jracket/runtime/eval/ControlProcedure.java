package org.jracket.runtime.eval;

import org.jracket.runtime.data.Procedure;

/**
 * A procedure implemented in Java that takes part in Racket control: it may make a tail
 * call (returning {@link Machine#TAIL}) or capture continuations (apply, call/cc,
 * dynamic-wind, call-with-values, ...). The evaluator calls {@link #applyControl}
 * directly; Java callers go through {@link #apply}, which runs it to completion.
 */
public abstract class ControlProcedure extends Procedure {
    private final String name;
    private final long mask;

    protected ControlProcedure(String name, long arityMask) { this.name = name; this.mask = arityMask; }

    abstract Object applyControl(Machine m, Object[] args);

    @Override public Object apply(Object[] args) { return Machine.current().applyFromJava(this, args); }

    @Override public long arityMask() { return mask; }

    @Override public String name() { return name; }

    /** Checks the argument count, raising Racket's arity error. */
    final void checkArity(Object[] args) {
        if (!acceptsArity(args.length)) throw org.jracket.runtime.exn.Errors.arityMismatch(this, args);
    }
}
