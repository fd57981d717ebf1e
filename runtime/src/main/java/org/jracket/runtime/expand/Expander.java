package org.jracket.runtime.expand;

import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.module.ModuleDeclaration;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.module.PrimitiveModules;
import org.jracket.runtime.print.Printer;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.Resolver;
import org.jracket.runtime.syntax.Scope;
import org.jracket.runtime.syntax.Syntax;

/**
 * The expansion loop: dispatches a form on the compile-time value its head identifier is
 * bound to — a core form, a macro (applied with a fresh introduction scope and, in
 * definition contexts, a use-site scope; Flatt 2016, sections 3.3 and 3.5), a rename
 * transformer — and inserts the implicit {@code #%app}, {@code #%datum} and {@code #%top}
 * with the lexical context of the form.
 */
public final class Expander {
    private Expander() {}

    /** Expands s in ctx (completely, or until a core form when ctx.stops is non-null). */
    public static Syntax expand(Syntax s, ExpandContext ctx) {
        while (true) {
            Object c = s.e;
            if (c instanceof Symbol) {
                Binding b = resolve(s, ctx);
                if (b == null) {
                    s = implicit("#%top", s, ctx);
                    continue;
                }
                Object v = lookup(b, ctx, s);
                if (v == Transformers.VARIABLE) return s;
                if (ctx.stops != null && isStop(b, ctx)) return s;
                if (v instanceof CoreForm cf) {
                    throw SyntaxErrors.badSyntax(s);
                }
                if (v instanceof Transformers.RenameTransformer rt) {
                    s = renameTarget(rt, s);
                    continue;
                }
                Object t = transformerProcedure(v);
                if (t != null) {
                    s = applyTransformer(t, s, ctx, b);
                    continue;
                }
                if (v instanceof NativeMacro nm) {
                    s = nm.transform(s, ctx);
                    continue;
                }
                throw illegalUse(s, v);
            }
            Object content = s.content();
            if (content instanceof Pair p) {
                if (p.car instanceof Syntax head && head.isIdentifier()) {
                    Binding b = resolve(head, ctx);
                    if (b != null) {
                        Object v = lookup(b, ctx, head);
                        if (v != Transformers.VARIABLE) {
                            if (ctx.stops != null && (v instanceof CoreForm || isStop(b, ctx))) return s;
                            if (v instanceof CoreForm cf) return cf.expand(s, ctx);
                            if (v instanceof Transformers.RenameTransformer rt) {
                                s = s.withContent(new Pair(renameTarget(rt, head), p.cdr));
                                continue;
                            }
                            Object t = transformerProcedure(v);
                            if (t != null) {
                                s = applyTransformer(t, s, ctx, b);
                                continue;
                            }
                            if (v instanceof NativeMacro nm) {
                                s = nm.transform(s, ctx);
                                continue;
                            }
                            if (!(v instanceof Transformers.PatternVariable)) throw illegalUse(head, v);
                        }
                    }
                }
                s = implicit("#%app", s, ctx);
                if (ctx.stops != null && stopsAtHead(s, ctx)) return s;
                continue;
            }
            if (content == Null.NULL) {
                s = implicit("#%app", s, ctx);
                continue;
            }
            s = implicit("#%datum", s, ctx);
        }
    }

    private static boolean stopsAtHead(Syntax s, ExpandContext ctx) {
        Syntax head = (Syntax) ((Pair) s.content()).car;
        Binding b = resolve(head, ctx);
        return b != null && (lookup(b, ctx, head) instanceof CoreForm || isStop(b, ctx));
    }

    private static boolean isStop(Binding b, ExpandContext ctx) {
        for (Binding x : ctx.stops) if (x.sameAs(b)) return true;
        return false;
    }

    /** Expands s completely as an expression. */
    public static Syntax expandExpr(Syntax s, ExpandContext ctx) {
        return expand(s, ctx.asExpression());
    }

    // ---- resolution and compile-time values ----------------------------------------------

    public static Binding resolve(Syntax id, ExpandContext ctx) {
        return resolve(id, ctx.phase);
    }

    public static Binding resolve(Syntax id, int phase) {
        try {
            return Resolver.resolve(id, phase);
        } catch (Resolver.AmbiguousException e) {
            throw SyntaxErrors.raise(id.sym().name, "identifier's binding is ambiguous", id, null);
        }
    }

    /** The compile-time value of a binding, seen from phase ctx.phase. */
    public static Object lookup(Binding b, ExpandContext ctx, Syntax id) {
        if (b instanceof Binding.Local l) {
            Object v = ctx.session.env.get(l.key());
            if (v == null) {
                throw SyntaxErrors.raise(id.sym().name, "identifier used out of context", id, null);
            }
            return v;
        }
        Binding.Module m = (Binding.Module) b;
        Object mod = m.module();
        if (mod instanceof ModuleName mn && mn.subs().isEmpty() && mn.root() instanceof Symbol) {
            if (PrimitiveModules.KERNEL.equals(mn)) {
                CoreForm cf = CoreForms.get(m.sym().name);
                return cf != null ? cf : Transformers.VARIABLE;
            }
            if (PrimitiveModules.STX.equals(mn)) {
                NativeMacro nm = org.jracket.runtime.expand.stx.StxModule.macro(m.sym().name);
                return nm != null ? nm : Transformers.VARIABLE;
            }
            if (PrimitiveModules.isPrimitive(mn)) return Transformers.VARIABLE;
        }
        if (mod == TopLevel.MODULE) {
            Object v = ctx.session.namespace.topLevelSyntax(m.phase(), m.sym());
            return v != null ? v : Transformers.VARIABLE;
        }
        ModuleContext mc = ctx.session.modules.get(mod);
        if (mc != null) {
            Object v = mc.syntaxValue(m.phase(), m.sym());
            return v != null ? v : Transformers.VARIABLE;
        }
        ModuleName name = (ModuleName) mod;
        ModuleDeclaration decl = ctx.session.namespace.declaration(name);
        if (decl == null || !decl.isSyntax(m.phase(), m.sym())) return Transformers.VARIABLE;
        return ctx.session.namespace.instance(name, ctx.phase - m.phase()).transformer(m.phase(), m.sym());
    }

