package org.jracket.runtime.expand;

import org.jracket.runtime.syntax.Syntax;

/**
 * The compile-time value of a core form of {@code #%kernel} ({@code lambda}, {@code if},
 * {@code define-values} ...): expands a use of the form whose head resolved to it.
 */
public interface CoreForm {
    String name();

    Syntax expand(Syntax s, ExpandContext ctx);
}
