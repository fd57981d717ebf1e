package org.jracket.runtime.module;

/**
 * A module's dependency: {@code module} required at phase level {@code level} (0 for a plain
 * require, 1 for for-syntax, -1 for for-template, {@link org.jracket.runtime.syntax.Phase#LABEL}
 * for for-label). Instantiation follows requires in order.
 */
public record Require(ModuleName module, int level) {}
