package org.jracket.runtime.expand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.module.ModuleExports;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.module.ModulePathResolver;
import org.jracket.runtime.module.PrimitiveModules;
import org.jracket.runtime.module.Require;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.Phase;
import org.jracket.runtime.syntax.Resolver;
import org.jracket.runtime.syntax.ScopeSet;
import org.jracket.runtime.syntax.Syntax;

/**
 * The raw require specs of {@code #%require}: module paths and the {@code for-meta},
 * {@code only}, {@code prefix}, {@code all-except}, {@code prefix-all-except},
 * {@code rename} and {@code just-meta} forms. Whole-module imports become one bulk binding
 * per provided phase; only/rename bind the listed identifiers one by one.
 */
public final class RequireSpecs {
    private RequireSpecs() {}

    /** One module imported into a module (kept for all-from provides). */
    public record Import(ModuleName module, int level, String prefix, Set<Symbol> except, Map<Symbol, Syntax> only,
                         Syntax context) {}

    /** Processes (#%require spec ...). */
    public static void processRequireForm(Syntax form, ExpandContext ctx) {
        List<Syntax> l = Expander.listOrBad(form);
        for (int i = 1; i < l.size(); i++) spec(l.get(i), ctx, 0, null, form);
    }

    /** Processes one raw require spec at a phase level relative to ctx.phase. */
    public static void spec(Syntax s, ExpandContext ctx, int level, Integer justMeta, Syntax form) {
        Object c = s.content();
        if (c instanceof Pair p && p.car instanceof Syntax h && h.isIdentifier()) {
            List<Syntax> l = Expander.listOrBad(s);
            String head = h.sym().name;
            switch (head) {
                case "for-syntax": case "for-template": case "for-label": {
                    int d = head.equals("for-syntax") ? 1 : head.equals("for-template") ? -1 : Phase.LABEL;
                    int nl = d == Phase.LABEL ? Phase.LABEL : Phase.shift(level, d);
                    for (int i = 1; i < l.size(); i++) spec(l.get(i), ctx, nl, justMeta, form);
                    return;
                }
                case "for-meta": {
                    int d = phaseArg(l, s);
                    int nl = d == Phase.LABEL ? Phase.LABEL : Phase.shift(level, d);
                    for (int i = 2; i < l.size(); i++) spec(l.get(i), ctx, nl, justMeta, form);
                    return;
                }
                case "just-meta": {
                    int d = phaseArg(l, s);
                    for (int i = 2; i < l.size(); i++) spec(l.get(i), ctx, level, d, form);
                    return;
                }
                case "only": {
                    Map<Symbol, Syntax> only = new HashMap<>();
                    for (int i = 2; i < l.size(); i++) only.put(l.get(i).sym(), l.get(i));
                    importModule(l.get(1), ctx, level, justMeta, "", Set.of(), only, form);
                    return;
                }
                case "rename": {
                    if (l.size() != 4) throw SyntaxErrors.badSyntax(s);
                    Map<Symbol, Syntax> only = new HashMap<>();
                    only.put(l.get(3).sym(), l.get(2));
                    importModule(l.get(1), ctx, level, justMeta, "", Set.of(), only, form);
                    return;
                }
                case "prefix": {
                    if (l.size() != 3) throw SyntaxErrors.badSyntax(s);
                    importModule(l.get(2), ctx, level, justMeta, l.get(1).sym().name, Set.of(), null, form);
                    return;
                }
                case "all-except": case "prefix-all-except": {
                    boolean pre = head.equals("prefix-all-except");
                    int mpIndex = pre ? 2 : 1;
                    Set<Symbol> except = new HashSet<>();
                    for (int i = mpIndex + 1; i < l.size(); i++) except.add(l.get(i).sym());
                    importModule(l.get(mpIndex), ctx, level, justMeta, pre ? l.get(1).sym().name : "", except, null, form);
                    return;
                }
                default:
                    break;
            }
        }
        importModule(s, ctx, level, justMeta, "", Set.of(), null, form);
    }

    private static int phaseArg(List<Syntax> l, Syntax s) {
        if (l.size() < 2) throw SyntaxErrors.badSyntax(s);
        Object d = l.get(1).e;
        if (d == Boolean.FALSE) return Phase.LABEL;
        if (d instanceof Number n) return n.intValue();
        throw SyntaxErrors.badSyntax(s);
    }

    /** Resolves a module path in ctx (declaring the module if needed). */
    public static ModuleName resolve(Syntax mp, ExpandContext ctx) {
        Object datum = Syntax.toDatum(mp);
        ModuleName base = ctx.module != null ? ctx.module.name : null;
        ModuleContext mc = ctx.module;
        ModuleName name;
        try {
            name = ctx.session.namespace.resolver().resolve(datum, base, ctx.session.namespace.currentDirectory(),
                    n -> mc != null && mc.preSubmodules.containsKey(n));
        } catch (ModulePathResolver.BadPath e) {
            throw SyntaxErrors.raise("require", "bad module path", mp, null);
        }
        if (!PrimitiveModules.isPrimitive(name) && !ctx.session.modules.containsKey(name)) {
            ctx.session.namespace.ensureDeclared(name, mp);
        }
        return name;
    }

    static ModuleExports exports(ModuleName name, ExpandContext ctx, Syntax mp) {
        if (PrimitiveModules.isPrimitive(name)) return ModuleExports.primitive(name);
        var d = ctx.session.namespace.declaration(name);
        if (d == null) throw SyntaxErrors.raise("require", "unknown module\n  module name: " + name.describe(), mp, null);
        return ModuleExports.of(d);
    }

    private static void importModule(Syntax mp, ExpandContext ctx, int level, Integer justMeta, String prefix,
                                     Set<Symbol> except, Map<Symbol, Syntax> only, Syntax form) {
        ModuleName name = resolve(mp, ctx);
        ModuleExports ex = exports(name, ctx, mp);
        Require req = new Require(name, level);
        if (ctx.module != null) {
            ctx.module.addRequire(req);
            ctx.module.imports.add(new Import(name, level, prefix, except, only, mp));
        } else {
            ctx.session.namespace.addTopRequire(req);
        }
        for (int q : new ArrayList<>(ex.phases())) {
            if (justMeta != null && justMeta != q) continue;
            int target = level == Phase.LABEL ? Phase.LABEL : Phase.shift(ctx.phase + level, q);
            if (only != null) {
                for (Map.Entry<Symbol, Syntax> e : only.entrySet()) {
                    Binding.Module b = ex.lookup(q, e.getKey());
                    if (b == null) continue;
                    Resolver.bind(e.getValue(), target, nominal(b, name, q, e.getKey(), level));
                }
                continue;
            }
            ScopeSet set = mp.scopesAt(target);
            set.newest().addBulk(set, new BulkImport(name, q, prefix, except, level, ex));
        }
        if (only != null) {
            for (Map.Entry<Symbol, Syntax> e : only.entrySet()) {
                boolean found = false;
                for (int q : ex.phases()) if (ex.lookup(q, e.getKey()) != null) found = true;
                if (!found) {
                    throw SyntaxErrors.raise("only", "no such provided variable", form, e.getValue());
                }
            }
        }
    }

    static Binding.Module nominal(Binding.Module b, ModuleName from, int phase, Symbol ext, int level) {
        return new Binding.Module(b.module(), b.phase(), b.sym(), from, phase, ext, level);
    }
}
