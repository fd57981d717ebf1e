package org.jracket.runtime.module;

/**
 * A module's dependency: {@code module} required at phase level {@code level} (0 for a plain
 * require, 1 for for-syntax, -1 for for-template, {@link org.jracket.runtime.syntax.Phase#LABEL}
 * for for-label). Instantiation follows requires in order.
 */
public record Require(ModuleName module, int level) {
    // Written out for the reason given in ModuleName.
    @Override public boolean equals(Object o) {
        return o instanceof Require r && level == r.level && module.equals(r.module);
    }

    @Override public int hashCode() { return 31 * module.hashCode() + level; }
}
