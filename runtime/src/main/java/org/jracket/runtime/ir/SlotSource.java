package org.jracket.runtime.ir;

import org.jracket.runtime.data.Symbol;

/** Where a linklet's variable slot comes from; the module system resolves each at instantiation. */
public sealed interface SlotSource {
    /** Imported from another module's instance: resolved module name, phase of that instance's variable, symbol. */
    record Imported(Object module, int phase, Symbol name) implements SlotSource {}
    /** Defined by this linklet (a module-level definition), exported under name. */
    record Defined(Symbol name) implements SlotSource {}
    /** A variable of the namespace's top level (REPL, eval, load). */
    record TopLevel(Symbol name) implements SlotSource {}
}
