package org.jracket.runtime.data;

/** The {@code #<void>} value. */
public final class VoidValue {
    public static final VoidValue VOID = new VoidValue();
    private VoidValue() {}
    @Override public String toString() { return "#<void>"; }
}
