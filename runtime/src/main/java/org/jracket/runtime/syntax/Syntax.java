package org.jracket.runtime.syntax;

/**
 * A syntax object: a datum wrapped with lexical context (scopes), a source location and
 * properties. In {@code e}, pairs and vectors contain syntax objects (or further pairs whose
 * elements are syntax objects), as {@code syntax-e} exposes them.
 * The expander owns the scope representation; the reader builds syntax with empty scopes.
 */
public final class Syntax {
    public final Object e;
    public final SrcLoc loc;

    public Syntax(Object e, SrcLoc loc) { this.e = e; this.loc = loc; }

    @Override public String toString() { return "#<syntax " + e + ">"; }
}
