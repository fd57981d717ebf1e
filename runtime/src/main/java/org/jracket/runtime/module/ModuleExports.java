package org.jracket.runtime.module;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.expand.CoreForms;
import org.jracket.runtime.expand.stx.StxModule;
import org.jracket.runtime.prims.PrimitiveTable;
import org.jracket.runtime.syntax.Binding;

/** The provides of a module, uniformly for declared and primitive modules. */
public interface ModuleExports {
    Set<Integer> phases();

    /** The binding provided as ext at phase, or null. */
    Binding.Module lookup(int phase, Symbol ext);

    Collection<Symbol> names(int phase);

    static ModuleExports of(ModuleDeclaration d) {
        return new ModuleExports() {
            @Override public Set<Integer> phases() { return d.provides().keySet(); }
            @Override public Binding.Module lookup(int phase, Symbol ext) {
                Map<Symbol, Binding.Module> m = d.provides().get(phase);
                return m == null ? null : m.get(ext);
            }
            @Override public Collection<Symbol> names(int phase) {
                Map<Symbol, Binding.Module> m = d.provides().get(phase);
                return m == null ? List.of() : m.keySet();
            }
        };
    }

    /** A primitive module exports its table (and, for #%kernel/#%stx, its syntactic forms) at phase 0. */
    static ModuleExports primitive(ModuleName name) {
        PrimitiveTable t = PrimitiveModules.table(name);
        boolean kernel = PrimitiveModules.KERNEL.equals(name), stx = PrimitiveModules.STX.equals(name);
        return new ModuleExports() {
            @Override public Set<Integer> phases() { return Set.of(0); }
            @Override public Binding.Module lookup(int phase, Symbol ext) {
                if (phase != 0) return null;
                if (t.get(ext.name) != null || (kernel && CoreForms.get(ext.name) != null)
                        || (stx && StxModule.macro(ext.name) != null)) {
                    return new Binding.Module(name, 0, ext);
                }
                return null;
            }
            @Override public Collection<Symbol> names(int phase) {
                List<Symbol> out = new ArrayList<>();
                if (phase != 0) return out;
                for (String n : t.entries().keySet()) out.add(Symbol.of(n));
                if (kernel) for (String n : CoreForms.names()) out.add(Symbol.of(n));
                if (stx) for (String n : StxModule.macroNames()) out.add(Symbol.of(n));
                return out;
            }
        };
    }
}
