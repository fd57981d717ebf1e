package org.jracket.runtime.data;

/** A Racket box; mutable unless immutable (literal {@code #&v} boxes are immutable). */
public final class Box {
    public volatile Object value;
    public final boolean immutable;

    public Box(Object value, boolean immutable) { this.value = value; this.immutable = immutable; }
}
