package org.jracket.runtime.data;

import java.lang.ref.WeakReference;

/** A weak box: holds its value until the garbage collector reclaims it (prints as #<weak-box>). */
public final class WeakBox {
    private final WeakReference<Object> ref;

    public WeakBox(Object v) { ref = new WeakReference<>(v); }

    /** The value, or null once it has been collected. */
    public Object get() { return ref.get(); }

    @Override public String toString() { return "#<weak-box>"; }
}
