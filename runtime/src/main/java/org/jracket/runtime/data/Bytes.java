package org.jracket.runtime.data;

import java.util.Arrays;

/** A Racket byte string; mutable unless made immutable (literals are immutable). */
public final class Bytes {
    public byte[] bytes;
    public final boolean immutable;

    public Bytes(byte[] bytes, boolean immutable) { this.bytes = bytes; this.immutable = immutable; }

    public int length() { return bytes.length; }

    public boolean contentEquals(Bytes o) { return Arrays.equals(bytes, o.bytes); }

    @Override public int hashCode() { return Arrays.hashCode(bytes); }
}
