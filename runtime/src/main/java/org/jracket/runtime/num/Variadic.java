package org.jracket.runtime.num;

import org.jracket.runtime.data.Primitive;

/**
 * A left-folding numeric primitive such as + or *, with allocation-free one- and
 * two-argument entry points (the common calls from compiled code).
 */
final class Variadic extends Primitive {
    interface Op { Object apply(Object a, Object b); }
    interface Unary { Object apply(Object a); }

    private final Op op;
    private final Unary one;
    private final Object zeroArgs;

    /** zeroArgs is the result for no arguments, or null when at least one is required. */
    Variadic(String name, Object zeroArgs, Unary one, Op op) {
        super(name, zeroArgs == null ? 1 : 0, -1);
        this.op = op; this.one = one; this.zeroArgs = zeroArgs;
    }

    @Override public Object apply0() { return zeroArgs != null ? zeroArgs : apply(NO_ARGS); }
    @Override public Object apply1(Object a) { return one.apply(a); }
    @Override public Object apply2(Object a, Object b) { return op.apply(a, b); }

    @Override public Object apply(Object[] args) {
        switch (args.length) {
            case 0: if (zeroArgs == null) throw arityError(args); return zeroArgs;
            case 1: return one.apply(args[0]);
            default:
                Object acc = op.apply(args[0], args[1]);
                for (int i = 2; i < args.length; i++) acc = op.apply(acc, args[i]);
                return acc;
        }
    }
}
