package org.jracket.runtime.eval;

import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.exn.Errors;

/** A {@code case-lambda}: the first clause whose arity accepts the arguments runs. */
public final class CaseClosure extends Procedure {
    final Closure[] clauses;
    final String name;
    private final long mask;

    CaseClosure(Closure[] clauses, String name) {
        this.clauses = clauses; this.name = name;
        long m = 0;
        for (Closure c : clauses) m |= c.code.arityMask;
        this.mask = m;
    }

    /** Set once, right after creation, for a keyword procedure's positional entry; else null. */
    private Object arityErrorOwner;

    @Override public Object arityErrorOwner() { return arityErrorOwner; }

    @Override public boolean setArityErrorOwner(Object owner) {
        arityErrorOwner = owner;
        return true;
    }

    Closure select(Object[] args) {
        int n = args.length;
        for (Closure c : clauses) {
            LambdaCode k = c.code;
            if (k.rest ? n >= k.nparams : n == k.nparams) return c;
        }
        throw Errors.arityMismatch(this, args);
    }

    /**
     * The clause that n arguments select when it takes exactly n (compiled call sites then
     * call it like a plain closure); null when none or a rest clause is selected.
     */
    Closure fixedClause(int n) {
        for (Closure c : clauses) {
            LambdaCode k = c.code;
            if (k.rest ? n >= k.nparams : n == k.nparams) return k.rest ? null : c;
        }
        return null;
    }

    @Override public Object apply(Object[] args) { return Machine.current().applyFromJava(this, args); }

    @Override public long arityMask() { return mask; }

    @Override public String name() { return name; }
}
