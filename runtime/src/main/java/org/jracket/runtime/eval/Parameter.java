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
    /**
     * For a derived parameter (make-derived-parameter): the parameter whose value it reads and
     * sets (its guard runs first, then the base's), and the procedure applied to values read.
     */
    final Parameter base;
    private final Procedure wrap;

    public Parameter(String name, Object initial, Procedure guard) { this(name, initial, guard, null, null); }

    private Parameter(String name, Object initial, Procedure guard, Parameter base, Procedure wrap) {
        this.name = name; this.initial = initial; this.guard = guard; this.base = base; this.wrap = wrap;
    }

    /** make-derived-parameter: a view of base with its own guard and a wrapper for values read. */
    public static Parameter derived(Parameter base, Procedure guard, Procedure wrap) {
        return new Parameter("parameter-procedure", null, guard, base, wrap);
    }

    /** The parameter that owns the value cell: this one, or the base of a derived one. */
    Parameter root() { return base == null ? this : base.root(); }

    /** The current value (as {@code (p)}). */
    public Object get() {
        return base == null ? Parameterization.current().cell(this).value : wrap.apply1(base.get());
    }

    /** Sets the current value (as {@code (p v)}); the guard, if any, is applied. */
    public void set(Object v) {
        Object g = guard == null ? v : guard.apply1(v);
        if (base == null) Parameterization.current().cell(this).value = g;
        else base.set(g);
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
