package org.jracket.runtime.eval;

import org.jracket.runtime.data.Procedure;

/** A lambda's code paired with the frame it closed over. */
public final class Closure extends Procedure {
    final LambdaCode code;
    final Object[] env;

    Closure(LambdaCode code, Object[] env) { this.code = code; this.env = env; }

    @Override public Object apply(Object[] args) { return Machine.current().applyFromJava(this, args); }

    @Override public long arityMask() { return code.arityMask; }

    /** Set once, right after creation, for a keyword procedure's positional entry; else null. */
    private Object arityErrorOwner;

    @Override public Object arityErrorOwner() { return arityErrorOwner; }

    @Override public boolean setArityErrorOwner(Object owner) {
        arityErrorOwner = owner;
        return true;
    }

    @Override public String name() { return code.name; }
}
