package org.jracket.runtime.data;

/** A mutable pair ({@code mcons}); never a list for {@code list?}. */
public final class MPair {
    public volatile Object car;
    public volatile Object cdr;

    public MPair(Object car, Object cdr) { this.car = car; this.cdr = cdr; }
}
