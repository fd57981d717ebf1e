package org.jracket.runtime.syntax;

import org.jracket.runtime.data.Symbol;

/** What an identifier refers to, as recorded in a scope's binding table. */
public sealed interface Binding permits Binding.Local, Binding.Module {

    /** Same variable or syntax (free-identifier=?). */
    boolean sameAs(Binding other);

    /**
     * A local binding (lambda, let, internal definition, local syntax); key is unique per
     * binding and indexes the expander's compile-time environment.
     */
    record Local(Symbol key) implements Binding {
        @Override public boolean sameAs(Binding o) { return o instanceof Local l && l.key == key; }
    }

    /**
     * A module-level (or top-level) binding: {@code sym} defined at {@code phase} of
     * {@code module}. A reference at phase p uses the module's instance shifted by
     * {@code p - phase}. The nominal fields record which import introduced the binding (for
     * identifier-binding).
     */
    record Module(Object module, int phase, Symbol sym,
                  Object nominalModule, int nominalPhase, Symbol nominalSym, int nominalRequirePhase)
            implements Binding {
        public Module(Object module, int phase, Symbol sym) {
            this(module, phase, sym, module, phase, sym, 0);
        }
        @Override public boolean sameAs(Binding o) {
            return o instanceof Module m && m.sym == sym && m.phase == phase && m.module.equals(module);
        }
    }
}
