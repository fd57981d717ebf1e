package org.jracket.runtime.expand;

import org.jracket.runtime.syntax.Syntax;

/**
 * A macro implemented in Java (the pattern forms of {@code #%stx}): rewrites a use into
 * another form, which the expander expands further. Its output refers to core forms and
 * helpers through identifiers carrying only the kernel scope, so it cannot capture or be
 * captured by user bindings.
 */
public interface NativeMacro {
    String name();

    Syntax transform(Syntax s, ExpandContext ctx);
}
