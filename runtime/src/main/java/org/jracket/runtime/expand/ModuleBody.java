package org.jracket.runtime.expand;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.ir.Expr;
import org.jracket.runtime.module.ModuleDeclaration;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.Resolver;
import org.jracket.runtime.syntax.Syntax;

/**
 * The kernel's {@code #%module-begin}: the two-pass expansion of a module body. Pass 1
 * partially expands each form to learn what it defines (requires take effect and
 * define-syntaxes are evaluated at once, begin-for-syntax bodies are expanded and run,
 * {@code module} submodules are declared); pass 2 expands definitions' right-hand sides and
 * expressions, so they may refer to later definitions. {@code module*} and {@code module+}
 * submodules are expanded last, when the enclosing body is known.
 */
final class ModuleBody {
    private ModuleBody() {}

    /** Provide forms found in the body, with their phase. */
    record ProvideForm(Syntax form, int phase) {}

    private record Pending(String kind, Syntax form) {}

    static Syntax expand(Syntax s, ExpandContext ctx, boolean printing) {
        if (ctx.kind != ExpandContext.Kind.MODULE_BEGIN || ctx.module == null) {
            throw SyntaxErrors.raise(SyntaxErrors.formName(s), "illegal use (not a module body)", s, null);
        }
        List<Syntax> l = Expander.listOrBad(s);
        ModuleContext mc = ctx.module;
        Map<Symbol, List<Syntax>> modulePlus = new LinkedHashMap<>();
        List<Syntax> stars = new ArrayList<>();
        // One definition context for all phases: a macro-made begin-for-syntax (define-for-syntax)
        // carries the use-site scopes of the phase-0 body, which its definitions must drop.
        DefinitionContext dc = new DefinitionContext(null);
        mc.bodyContext = dc;
        List<Syntax> out = expandForms(l.subList(1, l.size()), ctx.atPhase(0), dc, printing, stars, modulePlus);
        // module+ bodies with the same name become one module* with the enclosing bindings.
        for (Map.Entry<Symbol, List<Syntax>> e : modulePlus.entrySet()) {
            Syntax first = e.getValue().get(0);
            List<Object> forms = new ArrayList<>();
            forms.add(CoreScope.id("module*", first.loc));
            forms.add(first.toList().get(1));
            forms.add(first.withContent(Boolean.FALSE));
            for (Syntax m : e.getValue()) {
                List<Syntax> ml = m.toList();
                forms.addAll(ml.subList(2, ml.size()));
            }
            stars.add(Stx.list(first, forms));
        }
        if (!stars.isEmpty()) ModuleExpander.predeclare(mc, Stx.cons(s, CoreScope.id("#%module-begin"), out), ctx);
        for (Syntax star : stars) {
            ModuleDeclaration d = ModuleExpander.expandSubmodule(star, mc, ctx.session, true);
            out.add(d.expanded());
        }
        // The head is the core form itself, not the body's identifier: once the body's requires
        // are in effect, "#%module-begin" there may mean a language's own module-begin macro, and
        // the module expander re-checks the head to see that expansion is complete.
        // (Printing is already explicit in the body, so re-expanding the result does not print twice.)
        return Stx.cons(s, CoreScope.id("#%module-begin", l.get(0).loc), out);
    }

