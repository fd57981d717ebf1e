package org.jracket.runtime.expand;

/** Marker for the "module" of top-level (namespace) bindings. */
public final class TopLevel {
    private TopLevel() {}

    public static final Object MODULE = new Object() {
        @Override public String toString() { return "top-level"; }
    };
}
