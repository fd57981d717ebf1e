package org.jracket.runtime.exn;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Procedure;

/**
 * Procedures whose arity errors someone else raises: a keyword procedure's positional entry is
 * a plain case-lambda (so positional calls stay as fast as any lambda's), but a call of it with
 * the wrong count is the keyword procedure's error, which names its keywords ("expected: 1
 * plus an optional argument with keyword #:y") and lists the arguments. Consulted only when a
 * call has already failed. Weak keys: an entry lives as long as its procedure.
 */
public final class ArityErrorHandlers {
    private ArityErrorHandlers() {}

    private static final Map<Procedure, Procedure> HANDLERS = Collections.synchronizedMap(new WeakHashMap<>());

    /** From now on, a call of p with the wrong count calls handler with the arguments' list. */
    public static void set(Procedure p, Procedure handler) { HANDLERS.put(p, handler); }

    /** p's handler, or null. */
    public static Procedure of(Procedure p) { return HANDLERS.isEmpty() ? null : HANDLERS.get(p); }

    /** Runs p's handler for a failed call with args, if it has one (the handler raises). */
    static void raiseFor(Procedure p, Object[] args) {
        Procedure h = of(p);
        if (h != null) h.apply(new Object[] {Pair.list(args)});
    }
}