    /** Expands the forms of a module body at ctx.phase (0, or deeper inside begin-for-syntax). */
    static List<Syntax> expandForms(List<Syntax> forms, ExpandContext ctx, DefinitionContext dc, boolean printing,
                                    List<Syntax> stars, Map<Symbol, List<Syntax>> modulePlus) {
        ModuleContext mc = ctx.module;
        int phase = ctx.phase;
        ExpandContext pctx = new ExpandContext(ctx.session, phase, ExpandContext.Kind.MODULE, mc, dc, List.of(), null);
        Deque<Syntax> todo = new ArrayDeque<>(forms);
        List<Object> items = new ArrayList<>();
        while (!todo.isEmpty()) {
            Syntax f = Expander.expand(todo.pollFirst(), pctx);
            for (Syntax lifted : mc.lifts.takeDefinitions(phase)) items.add(new Pending("define", lifted));
            String core = CoreForms.coreName(f, pctx);
            if (core == null) { items.add(new Pending("expr", f)); continue; }
            switch (core) {
                case "begin": {
                    List<Syntax> bl = Expander.listOrBad(f);
                    for (int i = bl.size() - 1; i >= 1; i--) todo.addFirst(bl.get(i));
                    break;
                }
                case "#%require":
                    f = dc.removeUseSitesFromForm(f);
                    RequireSpecs.processRequireForm(f, pctx);
                    items.add(f);
                    break;
                case "#%provide":
                    f = dc.removeUseSitesFromForm(f);
                    mc.provideForms.add(new ProvideForm(f, phase));
                    items.add(f);
                    break;
                case "#%declare":
                    items.add(f);
                    break;
                case "define-values": {
                    items.add(new Pending("define", defineIds(f, pctx, dc)));
                    break;
                }
                case "define-syntaxes": {
                    Syntax df = defineIds(f, pctx, dc);
                    List<Syntax> dl = df.toList();
                    List<Syntax> ids = dl.get(1).toList();
                    CompileTime.Evaluated ev = CompileTime.expandAndEvalRhs(dl.get(2), ids.size(), pctx, f);
                    for (int i = 0; i < ids.size(); i++) {
                        Binding.Module b = (Binding.Module) Resolver.resolve(ids.get(i), phase);
                        mc.setSyntaxValue(phase, b.sym(), CompileTime.transformerValue(ev.values()[i]));
                    }
                    items.add(Stx.list(df, dl.get(0), dl.get(1), ev.expanded()));
                    break;
                }
                case "begin-for-syntax": {
                    List<Syntax> bl = Expander.listOrBad(f);
                    ExpandContext inner = ctx.atPhase(phase + 1);
                    List<Syntax> done = expandForms(bl.subList(1, bl.size()), inner, dc, false, null, null);
                    runAtCompileTime(done, inner);
                    items.add(Stx.cons(f, bl.get(0), done));
                    break;
                }
                case "module": {
                    ModuleDeclaration d = ModuleExpander.expandSubmodule(f, mc, ctx.session, false);
                    items.add(d.expanded());
                    break;
                }
                case "module*":
                    if (stars == null) throw SyntaxErrors.raise("module*", "not allowed in a nested phase", f, null);
                    stars.add(f);
                    break;
                case "module+": {
                    if (modulePlus == null) throw SyntaxErrors.raise("module+", "not allowed in a nested phase", f, null);
                    List<Syntax> ml = Expander.listOrBad(f);
                    if (ml.size() < 2 || !ml.get(1).isIdentifier()) throw SyntaxErrors.badSyntax(f);
                    modulePlus.computeIfAbsent(ml.get(1).sym(), k -> new ArrayList<>()).add(f);
                    break;
                }
                default:
                    items.add(new Pending("expr", f));
            }
        }
        ExpandContext ex = new ExpandContext(ctx.session, phase, ExpandContext.Kind.EXPRESSION, mc, null, null, null);
        List<Syntax> out = new ArrayList<>(items.size());
        for (Object it : items) {
            if (it instanceof Syntax done) { out.add(done); continue; }
            Pending p = (Pending) it;
            Syntax e;
            if (p.kind.equals("define")) {
                e = expandDefinition(p.form, ex);
            } else {
                e = Expander.expand(p.form, ex);
                if (printing && phase == 0) e = printed(e);
            }
            addLiftedDefinitions(out, ex);
            out.add(e);
        }
        if (stars != null) {
            // Declarations lifted to the module's end (syntax-local-lift-module-end-declaration)
            // are module-level forms of their own, expanded after everything else.
            for (List<Syntax> end = mc.lifts.takeModuleEnd(); !end.isEmpty(); end = mc.lifts.takeModuleEnd()) {
                out.addAll(expandForms(end, ctx, dc, printing, stars, modulePlus));
            }
        }
        return out;
    }

    private static Syntax expandDefinition(Syntax form, ExpandContext ex) {
        List<Syntax> dl = form.toList();
        List<Syntax> ids = dl.get(1).toList();
        Syntax rhs = Expander.expand(dl.get(2), ids.size() == 1 ? ex.withName(ids.get(0)) : ex);
        return Stx.list(form, dl.get(0), dl.get(1), rhs);
    }

    /** Appends the definitions lifted while expanding the last form (they must run before it). */
    private static void addLiftedDefinitions(List<Syntax> out, ExpandContext ex) {
        for (Syntax lifted : ex.module.lifts.takeDefinitions(ex.phase)) {
            Syntax done = expandDefinition(lifted, ex);
            addLiftedDefinitions(out, ex);
            out.add(done);
        }
    }

    /** Binds the ids of a module-level define-values/define-syntaxes; returns the form with clean ids. */
    private static Syntax defineIds(Syntax f, ExpandContext ctx, DefinitionContext dc) {
        List<Syntax> l = Expander.listOrBad(f);
        if (l.size() != 3) throw SyntaxErrors.badSyntax(f);
        List<Syntax> ids = Stx.idList(l.get(1));
        if (ids == null) throw SyntaxErrors.badSyntax(f);
        List<Syntax> clean = new ArrayList<>();
        ModuleContext mc = ctx.module;
        for (Syntax id : ids) {
            Syntax c = dc.removeUseSites(id);
            Symbol sym = mc.chooseDefinitionName(c, ctx.phase);
            if (sym == null) throw SyntaxErrors.raise("module", "identifier already defined", f, id);
            Resolver.bind(c, ctx.phase, new Binding.Module(mc.name, ctx.phase, sym));
            mc.recordDefinition(ctx.phase, sym, c);
            clean.add(c);
        }
        return Stx.list(f, l.get(0), Stx.list(l.get(1), clean), l.get(2));
    }

    /** (#%app call-with-values (lambda () e) print-values) */
    private static Syntax printed(Syntax e) {
        Syntax thunk = Stx.list(e, CoreScope.id("lambda"), e.withContent(org.jracket.runtime.data.Null.NULL), e);
        return Stx.list(e, CoreScope.id("#%app"), CoreScope.id("call-with-values"), thunk, CoreScope.id("print-values"));
    }

    /** Runs the expanded forms of a begin-for-syntax body in the module's compile-time instance. */
    static void runAtCompileTime(List<Syntax> forms, ExpandContext ctx) {
        for (Syntax f : forms) {
            String core = CoreForms.coreName(f, ctx.full());
            if (core != null && (core.equals("#%require") || core.equals("#%provide") || core.equals("#%declare")
                    || core.equals("define-syntaxes") || core.equals("begin-for-syntax") || core.equals("module")
                    || core.equals("module*"))) {
                continue;
            }
            Lowering low = new Lowering(ctx.phase, null, ctx);
            Expr e = "define-values".equals(core) ? low.defineValues(f) : low.lower(f);
            CompileTime.run(low.linklet("begin-for-syntax", List.of(e)), ctx);
        }
    }
}
