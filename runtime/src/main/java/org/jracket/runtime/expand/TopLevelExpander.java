package org.jracket.runtime.expand;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.ir.Expr;
import org.jracket.runtime.module.ModuleDeclaration;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.namespace.Namespace;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.Resolver;
import org.jracket.runtime.syntax.Syntax;

/**
 * Top-level forms (REPL, eval, load): each form is partially expanded and dispatched;
 * {@code begin} splices, each sub-form being expanded only after the previous one ran (so a
 * definition can feed a macro used by the next form); definitions bind namespace variables,
 * which may be redefined.
 */
public final class TopLevelExpander {
    private TopLevelExpander() {}

    public static Object eval(Syntax form, Namespace ns) {
        return process(form, ns, 0, true, null);
    }

    public static Syntax expand(Syntax form, Namespace ns) {
        List<Syntax> out = new ArrayList<>();
        process(form, ns, 0, false, out);
        return out.get(0);
    }

    private static Object process(Syntax form, Namespace ns, int phase, boolean run, List<Syntax> out) {
        ExpansionSession session = new ExpansionSession(ns);
        ExpandContext ctx = new ExpandContext(session, phase, ExpandContext.Kind.TOP_LEVEL, null,
                new DefinitionContext(null), List.of(), null);
        Syntax f = Expander.expand(form, ctx);
        String core = CoreForms.coreName(f, ctx);
        ExpandContext ex = ctx.full().asExpression();
        if (core != null) {
            switch (core) {
                case "begin": {
                    List<Syntax> l = Expander.listOrBad(f);
                    Object result = VoidValue.VOID;
                    List<Syntax> sub = out == null ? null : new ArrayList<>();
                    for (int i = 1; i < l.size(); i++) result = process(l.get(i), ns, phase, run, sub);
                    if (out != null) out.add(Stx.cons(f, l.get(0), sub));
                    return result;
                }
                case "define-values": {
                    List<Syntax> l = Expander.listOrBad(f);
                    List<Syntax> ids = Stx.idList(l.get(1));
                    if (ids == null || l.size() != 3) throw SyntaxErrors.badSyntax(f);
                    for (Syntax id : ids) {
                        Resolver.bind(id, phase, new Binding.Module(TopLevel.MODULE, phase, id.sym()));
                        ns.clearTopLevelSyntax(phase, id.sym());
                    }
                    Syntax rhs = Expander.expand(l.get(2), ids.size() == 1 ? ex.withName(ids.get(0)) : ex);
                    Syntax done = Stx.list(f, l.get(0), l.get(1), rhs);
                    if (out != null) out.add(done);
                    if (run) {
                        Lowering low = new Lowering(phase, null, ctx);
                        Expr e = low.defineValues(done);
                        CompileTime.run(low.linklet("top-level", List.of(e)), ex);
                    }
                    return VoidValue.VOID;
                }
                case "define-syntaxes": {
                    List<Syntax> l = Expander.listOrBad(f);
                    List<Syntax> ids = Stx.idList(l.get(1));
                    if (ids == null || l.size() != 3) throw SyntaxErrors.badSyntax(f);
                    for (Syntax id : ids) Resolver.bind(id, phase, new Binding.Module(TopLevel.MODULE, phase, id.sym()));
                    CompileTime.Evaluated ev = CompileTime.expandAndEvalRhs(l.get(2), ids.size(), ctx, f);
                    for (int i = 0; i < ids.size(); i++) {
                        ns.setTopLevelSyntax(phase, ids.get(i).sym(), CompileTime.transformerValue(ev.values()[i]));
                    }
                    if (out != null) out.add(Stx.list(f, l.get(0), l.get(1), ev.expanded()));
                    return VoidValue.VOID;
                }
                case "begin-for-syntax": {
                    List<Syntax> l = Expander.listOrBad(f);
                    List<Syntax> sub = out == null ? null : new ArrayList<>();
                    for (int i = 1; i < l.size(); i++) process(l.get(i), ns, phase + 1, true, sub);
                    if (out != null) out.add(Stx.cons(f, l.get(0), sub));
                    return VoidValue.VOID;
                }
                case "#%require": {
                    RequireSpecs.processRequireForm(f, ctx);
                    if (run) {
                        for (var r : topRequiresOf(f, ctx)) {
                            if (r.level() != org.jracket.runtime.syntax.Phase.LABEL
                                    && !org.jracket.runtime.module.PrimitiveModules.isPrimitive(r.module())) {
                                ns.instance(r.module(), r.level()).run(phase - r.level());
                            }
                        }
                    }
                    if (out != null) out.add(f);
                    return VoidValue.VOID;
                }
                case "module": {
                    List<Syntax> l = Expander.listOrBad(f);
                    if (l.size() < 3 || !l.get(1).isIdentifier()) throw SyntaxErrors.badSyntax(f);
                    ModuleDeclaration d = ModuleExpander.expandModule(f, ModuleName.of(l.get(1).sym()), session);
                    ns.declare(d);
                    if (out != null) out.add(d.expanded());
                    return VoidValue.VOID;
                }
                case "#%provide": case "module*": case "module+":
                    throw SyntaxErrors.raise(core, "not allowed at the top level", f, null);
                case "#%declare":
                    return VoidValue.VOID;
                default:
                    break;
            }
        }
        Syntax e = Expander.expand(f, ex);
        if (out != null) out.add(e);
        if (!run) return VoidValue.VOID;
        Lowering low = new Lowering(phase, null, ctx);
        Expr ir = low.lower(e);
        return CompileTime.run(low.linklet("top-level", List.of(ir)), ex);
    }

    /** The requires a #%require form added (re-resolved; cheap, modules are declared). */
    private static List<org.jracket.runtime.module.Require> topRequiresOf(Syntax f, ExpandContext ctx) {
        List<org.jracket.runtime.module.Require> out = new ArrayList<>();
        collect(f, ctx, 0, out);
        return out;
    }

    private static void collect(Syntax s, ExpandContext ctx, int level, List<org.jracket.runtime.module.Require> out) {
        List<Syntax> l = s.toList();
        if (l == null || l.isEmpty()) {
            out.add(new org.jracket.runtime.module.Require(RequireSpecs.resolve(s, ctx), level));
            return;
        }
        String head = l.get(0).isIdentifier() ? l.get(0).sym().name : "";
        switch (head) {
            case "#%require" -> { for (int i = 1; i < l.size(); i++) collect(l.get(i), ctx, level, out); }
            case "for-syntax" -> { for (int i = 1; i < l.size(); i++) collect(l.get(i), ctx, level + 1, out); }
            case "for-template" -> { for (int i = 1; i < l.size(); i++) collect(l.get(i), ctx, level - 1, out); }
            case "for-label" -> { }
            case "for-meta" -> {
                Object d = l.get(1).e;
                if (d instanceof Number n) for (int i = 2; i < l.size(); i++) collect(l.get(i), ctx, level + n.intValue(), out);
            }
            case "just-meta" -> { for (int i = 2; i < l.size(); i++) collect(l.get(i), ctx, level, out); }
            case "only", "all-except" -> collect(l.get(1), ctx, level, out);
            case "rename" -> collect(l.get(1), ctx, level, out);
            case "prefix", "prefix-all-except" -> collect(l.get(2), ctx, level, out);
            default -> out.add(new org.jracket.runtime.module.Require(RequireSpecs.resolve(s, ctx), level));
        }
    }

    static Symbol sym(String s) { return Symbol.of(s); }
}
