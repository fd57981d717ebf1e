package org.jracket.runtime.data;

/** The empty list {@code '()}. */
public final class Null {
    public static final Null NULL = new Null();
    private Null() {}
    @Override public String toString() { return "()"; }
}
