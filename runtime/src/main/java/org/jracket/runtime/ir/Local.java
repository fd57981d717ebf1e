package org.jracket.runtime.ir;

import org.jracket.runtime.data.Symbol;

/** A local variable of the IR; identity is the object (names may repeat after expansion). */
public final class Local {
    public final Symbol name;

    public Local(Symbol name) { this.name = name; }

    @Override public String toString() { return name.name; }
}
