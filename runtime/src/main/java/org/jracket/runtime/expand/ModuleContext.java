package org.jracket.runtime.expand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.eval.Variable;
import org.jracket.runtime.module.ModuleDeclaration;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.module.Require;
import org.jracket.runtime.syntax.MultiScope;
import org.jracket.runtime.syntax.Phase;
import org.jracket.runtime.syntax.ScopeSet;
import org.jracket.runtime.syntax.Syntax;

/**
 * A module while its body is being expanded: its scope, definitions (and the compile-time
 * values of its syntax definitions), requires, submodules, and the compile-time instance
 * holding the variables of its phase 1 and above (filled as begin-for-syntax forms are
 * evaluated). Discarded once the module is declared.
 */
public final class ModuleContext {
    public final ModuleName name;
    public final MultiScope scope;
    public final ModuleContext enclosing;
    /** Syntax used as lexical context for the module's own names (carries the module scope). */
    public Syntax selfContext;
    /**
     * The module body's definition context (all phases): quote-syntax drops its use-site
     * scopes, also in definitions' right-hand sides expanded after the partial expansion.
     */
    public DefinitionContext bodyContext;

    final List<Require> requires = new ArrayList<>();
    private final Set<Require> requireSet = new HashSet<>();
    final Map<Integer, Map<Symbol, Object>> syntaxValues = new HashMap<>();
    final Map<Integer, Set<Symbol>> syntaxNames = new HashMap<>();
    /** phase -> unique symbol -> defined (variable or syntax) */
    final Map<Integer, Map<Symbol, List<ScopeSet>>> definedBySym = new HashMap<>();
    /** phase -> symbols in use as definition names (for choosing fresh ones). */
    final Map<Integer, Set<Symbol>> usedNames = new HashMap<>();
    /** phase -> (binding symbol, original identifier) of each definition, in order. */
    final Map<Integer, LinkedHashMap<Symbol, Syntax>> definitions = new HashMap<>();
    final Map<Symbol, ModuleDeclaration> preSubmodules = new LinkedHashMap<>();
    final Map<Symbol, ModuleDeclaration> postSubmodules = new LinkedHashMap<>();
    private final Map<Integer, Map<Symbol, Variable>> ctVariables = new HashMap<>();
    /** Imports by phase: (bound phase, provided symbol source) for all-from provides. */
    final List<RequireSpecs.Import> imports = new ArrayList<>();
    final List<ModuleBody.ProvideForm> provideForms = new ArrayList<>();
    /** (#%top . id) references not yet bound when expanded: must be defined by the module's end. */
    final List<PendingTop> pendingTops = new ArrayList<>();

    /** The module as declared before its module* submodules were expanded (see ModuleExpander.predeclare). */
    ModuleDeclaration predeclared;
    /** Lifted definitions and end-of-module declarations waiting for the body loop. */
    final Lifts.Pending lifts = new Lifts.Pending();

    record PendingTop(Syntax id, int phase) {}

    public ModuleContext(ModuleName name, MultiScope scope, ModuleContext enclosing) {
        this.name = name; this.scope = scope; this.enclosing = enclosing;
    }

    public void addRequire(Require r) {
        if (requireSet.add(r)) requires.add(r);
    }

    /** The compile-time variable of this module at phase (>= 1) for sym. */
    public Variable ctVariable(int phase, Symbol sym) {
        return ctVariables.computeIfAbsent(phase, p -> new HashMap<>()).computeIfAbsent(sym, Variable::new);
    }

    /** The compile-time value of syntax sym at phase, or null if sym is not syntax here. */
    public Object syntaxValue(int phase, Symbol sym) {
        Map<Symbol, Object> m = syntaxValues.get(phase);
        return m == null ? null : m.get(sym);
    }

    void setSyntaxValue(int phase, Symbol sym, Object value) {
        syntaxValues.computeIfAbsent(phase, p -> new HashMap<>()).put(sym, value);
        syntaxNames.computeIfAbsent(phase, p -> new HashSet<>()).add(sym);
    }

    /**
     * The symbol under which a definition of id (with its scope set at phase) is stored: the
     * identifier's own name unless that name is already taken by a differently-scoped
     * definition (a macro-introduced one), then a fresh "name.N". Returns null if exactly this
     * identifier is already defined.
     */
    Symbol chooseDefinitionName(Syntax id, int phase) {
        ScopeSet set = id.scopesAt(phase);
        Map<Symbol, List<ScopeSet>> bySym = definedBySym.computeIfAbsent(phase, p -> new HashMap<>());
        List<ScopeSet> sets = bySym.computeIfAbsent(id.sym(), s -> new ArrayList<>());
        for (ScopeSet s : sets) if (s.equals(set)) return null;
        sets.add(set);
        Set<Symbol> used = usedNames.computeIfAbsent(phase, p -> new HashSet<>());
        Symbol sym = id.sym();
        if (used.add(sym)) return sym;
        for (int i = 1; ; i++) {
            Symbol cand = Symbol.of(sym.name + "." + i);
            if (used.add(cand)) return cand;
        }
    }

    void recordDefinition(int phase, Symbol sym, Syntax id) {
        definitions.computeIfAbsent(phase, p -> new LinkedHashMap<>()).put(sym, id);
    }

    boolean isDefined(int phase, Symbol sym) {
        Map<Symbol, Syntax> m = definitions.get(phase);
        return m != null && m.containsKey(sym);
    }

    static int labelSafe(int p) { return p == Phase.LABEL ? Phase.LABEL : p; }
}
