package org.jracket.runtime.eval;

import org.jracket.runtime.ir.Linklet;

/** Entry points of the evaluator for the expander, module system and command line. */
public final class Evaluator {
    private Evaluator() {}

    /** Compiles a linklet into shareable executable code. */
    public static CompiledLinklet compile(Linklet linklet) {
        return new Compiler(linklet).compile();
    }
}
