package org.jracket.runtime.data;

/** The end-of-file value {@code #<eof>}. */
public final class Eof {
    public static final Eof EOF = new Eof();
    private Eof() {}
    @Override public String toString() { return "#<eof>"; }
}
