package org.jracket.runtime.eval;

import org.jracket.runtime.ir.Linklet;

/**
 * A linklet compiled to executable nodes. Immutable and shareable: each instantiation
 * supplies its own variable table, so places and guests share one CompiledLinklet.
 */
public final class CompiledLinklet {
    public final Linklet source;
    final Node[] body;
    final int frameSize;

    CompiledLinklet(Linklet source, Node[] body, int frameSize) {
        this.source = source; this.body = body; this.frameSize = frameSize;
    }

    /**
     * Runs the body forms in order against a variable table laid out as
     * {@code source.slots()}, on the calling thread; returns the last form's value
     * (void for an empty body). Racket exceptions propagate as raises.
     */
    public Object run(Variable[] table) {
        return Machine.current().runLinklet(this, table);
    }
}
