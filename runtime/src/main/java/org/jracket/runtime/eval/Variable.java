package org.jracket.runtime.eval;

import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.Undefined;

/**
 * A module-level or top-level variable of one instance (per place). Compiled code reaches
 * variables through the instance's slot table, never directly, so code stays shareable.
 */
public final class Variable {
    public final Symbol name;
    /** Where it lives, for "in module:" of errors ('m, "/path/x.rkt", top-level), or null. */
    public final String home;
    public volatile Object value = Undefined.UNDEFINED;
    /**
     * A module variable its module never assigns, seen from outside through module->namespace:
     * set! there raises "cannot modify a constant", as Racket's enforced module constants do.
     */
    public volatile boolean constant;

    public Variable(Symbol name) { this(name, null); }

    public Variable(Symbol name, String home) { this.name = name; this.home = home; }
}
