package org.jracket.runtime.expand;

import java.util.HashMap;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.namespace.Namespace;

/**
 * State shared by one expansion (a module and its submodules, or one top-level form): the
 * compile-time environment of local bindings and the modules still being expanded. Local
 * binding keys are unique, so a single mutable map is enough (the scope sets, not the
 * environment, keep bindings apart).
 */
public final class ExpansionSession {
    public final Namespace namespace;
    final HashMap<Symbol, Object> env = new HashMap<>();
    final HashMap<ModuleName, ModuleContext> modules = new HashMap<>();
    private int counter;

    public ExpansionSession(Namespace namespace) { this.namespace = namespace; }

    /** A fresh key for a local binding of name. */
    Symbol localKey(Symbol name) { return Symbol.uninterned(name.name + "_" + (++counter)); }

    public ModuleContext moduleUnderExpansion(Object name) { return modules.get(name); }
}
