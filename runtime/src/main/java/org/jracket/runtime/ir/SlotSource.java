package org.jracket.runtime.ir;

import org.jracket.runtime.data.Symbol;

/** Where a linklet's variable slot comes from; the module system resolves each at instantiation. */
public sealed interface SlotSource {
    // equals and hashCode are written out (slots are hash keys while a module is lowered): a
    // record's generated ones link through an invokedynamic bootstrap that the AOT cache does not
    // keep, and its first call spins method-handle classes at every start (see ModuleName).
    /** Imported from another module's instance: resolved module name, phase of that instance's variable, symbol. */
    record Imported(Object module, int phase, Symbol name) implements SlotSource {
        @Override public boolean equals(Object o) {
            return o instanceof Imported i && phase == i.phase && name == i.name && module.equals(i.module);
        }

        @Override public int hashCode() { return (module.hashCode() * 31 + phase) * 31 + name.hashCode(); }
    }
    /** Defined by this linklet (a module-level definition), exported under name. */
    record Defined(Symbol name) implements SlotSource {
        @Override public boolean equals(Object o) { return o instanceof Defined d && name == d.name; }

        @Override public int hashCode() { return name.hashCode(); }
    }
    /** A variable of the namespace's top level (REPL, eval, load). */
    record TopLevel(Symbol name) implements SlotSource {
        @Override public boolean equals(Object o) { return o instanceof TopLevel t && name == t.name; }

        @Override public int hashCode() { return ~name.hashCode(); }
    }
}