    /** The procedure to call for a macro value, or null if v is not a macro. */
    static Object transformerProcedure(Object v) {
        if (v instanceof Procedure) return v;
        if (v instanceof Transformers.SetBangTransformer st) return st.proc();
        if (v instanceof org.jracket.runtime.data.Struct st
                && st.type.prop(org.jracket.runtime.prims.StructProps.PROCEDURE) != null) return v;
        return null;
    }

    static Syntax renameTarget(Transformers.RenameTransformer rt, Syntax use) {
        // The target keeps its own context; the use's location is kept for error messages.
        return rt.target();
    }

    // ---- macro application ---------------------------------------------------------------

    /** Applies a macro: introduction scope on the input, flipped on the output. */
    static Syntax applyTransformer(Object proc, Syntax s, ExpandContext ctx, Binding b) {
        Scope intro = new Scope("macro");
        Scope useSite = null;
        Syntax in = s.addScope(intro);
        if (ctx.defCtx != null && definedHere(b, ctx)) {
            useSite = new Scope("use-site");
            in = in.addScope(useSite);
            ctx.defCtx.addUseSite(useSite);
        }
        Object out = callTransformer(proc, in, ctx, intro, useSite);
        if (!(out instanceof Syntax os)) {
            throw SyntaxErrors.raise(SyntaxErrors.formName(s),
                    "received value from syntax expander was not syntax\n  received: " + Printer.toPrintString(out), null, null);
        }
        return os.flipScope(intro);
    }

    /**
     * Whether a macro use in a definition context gets a use-site scope: as in Racket, only when
     * the macro is defined in that context (the module being expanded, or a body's local macros),
     * so that uses of imported forms such as define do not leave scopes on the code they produce.
     */
    private static boolean definedHere(Binding b, ExpandContext ctx) {
        return switch (ctx.kind) {
            case MODULE -> b == null || !(b instanceof Binding.Module m) || ctx.module == null
                    || m.module().equals(ctx.module.name);
            case INTERNAL_DEFINITION -> !(b instanceof Binding.Module);
            default -> false;
        };
    }

    /** Calls a transformer procedure with the transformer frame set for syntax-local-*. */
    public static Object callTransformer(Object proc, Syntax in, ExpandContext ctx, Scope intro, Scope useSite) {
        ExpandContext.TransformerFrame outer = ExpandContext.currentFrame();
        ExpandContext.setFrame(new ExpandContext.TransformerFrame(ctx, intro, useSite, outer));
        try {
            if (proc instanceof org.jracket.runtime.data.Struct st) {
                Object p = st.type.prop(org.jracket.runtime.prims.StructProps.PROCEDURE);
                if (p instanceof Long idx) return ((Procedure) st.fields[idx.intValue()]).apply1(in);
                return ((Procedure) p).apply2(st, in);
            }
            return ((Procedure) proc).apply1(in);
        } finally {
            ExpandContext.setFrame(outer);
        }
    }

    // ---- implicit forms ------------------------------------------------------------------

    /** (name . s) where name has the lexical context of s. */
    static Syntax implicit(String name, Syntax s, ExpandContext ctx) {
        Syntax id = Syntax.fromDatum(s, Symbol.of(name), s.loc, null);
        Binding b = resolve(id, ctx);
        if (b == null) {
            if (name.equals("#%top")) {
                throw SyntaxErrors.unbound(s, ";\n also, no #%top syntax transformer is bound");
            }
            Syntax what = name.equals("#%app") ? s : s;
            throw SyntaxErrors.raise(name, "unbound identifier;\n also, no " + name + " syntax transformer is bound",
                    what, null);
        }
        return s.withContent(new Pair(id, s));
    }

    static RuntimeException illegalUse(Syntax id, Object v) {
        if (v instanceof Transformers.PatternVariable) {
            return SyntaxErrors.raise(id.sym().name, "pattern variable cannot be used outside of a template", id, null);
        }
        return SyntaxErrors.raise(id.sym().name, "illegal use of syntax", id, null);
    }

    /** Unwraps a syntax object's list content, raising "bad syntax" if it is not a list. */
    static java.util.List<Syntax> listOrBad(Syntax s) {
        java.util.List<Syntax> l = s.toList();
        if (l == null) throw SyntaxErrors.badSyntax(s);
        return l;
    }

    static RuntimeException syntaxError(org.jracket.runtime.data.StructType t, String msg, Syntax s) {
        return SyntaxErrors.raiseTyped(t, SyntaxErrors.formName(s), msg, s, null, "");
    }

    static final org.jracket.runtime.data.StructType SYNTAX = ExnTypes.SYNTAX;
}
