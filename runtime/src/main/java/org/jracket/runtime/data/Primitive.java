package org.jracket.runtime.data;

import org.jracket.runtime.exn.Errors;

/**
 * A procedure implemented in Java. Primitives are immutable and shared by every place and
 * guest in the host. Build them with the {@code of*} factories; the arity checks and
 * Racket's arity-error messages are handled here, so bodies only see valid counts.
 */
public abstract class Primitive extends Procedure {
    @FunctionalInterface public interface F0 { Object call(); }
    @FunctionalInterface public interface F1 { Object call(Object a); }
    @FunctionalInterface public interface F2 { Object call(Object a, Object b); }
    @FunctionalInterface public interface F3 { Object call(Object a, Object b, Object c); }
    @FunctionalInterface public interface FN { Object call(Object[] args); }

    public final String name;
    public final int minArity;
    /** -1 for no upper bound. */
    public final int maxArity;

    protected Primitive(String name, int minArity, int maxArity) {
        this.name = name; this.minArity = minArity; this.maxArity = maxArity;
    }

    @Override public String name() { return name; }
    @Override public long arityMask() { return maskRange(minArity, maxArity); }

    protected final RuntimeException arityError(Object[] args) {
        return Errors.arityMismatch(this, args);
    }

    public static Primitive of0(String name, F0 f) {
        return new Primitive(name, 0, 0) {
            @Override public Object apply0() { return f.call(); }
            @Override public Object apply(Object[] a) { if (a.length != 0) throw arityError(a); return f.call(); }
        };
    }

    public static Primitive of1(String name, F1 f) {
        return new Primitive(name, 1, 1) {
            @Override public Object apply1(Object x) { return f.call(x); }
            @Override public Object apply(Object[] a) { if (a.length != 1) throw arityError(a); return f.call(a[0]); }
        };
    }

    public static Primitive of2(String name, F2 f) {
        return new Primitive(name, 2, 2) {
            @Override public Object apply2(Object x, Object y) { return f.call(x, y); }
            @Override public Object apply(Object[] a) { if (a.length != 2) throw arityError(a); return f.call(a[0], a[1]); }
        };
    }

    public static Primitive of3(String name, F3 f) {
        return new Primitive(name, 3, 3) {
            @Override public Object apply3(Object x, Object y, Object z) { return f.call(x, y, z); }
            @Override public Object apply(Object[] a) { if (a.length != 3) throw arityError(a); return f.call(a[0], a[1], a[2]); }
        };
    }

    /** A primitive taking min..max arguments (max -1: any number), all passed as an array. */
    public static Primitive ofN(String name, int min, int max, FN f) {
        return new Primitive(name, min, max) {
            @Override public Object apply(Object[] a) {
                if (a.length < min || (max >= 0 && a.length > max)) throw arityError(a);
                return f.call(a);
            }
            @Override public Object apply0() { return apply(NO_ARGS); }
        };
    }

    @Override public String toString() { return "#<procedure:" + name + ">"; }
}
