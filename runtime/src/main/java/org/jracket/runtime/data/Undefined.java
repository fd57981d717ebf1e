package org.jracket.runtime.data;

/**
 * Marker held by a variable before its definition runs (letrec and module-level forward
 * references); reading it raises Racket's "cannot use before initialization" error.
 */
public final class Undefined {
    public static final Undefined UNDEFINED = new Undefined();
    /**
     * racket/undefined's {@code undefined}: prints the same, but is an ordinary value, never
     * taken for a variable not yet initialized.
     */
    public static final Undefined VALUE = new Undefined();
    private Undefined() {}
    @Override public String toString() { return "#<undefined>"; }
}
