package org.jracket.runtime.eval;

import org.jracket.runtime.data.Procedure;

/**
 * A Racket parameter. Its value is looked up in the current parameterization (which
 * {@code parameterize} extends through a continuation mark); a parameter's root value lives
 * in a per-place cell, so one Parameter object can be shared by all places.
 */
public final class Parameter extends Procedure {
    private final String name;
    /** Guard procedure applied to new values, or null. */
    public final Procedure guard;
    final Object initial;

    public Parameter(String name, Object initial, Procedure guard) {
        this.name = name; this.initial = initial; this.guard = guard;
    }

    /** The current value (as {@code (p)}). */
    public Object get() { return Parameterization.current().cell(this).value; }

    /** Sets the current value (as {@code (p v)}); the guard, if any, is applied. */
    public void set(Object v) {
        Parameterization.current().cell(this).value = guard == null ? v : guard.apply1(v);
    }

    @Override public Object apply(Object[] args) {
        if (args.length == 0) return get();
        if (args.length == 1) { set(args[0]); return org.jracket.runtime.data.VoidValue.VOID; }
        throw org.jracket.runtime.exn.Errors.arityMismatch(this, args);
    }

    @Override public Object apply0() { return get(); }

    @Override public long arityMask() { return 3; }

    @Override public String name() { return name; }
}
