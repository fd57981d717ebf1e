package org.jracket.runtime.module;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.Syntax;

/**
 * A declared module: the result of expanding and lowering a {@code module} form. Immutable
 * once built and shared host-wide (every place and guest instantiates the same declaration),
 * so it holds only code and interface: no variables (those live in {@link ModuleInstance}s).
 *
 * @param requires dependencies in the order their instantiation must run
 * @param provides for each phase, external name to binding
 * @param syntaxNames for each phase, the names this module defines as syntax there; their
 *        transformers are computed by the body of the next phase (see {@link #syntaxKey})
 * @param bodies the code of each phase that has any
 * @param preSubmodules submodules declared with {@code module} (declared before this one)
 * @param postSubmodules submodules declared with {@code module*} or {@code module+}
 * @param expanded the fully expanded module form (for {@code expand} and debugging)
 */
public record ModuleDeclaration(
        ModuleName name,
        List<Require> requires,
        Map<Integer, Map<Symbol, Binding.Module>> provides,
        Map<Integer, Set<Symbol>> syntaxNames,
        Map<Integer, PhaseBody> bodies,
        Map<Symbol, ModuleDeclaration> preSubmodules,
        Map<Symbol, ModuleDeclaration> postSubmodules,
        Syntax expanded) {

    /** The variable of the phase p+1 instance that holds the transformer of syntax sym at phase p. */
    public static Symbol syntaxKey(Symbol sym) { return Symbol.unreadable("syntax:" + sym.name); }

    public boolean isSyntax(int phase, Symbol sym) {
        Set<Symbol> s = syntaxNames.get(phase);
        return s != null && s.contains(sym);
    }

    /** All submodules, pre then post. */
    public ModuleDeclaration submodule(Symbol name) {
        ModuleDeclaration d = preSubmodules.get(name);
        return d != null ? d : postSubmodules.get(name);
    }
}
