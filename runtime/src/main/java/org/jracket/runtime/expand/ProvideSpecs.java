package org.jracket.runtime.expand;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.module.ModuleExports;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.Phase;
import org.jracket.runtime.syntax.Syntax;

/**
 * The raw provide specs of {@code #%provide}, processed after the whole module body is
 * expanded (definitions may follow the provide): identifiers, {@code rename},
 * {@code all-from}, {@code all-from-except}, {@code all-defined}, {@code all-defined-except},
 * {@code prefix-all-defined}, {@code prefix-all-defined-except}, {@code protect} and the
 * phase forms {@code for-meta}, {@code for-syntax}, {@code for-label}.
 */
final class ProvideSpecs {
    private final ModuleContext mc;
    private final ExpandContext ctx;
    final Map<Integer, Map<Symbol, Binding.Module>> provides = new HashMap<>();

    ProvideSpecs(ModuleContext mc, ExpandContext ctx) { this.mc = mc; this.ctx = ctx; }

    void process(Syntax form, int phase) {
        List<Syntax> l = Expander.listOrBad(form);
        for (int i = 1; i < l.size(); i++) spec(l.get(i), phase, form);
    }

    private void spec(Syntax s, int phase, Syntax form) {
        if (s.isIdentifier()) {
            export(s.sym(), s, phase, form);
            return;
        }
        Object c = s.content();
        if (!(c instanceof Pair p) || !(p.car instanceof Syntax h) || !h.isIdentifier()) throw SyntaxErrors.badSyntax(form);
        List<Syntax> l = Expander.listOrBad(s);
        switch (h.sym().name) {
            case "rename":
                if (l.size() != 3) throw SyntaxErrors.badSyntax(s);
                export(l.get(2).sym(), l.get(1), phase, form);
                return;
            case "protect":
                for (int i = 1; i < l.size(); i++) spec(l.get(i), phase, form);
                return;
            case "for-syntax": case "for-label": case "for-template": {
                String n = h.sym().name;
                int np = n.equals("for-label") ? Phase.LABEL : Phase.shift(phase, n.equals("for-syntax") ? 1 : -1);
                for (int i = 1; i < l.size(); i++) spec(l.get(i), np, form);
                return;
            }
            case "for-meta": {
                Object d = l.get(1).e;
                int np = d == Boolean.FALSE ? Phase.LABEL : Phase.shift(phase, ((Number) d).intValue());
                for (int i = 2; i < l.size(); i++) spec(l.get(i), np, form);
                return;
            }
            case "all-defined": allDefined(phase, "", Set.of(), s); return;
            case "all-defined-except": allDefined(phase, "", symbols(l, 1), s); return;
            case "prefix-all-defined": allDefined(phase, l.get(1).sym().name, Set.of(), s); return;
            case "prefix-all-defined-except": allDefined(phase, l.get(1).sym().name, symbols(l, 2), s); return;
            case "all-from": allFrom(l.get(1), phase, Set.of(), s); return;
            case "all-from-except": allFrom(l.get(1), phase, symbols(l, 2), s); return;
            default:
                throw SyntaxErrors.badSyntax(form);
        }
    }

    private static Set<Symbol> symbols(List<Syntax> l, int from) {
        Set<Symbol> out = new HashSet<>();
        for (int i = from; i < l.size(); i++) out.add(l.get(i).sym());
        return out;
    }

    private void export(Symbol ext, Syntax id, int phase, Syntax form) {
        Binding b = Expander.resolve(id, phase);
        if (!(b instanceof Binding.Module m)) {
            throw SyntaxErrors.raise("provide", "provided identifier is not defined or required", form, id);
        }
        if (m.module().equals(mc.name) && !mc.isDefined(m.phase(), m.sym()) && !mc.syntaxNames.getOrDefault(m.phase(), Set.of()).contains(m.sym())) {
            throw SyntaxErrors.raise("provide", "provided identifier is not defined or required", form, id);
        }
        provides.computeIfAbsent(phase, p -> new LinkedHashMap<>()).put(ext, new Binding.Module(m.module(), m.phase(), m.sym()));
    }

    private void allDefined(int phase, String prefix, Set<Symbol> except, Syntax spec) {
        Map<Symbol, Syntax> defs = mc.definitions.get(phase);
        if (defs == null) return;
        for (Map.Entry<Symbol, Syntax> e : defs.entrySet()) {
            Syntax id = e.getValue();
            if (except.contains(id.sym())) continue;
            // Only definitions with the lexical context of the provide form (not macro-introduced).
            Syntax probe = Syntax.fromDatum(spec, id.sym(), spec.loc, null);
            Binding b = Expander.resolve(probe, phase);
            if (!(b instanceof Binding.Module m) || !m.module().equals(mc.name) || m.sym() != e.getKey()) continue;
            export(Symbol.of(prefix + id.sym().name), probe, phase, spec);
        }
    }

    private void allFrom(Syntax mp, int phase, Set<Symbol> except, Syntax spec) {
        ModuleName name = RequireSpecs.resolve(mp, ctx);
        for (RequireSpecs.Import im : mc.imports) {
            if (!im.module().equals(name)) continue;
            ModuleExports ex = RequireSpecs.exports(name, ctx, mp);
            for (int q : ex.phases()) {
                if (im.level() == Phase.LABEL || Phase.shift(im.level(), q) != phase) continue;
                for (Symbol n : ex.names(q)) {
                    if (im.except().contains(n)) continue;
                    Syntax localId;
                    if (im.only() != null) {
                        localId = im.only().get(n);
                        if (localId == null) continue;
                    } else {
                        localId = Syntax.fromDatum(im.context(), Symbol.of(im.prefix() + n.name), im.context().loc, null);
                    }
                    if (except.contains(localId.sym())) continue;
                    Binding b = Expander.resolve(localId, phase);
                    if (b instanceof Binding.Module m) {
                        provides.computeIfAbsent(phase, p -> new LinkedHashMap<>())
                                .put(localId.sym(), new Binding.Module(m.module(), m.phase(), m.sym()));
                    }
                }
            }
        }
    }
}
