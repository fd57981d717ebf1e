package org.jracket.runtime.eval;

import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.exn.Errors;

/**
 * Turns an unexpected Java exception from a primitive into a Racket {@code exn:fail}, raised
 * at the prompt that caught it, so that handlers and the uncaught-exception handler report
 * it like any error instead of the runtime's thread dying.
 */
final class PrimitiveFailure {
    private PrimitiveFailure() {}

    static Procedure reporter(RuntimeException e) {
        String msg = e instanceof ClassCastException ? "contract violation (internal type error): " + e.getMessage()
            : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (System.getenv("JRACKET_DEBUG") != null) e.printStackTrace();
        return org.jracket.runtime.data.Primitive.of0("internal-error", () -> { throw Errors.fail("jracket: internal error: " + msg); });
    }
}
