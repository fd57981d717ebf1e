package org.jracket.runtime.eval;

import org.jracket.runtime.ir.Linklet;

/** Compiles IR into nodes (placeholder; being written). */
final class Compiler {
    private final Linklet linklet;

    Compiler(Linklet linklet) { this.linklet = linklet; }

    CompiledLinklet compile() { return new CompiledLinklet(linklet, new Node[0], 0); }
}
