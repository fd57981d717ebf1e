package org.jracket.runtime.exn;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.StructProperty;

/**
 * Procedures whose arity errors someone else reports: a keyword procedure's positional entry
 * is a plain case-lambda (so positional calls cost what a lambda call costs), but a call of it
 * with the wrong count is the keyword procedure's error, which names its keywords ("expected:
 * 1 plus an optional argument with keyword #:y") and lists the arguments. The entry records
 * its keyword procedure (the owner); the owner's struct type has {@link #REPORTER}, the
 * procedure that raises the error given the owner and the arguments. Closures keep the owner in
 * a field, so that a keyword lambda made in a loop costs one field write; other procedures go
 * in a table with weak keys. Consulted only once a call has failed.
 */
public final class ArityErrorHandlers {
    private ArityErrorHandlers() {}

    /** The struct property of owners: (lambda (owner args) ...) raising the error. */
    public static final StructProperty REPORTER = new StructProperty(
            org.jracket.runtime.data.Symbol.of("arity-error-reporter"), Boolean.FALSE, org.jracket.runtime.data.Null.NULL);

    private static final Map<Procedure, Object> OWNERS = Collections.synchronizedMap(new WeakHashMap<>());

    /** From now on, owner reports the arity errors of p. */
    public static void set(Procedure p, Object owner) {
        if (!p.setArityErrorOwner(owner)) OWNERS.put(p, owner);
    }

    /** p's owner, or null. */
    public static Object of(Procedure p) {
        Object o = p.arityErrorOwner();
        return o != null || OWNERS.isEmpty() ? o : OWNERS.get(p);
    }

    /** Has p's owner raise the error of a failed call with args, if p has one. */
    static void raiseFor(Procedure p, Object[] args) {
        if (of(p) instanceof Struct s && s.type.prop(REPORTER) instanceof Procedure r) {
            r.apply(new Object[] {s, Pair.list(args)});
        }
    }
}
