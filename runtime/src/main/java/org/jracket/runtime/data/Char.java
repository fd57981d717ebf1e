package org.jracket.runtime.data;

/** A Racket character: one Unicode scalar value. Latin-1 characters are cached. */
public final class Char {
    private static final Char[] CACHE = new Char[256];
    static { for (int i = 0; i < 256; i++) CACHE[i] = new Char(i); }

    public final int code;

    private Char(int code) { this.code = code; }

    public static Char of(int code) { return code >= 0 && code < 256 ? CACHE[code] : new Char(code); }

    @Override public boolean equals(Object o) { return o instanceof Char c && c.code == code; }
    @Override public int hashCode() { return code; }
    @Override public String toString() { return new String(Character.toChars(code)); }
}
