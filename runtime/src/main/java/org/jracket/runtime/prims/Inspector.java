package org.jracket.runtime.prims;

import org.jracket.runtime.eval.Parameter;

/**
 * A Racket inspector. Only the root exists unless a program calls {@code make-inspector};
 * a struct type made with an inspector other than the current one (a sub-inspector, or #f)
 * is recorded as transparent ({@code StructType.inspector == #f}), which is what matters to
 * printing, equal? and struct->vector in programs that do not switch inspectors.
 */
public final class Inspector {
    public final Inspector parent;

    public Inspector(Inspector parent) { this.parent = parent; }

    public static final Inspector ROOT = new Inspector(null);

    public static final Parameter CURRENT = new Parameter("current-inspector", ROOT, null);

    public static Inspector current() {
        Object v = CURRENT.get();
        return v instanceof Inspector i ? i : ROOT;
    }

    @Override public String toString() { return "#<inspector>"; }
}
