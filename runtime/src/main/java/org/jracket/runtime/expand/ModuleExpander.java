package org.jracket.runtime.expand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.ir.Expr;
import org.jracket.runtime.module.ModuleDeclaration;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.module.PhaseBody;
import org.jracket.runtime.module.Require;
import org.jracket.runtime.syntax.MultiScope;
import org.jracket.runtime.syntax.ScopeOp;
import org.jracket.runtime.syntax.Syntax;

/**
 * Expands a {@code (module name lang form ...)} form into a {@link ModuleDeclaration}: gives
 * the body a fresh module multi-scope (removing the enclosing module's, except for
 * {@code (module* name #f ...)}), imports the language, expands the body through the
 * language's {@code #%module-begin}, processes provides and lowers each phase to a linklet.
 */
public final class ModuleExpander {
    private ModuleExpander() {}

    /** Expands a top-level or file module form as the module name. */
    public static ModuleDeclaration expandModule(Syntax form, ModuleName name, ExpansionSession session) {
        return expand(form, name, session, null, false);
    }

    static ModuleDeclaration expandSubmodule(Syntax form, ModuleContext enclosing, ExpansionSession session, boolean star) {
        List<Syntax> l = Expander.listOrBad(form);
        if (l.size() < 3 || !l.get(1).isIdentifier()) throw SyntaxErrors.badSyntax(form);
        Symbol sub = l.get(1).sym();
        if (enclosing.preSubmodules.containsKey(sub) || enclosing.postSubmodules.containsKey(sub)) {
            throw SyntaxErrors.raise(SyntaxErrors.formName(form), "submodule already declared with the same name", form, l.get(1));
        }
        ModuleDeclaration d = expand(form, enclosing.name.sub(sub), session, enclosing, star);
        (star ? enclosing.postSubmodules : enclosing.preSubmodules).put(sub, d);
        session.namespace.declare(d);
        return d;
    }

