package org.jracket.runtime.syntax;

import org.jracket.runtime.data.Symbol;

/**
 * Many bindings at once, answered on demand: a {@code require} of a whole module (possibly
 * with a prefix or exclusions) is one bulk binding instead of one table entry per export, so
 * importing {@code racket/base} costs O(1) rather than O(exports).
 */
@FunctionalInterface
public interface BulkBinding {
    /** The binding for sym, or null if this import does not supply it. */
    Binding lookup(Symbol sym);
}
