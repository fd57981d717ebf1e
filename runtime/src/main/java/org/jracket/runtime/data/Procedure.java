package org.jracket.runtime.data;

/**
 * Anything applicable: primitives, closures, continuations, parameters, applicable structs.
 *
 * <p>{@link #apply} runs the call to completion (tail calls inside it are trampolined by the
 * evaluator), so Java code may call any procedure directly. The fixed-arity entry points
 * exist so that hot calls from the evaluator and from primitives avoid allocating argument
 * arrays; subclasses override the ones they can serve directly.
 */
public abstract class Procedure {
    public static final Object[] NO_ARGS = new Object[0];

    public abstract Object apply(Object[] args);

    public Object apply0() { return apply(NO_ARGS); }
    public Object apply1(Object a) { return apply(new Object[] {a}); }
    public Object apply2(Object a, Object b) { return apply(new Object[] {a, b}); }
    public Object apply3(Object a, Object b, Object c) { return apply(new Object[] {a, b, c}); }

    /**
     * Racket's arity mask: bit n is set when n arguments are accepted; a negative mask means
     * "this many or more" (e.g. -2 accepts 1 or more), as {@code procedure-arity-mask} returns.
     */
    public abstract long arityMask();

    /** The name shown as {@code #<procedure:name>}, or null for an anonymous procedure. */
    public abstract String name();

    /**
     * The value that reports this procedure's arity errors instead of the usual message, or
     * null: a keyword procedure, for its positional entry (see {@code exn.ArityErrorHandlers}).
     */
    public Object arityErrorOwner() { return null; }

    /** Records the arity-error owner; false if this kind of procedure keeps none. */
    public boolean setArityErrorOwner(Object owner) { return false; }

    public boolean acceptsArity(int n) {
        long m = arityMask();
        return n < 63 ? (m & (1L << n)) != 0 : m < 0;
    }

    /** Mask for exactly n arguments. */
    public static long maskExactly(int n) { return 1L << n; }

    /** Mask for min..max arguments (max &lt; 0 means no upper bound). */
    public static long maskRange(int min, int max) {
        if (max < 0) return -1L << min;
        long m = 0;
        for (int i = min; i <= max; i++) m |= 1L << i;
        return m;
    }
}
