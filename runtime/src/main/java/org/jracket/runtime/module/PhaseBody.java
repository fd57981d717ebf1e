package org.jracket.runtime.module;

import org.jracket.runtime.eval.CompiledLinklet;
import org.jracket.runtime.eval.Evaluator;
import org.jracket.runtime.ir.Linklet;
import org.jracket.runtime.syntax.Syntax;

/**
 * The code of one phase of a module: a linklet plus the syntax literals it reads from slots
 * (so that each instance can supply literals shifted to the instance's phase). Compiled
 * lazily, once, and shared by every instance in every place.
 */
public final class PhaseBody {
    public final Linklet linklet;
    /** Slot index of each syntax literal. */
    public final int[] literalSlots;
    public final Syntax[] literals;
    private volatile CompiledLinklet compiled;

    public PhaseBody(Linklet linklet, int[] literalSlots, Syntax[] literals) {
        this.linklet = linklet; this.literalSlots = literalSlots; this.literals = literals;
    }

    public CompiledLinklet compiled() {
        CompiledLinklet c = compiled;
        if (c == null) {
            synchronized (this) {
                if (compiled == null) compiled = Evaluator.compile(linklet);
                c = compiled;
            }
        }
        return c;
    }
}
