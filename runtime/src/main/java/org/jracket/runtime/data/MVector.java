package org.jracket.runtime.data;

/** A Racket vector; mutable unless made immutable (literals are immutable). */
public final class MVector {
    public final Object[] items;
    public final boolean immutable;

    public MVector(Object[] items, boolean immutable) { this.items = items; this.immutable = immutable; }

    public int length() { return items.length; }
}