    private static ModuleDeclaration expand(Syntax form, ModuleName name, ExpansionSession session,
                                            ModuleContext enclosing, boolean star) {
        List<Syntax> l = Expander.listOrBad(form);
        if (l.size() < 3 || !l.get(1).isIdentifier()) throw SyntaxErrors.badSyntax(form);
        Syntax lang = l.get(2);
        boolean hashF = lang.e == Boolean.FALSE;
        if (hashF && !star) throw SyntaxErrors.badSyntax(form);
        MultiScope ms = new MultiScope(name.shortName().name);
        List<ScopeOp> ops = new ArrayList<>();
        if (!hashF) for (ModuleContext e = enclosing; e != null; e = e.enclosing) ops.add(new ScopeOp.RemoveMulti(e.scope));
        ops.add(new ScopeOp.AddMulti(ms));
        ScopeOp[] opa = ops.toArray(new ScopeOp[0]);
        Syntax scopedForm = form.withOps(opa);
        List<Syntax> parts = scopedForm.toList();
        ModuleContext mc = new ModuleContext(name, ms, hashF ? enclosing : null);
        mc.selfContext = scopedForm;
        session.modules.put(name, mc);
        try {
            ExpandContext ctx = new ExpandContext(session, 0, ExpandContext.Kind.MODULE_BEGIN, mc, null, null, null);
            if (hashF) {
                mc.addRequire(new Require(enclosing.name, 0));
            } else {
                RequireSpecs.spec(parts.get(2), ctx, 0, null, form);
            }
            List<Syntax> body = parts.subList(3, parts.size());
            Syntax mb = null;
            if (body.size() == 1) {
                Syntax partial = Expander.expand(body.get(0), ctx.partial());
                String core = CoreForms.coreName(partial, ctx);
                if (core != null && core.endsWith("module-begin")) mb = partial;
                else body = List.of(partial);
            }
            if (mb == null) {
                List<Object> items = new ArrayList<>();
                items.add(Syntax.fromDatum(scopedForm, Symbol.of("#%module-begin"), scopedForm.loc, null));
                items.addAll(body);
                mb = Stx.list(scopedForm, items);
            }
            Syntax expandedBody = Expander.expand(mb, ctx);
            if (!"#%module-begin".equals(CoreForms.coreName(expandedBody, ctx))
                    && !"#%plain-module-begin".equals(CoreForms.coreName(expandedBody, ctx))
                    && !"#%printing-module-begin".equals(CoreForms.coreName(expandedBody, ctx))) {
                throw SyntaxErrors.raise("module", "body did not expand to #%module-begin", form, null);
            }
            ModuleDeclaration base = mc.predeclared != null ? mc.predeclared : interfaceAndCode(mc, ctx, expandedBody);
            Syntax expandedForm = Stx.list(scopedForm, parts.get(0), parts.get(1), parts.get(2), expandedBody);
            return new ModuleDeclaration(name, base.requires(), base.provides(), base.syntaxNames(), base.bodies(),
                    base.preSubmodules(), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mc.postSubmodules)),
                    expandedForm);
        } finally {
            session.modules.remove(name);
        }
    }

    /**
     * Declares the module before its module* submodules are expanded, so that they can require
     * it with (submod ".."): its interface and code are complete once the body (without the
     * module* forms, which add nothing to it) is expanded.
     */
    static void predeclare(ModuleContext mc, Syntax expandedBody, ExpandContext ctx) {
        mc.predeclared = interfaceAndCode(mc, ctx, expandedBody);
        ctx.session.namespace.declare(mc.predeclared);
    }

    /** Checks the body's pending #%top references, processes provides, lowers each phase. */
    private static ModuleDeclaration interfaceAndCode(ModuleContext mc, ExpandContext ctx, Syntax expandedBody) {
        for (ModuleContext.PendingTop pt : mc.pendingTops) {
            if (Expander.resolve(pt.id(), pt.phase()) == null) throw SyntaxErrors.unbound(pt.id(), "");
        }
        ProvideSpecs ps = new ProvideSpecs(mc, ctx);
        for (ModuleBody.ProvideForm pf : mc.provideForms) ps.process(pf.form(), pf.phase());
        Map<Integer, PhaseBody> bodies = lowerPhases(expandedBody, mc, ctx);
        Map<Integer, Set<Symbol>> syntaxNames = new HashMap<>();
        mc.syntaxNames.forEach((k, v) -> syntaxNames.put(k, Set.copyOf(v)));
        Map<Integer, Map<Symbol, org.jracket.runtime.syntax.Binding.Module>> provides = new HashMap<>();
        ps.provides.forEach((k, v) -> provides.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return new ModuleDeclaration(mc.name, List.copyOf(mc.requires), Map.copyOf(provides), Map.copyOf(syntaxNames),
                Map.copyOf(bodies), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mc.preSubmodules)),
                Map.of(), expandedBody);
    }

    private record Item(String kind, Syntax form) {}

    /** Lowers the fully expanded body: one linklet per phase that has code. */
    private static Map<Integer, PhaseBody> lowerPhases(Syntax moduleBegin, ModuleContext mc, ExpandContext ctx) {
        Map<Integer, List<Item>> perPhase = new HashMap<>();
        List<Syntax> forms = moduleBegin.toList();
        collect(forms.subList(1, forms.size()), 0, perPhase, ctx);
        Map<Integer, PhaseBody> out = new HashMap<>();
        for (Map.Entry<Integer, List<Item>> e : perPhase.entrySet()) {
            int phase = e.getKey();
            Lowering low = new Lowering(phase, mc.name, ctx);
            List<Expr> body = new ArrayList<>();
            for (Item it : e.getValue()) {
                switch (it.kind) {
                    case "def" -> body.add(low.defineValues(it.form));
                    case "stx" -> body.add(low.defineSyntaxes(it.form));
                    default -> body.add(low.lower(it.form));
                }
            }
            String lname = mc.name.describe() + (phase == 0 ? "" : "@phase" + phase);
            out.put(phase, new PhaseBody(low.linklet(lname, body), low.literalSlots(), low.literals()));
        }
        return out;
    }

    private static void collect(List<Syntax> forms, int phase, Map<Integer, List<Item>> perPhase, ExpandContext ctx) {
        ExpandContext pc = ctx.atPhase(phase).full();
        for (Syntax f : forms) {
            String core = CoreForms.coreName(f, pc);
            if (core == null) { perPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(new Item("expr", f)); continue; }
            switch (core) {
                case "define-values" -> perPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(new Item("def", f));
                case "define-syntaxes" -> perPhase.computeIfAbsent(phase + 1, p -> new ArrayList<>()).add(new Item("stx", f));
                case "begin-for-syntax" -> {
                    List<Syntax> l = f.toList();
                    collect(l.subList(1, l.size()), phase + 1, perPhase, ctx);
                }
                case "#%require", "#%provide", "#%declare", "module", "module*" -> { }
                default -> perPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(new Item("expr", f));
            }
        }
    }

    static Set<Symbol> none() { return new HashSet<>(); }
}
