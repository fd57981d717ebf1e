package org.jracket.runtime.boot;

import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.io.InputPort;
import org.jracket.runtime.namespace.Namespace;
import org.jracket.runtime.read.Reader;

/** The command line's view of a top-level namespace: read, eval, load, require, run. */
final class TopLevel {
    private final Namespace ns;

    private TopLevel(Namespace ns) { this.ns = ns; }

    static TopLevel create() {
        Namespace ns = new Namespace();
        Namespace.CURRENT.set(ns);
        return new TopLevel(ns);
    }

    /** Reads one form (with source locations) from the port, or eof. */
    Object read(InputPort in) { return Reader.readSyntax(Symbol.of("stdin"), in); }

    Object eval(Object form) { return ns.evalTopLevel(form); }

    Object load(String file) { ns.loadFile(file); return VoidValue.VOID; }

    /** namespace-require of a collection library such as racket or racket/list. */
    void require(String lib) { ns.namespaceRequire(Symbol.of(lib)); }

    /**
     * Runs a module file, then its main submodule (never test), as racket FILE and -t FILE do:
     * {@code (require (file FILE))} at the top level, so that a later -e or -i sees its exports.
     */
    void runModuleFile(String file) {
        ns.namespaceRequire(Pair.list(Symbol.of("file"), MString.immutable(file)));
        ns.runMainSubmodule(file);
    }
}
