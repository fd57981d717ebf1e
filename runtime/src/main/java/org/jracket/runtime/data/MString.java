package org.jracket.runtime.data;

import java.util.Arrays;

/**
 * A Racket string: a sequence of Unicode scalar values, mutable unless made immutable
 * (literals and {@code string->immutable-string} results are immutable). Stored as code
 * points so that indexing is O(1) by character, as Racket requires.
 */
public final class MString {
    public int[] chars;
    public final boolean immutable;

    public MString(int[] chars, boolean immutable) { this.chars = chars; this.immutable = immutable; }

    public static MString mutable(String s) { return new MString(s.codePoints().toArray(), false); }
    public static MString immutable(String s) { return new MString(s.codePoints().toArray(), true); }

    public int length() { return chars.length; }

    @Override public String toString() { return new String(chars, 0, chars.length); }

    public boolean contentEquals(MString o) { return Arrays.equals(chars, o.chars); }

    @Override public int hashCode() { return Arrays.hashCode(chars); }
}
