package org.jracket.runtime.expand;

import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.syntax.Syntax;

/** Compile-time values other than core forms and procedures. */
public final class Transformers {
    private Transformers() {}

    /** The compile-time value of a variable binding (there is no transformer). */
    public static final Object VARIABLE = new Object() {
        @Override public String toString() { return "#<variable>"; }
    };

    /** make-rename-transformer: a use of the bound identifier becomes a use of target. */
    public record RenameTransformer(Syntax target) {
        @Override public String toString() { return "#<rename-transformer>"; }
    }

    /** make-set!-transformer: the procedure also handles (set! id e). */
    public record SetBangTransformer(Procedure proc) {
        @Override public String toString() { return "#<set!-transformer>"; }
    }

    /**
     * A syntax-case pattern variable: its match (nested in lists depth times) is the value of
     * the variable {@code valueId}.
     */
    /**
     * A pattern variable: its matches are in the variable valueId names. An attribute's (bound
     * by a library such as syntax/parse) may hold non-syntax values, which templates reject.
     */
    public record PatternVariable(Syntax valueId, int depth, boolean attribute) {
        public PatternVariable(Syntax valueId, int depth) { this(valueId, depth, false); }
    }
}
