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

    public static Primitive of0(String name, F0 f) { return new P0(name, f); }
    public static Primitive of1(String name, F1 f) { return new P1(name, f); }
    public static Primitive of2(String name, F2 f) { return new P2(name, f); }
    public static Primitive of3(String name, F3 f) { return new P3(name, f); }

    // Named classes with the body as a public field: compiled code calls the body's
    // interface method at its own call site, where the JIT sees (and inlines) one target.

    /** A primitive of exactly 0 arguments. */
    public static final class P0 extends Primitive {
        public final F0 fn;
        P0(String name, F0 fn) { super(name, 0, 0); this.fn = fn; }
        @Override public Object apply0() { return fn.call(); }
        @Override public Object apply(Object[] a) { if (a.length != 0) throw arityError(a); return fn.call(); }
    }

    /** A primitive of exactly 1 argument. */
    public static final class P1 extends Primitive {
        public final F1 fn;
        P1(String name, F1 fn) { super(name, 1, 1); this.fn = fn; }
        @Override public Object apply1(Object x) { return fn.call(x); }
        @Override public Object apply(Object[] a) { if (a.length != 1) throw arityError(a); return fn.call(a[0]); }
    }

    /** A primitive of exactly 2 arguments. */
    public static final class P2 extends Primitive {
        public final F2 fn;
        P2(String name, F2 fn) { super(name, 2, 2); this.fn = fn; }
        @Override public Object apply2(Object x, Object y) { return fn.call(x, y); }
        @Override public Object apply(Object[] a) { if (a.length != 2) throw arityError(a); return fn.call(a[0], a[1]); }
    }

    /** A primitive of exactly 3 arguments. */
    public static final class P3 extends Primitive {
        public final F3 fn;
        P3(String name, F3 fn) { super(name, 3, 3); this.fn = fn; }
        @Override public Object apply3(Object x, Object y, Object z) { return fn.call(x, y, z); }
        @Override public Object apply(Object[] a) { if (a.length != 3) throw arityError(a); return fn.call(a[0], a[1], a[2]); }
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
