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
        if (target instanceof Procedure p) return p.apply(args);
        Object[] withSelf = new Object[args.length + 1];
        withSelf[0] = target;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        return ((Procedure) StructPrims.applicableProcedure((org.jracket.runtime.data.Struct) target)).apply(withSelf);
    }

    @Override public long arityMask() { return mask; }

    @Override public String name() { return name; }
}
