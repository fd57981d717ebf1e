package org.jracket.runtime.prims;

import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.exn.Errors;

/**
 * A procedure seen with another arity or name ({@code procedure-reduce-arity},
 * {@code procedure-rename}, a contract's wrapper): checks the arguments against its own mask,
 * then calls the original.
 */
final class AdjustedProcedure extends Procedure {
    private final Object target;
    private final long mask;
    private final String name;
    /** Do arity errors list the arguments (as a lambda's do, unlike procedure-rename's)? */
    private final boolean listArguments;

    AdjustedProcedure(Object target, long mask, String name) { this(target, mask, name, false); }

    AdjustedProcedure(Object target, long mask, String name, boolean listArguments) {
        this.target = target; this.mask = mask; this.name = name; this.listArguments = listArguments;
    }

    @Override public Object apply(Object[] args) {
        if (!acceptsArity(args.length)) {
            if (listArguments) throw Errors.arityMismatch(name == null ? "#<procedure>" : name, mask, args.length, args);
            throw Errors.arityMismatch(this, args);
        }
        return call(target, args);
    }

    // Fixed-count calls pass through without an argument array when the arity fits and the
    // original is a plain procedure (a keyword procedure's positional entry in a loop).
    @Override public Object apply0() {
        return (mask & 1L) != 0 && target instanceof Procedure p ? p.apply0() : apply(NO_ARGS);
    }

    @Override public Object apply1(Object a) {
        return (mask & 2L) != 0 && target instanceof Procedure p ? p.apply1(a) : apply(new Object[] {a});
    }

    @Override public Object apply2(Object a, Object b) {
        return (mask & 4L) != 0 && target instanceof Procedure p ? p.apply2(a, b) : apply(new Object[] {a, b});
    }

    @Override public Object apply3(Object a, Object b, Object c) {
        return (mask & 8L) != 0 && target instanceof Procedure p ? p.apply3(a, b, c) : apply(new Object[] {a, b, c});
    }

    /** Applies a procedure or applicable struct (whose prop:procedure is a procedure or a field). */
    private static Object call(Object f, Object[] args) {
        if (f instanceof Procedure p) return p.apply(args);
        org.jracket.runtime.data.Struct s = (org.jracket.runtime.data.Struct) f;
        Object proc = StructPrims.applicableProcedure(s);
        if (s.type.prop(StructProps.PROCEDURE) instanceof Long) return call(proc, args);
        Object[] withSelf = new Object[args.length + 1];
        withSelf[0] = s;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        return ((Procedure) proc).apply(withSelf);
    }

    /** Set once, right after creation, for a keyword procedure's positional entry; else null. */
    private Object arityErrorOwner;

    @Override public Object arityErrorOwner() { return arityErrorOwner; }

    @Override public boolean setArityErrorOwner(Object owner) {
        arityErrorOwner = owner;
        return true;
    }

    @Override public long arityMask() { return mask; }

    @Override public String name() { return name; }
}
