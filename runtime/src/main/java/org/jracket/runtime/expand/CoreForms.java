package org.jracket.runtime.expand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jracket.runtime.data.Keyword;
import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.Scope;
import org.jracket.runtime.syntax.Syntax;

/**
 * The core syntactic forms of {@code #%kernel}: each expands its subforms and rebuilds the
 * form, so the result is fully expanded. Definition-context forms (define-values, #%require,
 * module ...) are handled by the module, body and top-level expanders, which see them
 * through partial expansion; used as expressions they are errors.
 */
public final class CoreForms {
    /**
     * A syntax property key (an object no program can name) under which a let-values made by
     * syntax-case carries the scope of its pattern variables, which syntax-case adds itself:
     * the body is then expanded with that scope among its local binding scopes.
     */
    public static final Object BINDING_SCOPE = new Object();

    private CoreForms() {}

    private static final Map<String, CoreForm> FORMS = new HashMap<>();

    public static CoreForm get(String name) { return FORMS.get(name); }

    public static java.util.Set<String> names() { return FORMS.keySet(); }

    @FunctionalInterface interface Handler { Syntax expand(Syntax s, ExpandContext ctx); }

    private static void reg(String name, Handler h) {
        FORMS.put(name, new CoreForm() {
            @Override public String name() { return name; }
            @Override public Syntax expand(Syntax s, ExpandContext ctx) { return h.expand(s, ctx); }
            @Override public String toString() { return "#<core:" + name + ">"; }
        });
    }

    /** The name of the core form heading s (after partial expansion), or null. */
    public static String coreName(Syntax s, ExpandContext ctx) {
        if (!(s.content() instanceof Pair p) || !(p.car instanceof Syntax h) || !h.isIdentifier()) return null;
        Binding b = Expander.resolve(h, ctx);
        if (b == null) return null;
        Object v = Expander.lookup(b, ctx, h);
        return v instanceof CoreForm cf ? cf.name() : null;
    }

    static {
        reg("quote", (s, ctx) -> {
            List<Syntax> l = Expander.listOrBad(s);
            if (l.size() != 2) throw SyntaxErrors.badSyntax(s);
            return s;
        });
        reg("quote-syntax", (s, ctx) -> {
            List<Syntax> l = Expander.listOrBad(s);
            if (l.size() == 3 && l.get(2).e instanceof Keyword k && k.name.equals("local")) return Stx.list(s, l.get(0), l.get(1));
            if (l.size() != 2) throw SyntaxErrors.badSyntax(s);
            // without #:local, the scopes of the enclosing binding forms (and their bodies'
            // use-site scopes) are removed, as in Racket
            Syntax datum = l.get(1);
            if (ctx.module != null && ctx.module.bodyContext != null) {
                datum = ctx.module.bodyContext.removeUseSitesFromForm(datum);
            }
            if (ctx.locals == null) return datum == l.get(1) ? s : Stx.list(s, l.get(0), datum);
            for (ExpandContext.LocalScopes x = ctx.locals; x != null; x = x.tail()) {
                datum = datum.removeScope(x.head());
                if (x.body() != null) datum = x.body().removeUseSitesFromForm(datum);
            }
            return Stx.list(s, l.get(0), datum);
        });
        reg("if", (s, ctx) -> {
            List<Syntax> l = Expander.listOrBad(s);
            if (l.size() == 3) throw SyntaxErrors.raise("if", "missing an \"else\" expression", s, null);
            if (l.size() != 4) throw SyntaxErrors.badSyntax(s);
            ExpandContext e = ctx.asExpression();
            return Stx.list(s, l.get(0), Expander.expand(l.get(1), e), Expander.expand(l.get(2), e), Expander.expand(l.get(3), e));
        });
        reg("begin", (s, ctx) -> {
            List<Syntax> l = Expander.listOrBad(s);
            if (l.size() < 2) throw SyntaxErrors.raise("begin", "empty form not allowed", s, null);
            return Stx.cons(s, l.get(0), expandAll(l.subList(1, l.size()), ctx.asExpression()));
        });
        reg("begin0", (s, ctx) -> {
            List<Syntax> l = Expander.listOrBad(s);
            if (l.size() < 2) throw SyntaxErrors.badSyntax(s);
            return Stx.cons(s, l.get(0), expandAll(l.subList(1, l.size()), ctx.asExpression()));
        });
        reg("with-continuation-mark", (s, ctx) -> {
            List<Syntax> l = Expander.listOrBad(s);
            if (l.size() != 4) throw SyntaxErrors.badSyntax(s);
            return Stx.cons(s, l.get(0), expandAll(l.subList(1, 4), ctx.asExpression()));
        });
        Handler lambda = (s, ctx) -> {
            List<Syntax> l = Expander.listOrBad(s);
            if (l.size() < 3) throw SyntaxErrors.badSyntax(s);
            Syntax[] r = lambdaClause(l.get(1), l.subList(2, l.size()), s, ctx);
            return Stx.cons(s, l.get(0), List.of(r));
        };
        reg("lambda", lambda);
        reg("#%plain-lambda", lambda);
        reg("case-lambda", (s, ctx) -> {
            List<Syntax> l = Expander.listOrBad(s);
            List<Object> out = new ArrayList<>();
            out.add(l.get(0));
            for (Syntax clause : l.subList(1, l.size())) {
                List<Syntax> c = clause.toList();
                if (c == null || c.size() < 2) throw SyntaxErrors.badSyntax(s);
                Syntax[] r = lambdaClause(c.get(0), c.subList(1, c.size()), s, ctx);
                out.add(Stx.list(clause, (Object[]) r));
            }
            return Stx.list(s, out);
        });
        reg("let-values", (s, ctx) -> letValues(s, ctx, false, false));
        reg("letrec-values", (s, ctx) -> letValues(s, ctx, true, false));
        reg("letrec-syntaxes+values", (s, ctx) -> letValues(s, ctx, true, true));
        reg("set!", CoreForms::setBang);
        Handler app = (s, ctx) -> {
            List<Syntax> l = Expander.listOrBad(s);
            if (l.size() < 2) {
                throw SyntaxErrors.raise("#%app", "missing procedure expression;\n"
                        + " probably originally (), which is an illegal empty application", s, null);
            }
            return Stx.cons(s, l.get(0), expandAll(l.subList(1, l.size()), ctx.asExpression()));
        };
        reg("#%app", app);
        reg("#%plain-app", app);
        reg("#%datum", (s, ctx) -> {
            Syntax d = cdrSyntax(s);
            if (d.e instanceof Keyword) throw SyntaxErrors.raise("#%datum", "keyword misused as an expression", null, d);
            return Stx.list(s, CoreScope.id("quote", s.loc), d);
        });
        reg("#%top", (s, ctx) -> {
            Syntax id = cdrSyntax(s);
            if (!id.isIdentifier()) throw SyntaxErrors.badSyntax(s);
            if (ctx.module != null) {
                Binding b = Expander.resolve(id, ctx);
                if (b instanceof Binding.Module m && Expander.lookup(b, ctx, id) == Transformers.VARIABLE
                        && ctx.session.modules.containsKey(m.module())) {
                    return id;
                }
                if (b != null) throw SyntaxErrors.unbound(id, "");
                // Possibly defined later in the module (checked when the module is complete).
                ctx.module.pendingTops.add(new ModuleContext.PendingTop(id, ctx.phase));
                return s;
            }
            return s;
        });
        reg("#%expression", (s, ctx) -> {
            List<Syntax> l = Expander.listOrBad(s);
            if (l.size() != 2) throw SyntaxErrors.badSyntax(s);
            return Expander.expand(l.get(1), ctx.asExpression());
        });
        reg("#%variable-reference", (s, ctx) -> {
            List<Syntax> l = Expander.listOrBad(s);
            if (l.size() > 2) throw SyntaxErrors.badSyntax(s);
            return s;
        });
        for (String n : new String[] {"define-values", "define-syntaxes", "begin-for-syntax", "#%require", "#%provide",
                "#%declare", "module", "module*", "module+"}) {
            reg(n, (s, ctx) -> {
                throw SyntaxErrors.raise(n, "not allowed in an expression context", s, null);
            });
        }
        reg("#%module-begin", (s, ctx) -> ModuleBody.expand(s, ctx, false));
        reg("#%plain-module-begin", (s, ctx) -> ModuleBody.expand(s, ctx, false));
        reg("#%printing-module-begin", (s, ctx) -> ModuleBody.expand(s, ctx, true));
    }

    static Syntax cdrSyntax(Syntax s) {
        Object c = s.content();
        if (!(c instanceof Pair p)) throw SyntaxErrors.badSyntax(s);
        Object d = p.cdr;
        return d instanceof Syntax ds ? ds : s.withContent(d);
    }

    static List<Syntax> expandAll(List<Syntax> forms, ExpandContext ctx) {
        List<Syntax> out = new ArrayList<>(forms.size());
        for (Syntax f : forms) out.add(Expander.expand(f, ctx));
        return out;
    }

    /** Expands (formals body ...) of lambda/case-lambda; returns {formals', body'...}. */
    static Syntax[] lambdaClause(Syntax formals, List<Syntax> body, Syntax form, ExpandContext ctx) {
        Scope sc = new Scope("lambda");
        List<Syntax> ids = new ArrayList<>();
        Object x = formals.isIdentifier() ? formals : formals.content();
        Syntax rest = null;
        while (true) {
            if (x instanceof Pair p) { ids.add((Syntax) p.car); x = p.cdr; }
            else if (x instanceof Syntax xs) {
                if (xs.isIdentifier()) { rest = xs; break; }
                x = xs.content();
            } else if (x == Null.NULL) break;
            else throw SyntaxErrors.badSyntax(form);
        }
        String who = SyntaxErrors.formName(form);
        List<Syntax> all = new ArrayList<>(ids);
        if (rest != null) all.add(rest);
        List<Syntax> scoped = Locals.scopeAndCheck(all, sc, ctx, who, "argument", form);
        for (Syntax id : scoped) Locals.bind(id, ctx, Transformers.VARIABLE);
        Object f = rest != null ? scoped.get(scoped.size() - 1) : Null.NULL;
        for (int i = ids.size() - 1; i >= 0; i--) f = new Pair(scoped.get(i), f);
        Syntax newFormals = f instanceof Syntax fs ? fs : formals.withContent(f);
        List<Syntax> scopedBody = new ArrayList<>(body.size());
        for (Syntax b : body) scopedBody.add(b.addScope(sc));
        List<Syntax> expanded = BodyExpander.expandBody(scopedBody, form, ctx.withLocalScope(sc));
        Syntax[] out = new Syntax[expanded.size() + 1];
        out[0] = newFormals;
        for (int i = 0; i < expanded.size(); i++) out[i + 1] = expanded.get(i);
        return out;
    }

    private static Syntax letValues(Syntax s, ExpandContext ctx, boolean rec, boolean syntaxes) {
        List<Syntax> l = Expander.listOrBad(s);
        int bodyStart = syntaxes ? 3 : 2;
        if (l.size() < bodyStart + 1) throw SyntaxErrors.badSyntax(s);
        String who = SyntaxErrors.formName(s);
        Scope sc = new Scope("let");
        List<Syntax> stxClauses = syntaxes ? l.get(1).toList() : List.of();
        List<Syntax> valClauses = l.get(syntaxes ? 2 : 1).toList();
        if (stxClauses == null || valClauses == null) throw SyntaxErrors.badSyntax(s);
        List<List<Syntax>> stxIds = new ArrayList<>(), valIds = new ArrayList<>();
        List<Syntax> stxRhs = new ArrayList<>(), valRhs = new ArrayList<>();
        List<Syntax> allIds = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (Syntax c : pass == 0 ? stxClauses : valClauses) {
                List<Syntax> cl = c.toList();
                if (cl == null || cl.size() != 2) throw SyntaxErrors.badSyntax(s);
                List<Syntax> ids = Stx.idList(cl.get(0));
                if (ids == null) throw SyntaxErrors.badSyntax(s);
                (pass == 0 ? stxIds : valIds).add(ids);
                (pass == 0 ? stxRhs : valRhs).add(cl.get(1));
                allIds.addAll(ids);
            }
        }
        List<Syntax> scoped = Locals.scopeAndCheck(allIds, sc, ctx, who, "binding", s);
        ExpandContext ex = ctx.asExpression();
        // letrec's right-hand sides are inside its scope, let's are not
        ExpandContext inner = ex.withLocalScope(sc);
        // Syntax bindings first: their right-hand sides see the whole letrec scope.
        int k = 0;
        for (int i = 0; i < stxIds.size(); i++) {
            List<Syntax> ids = scoped.subList(k, k + stxIds.get(i).size());
            k += ids.size();
            Object[] vals = CompileTime.evalTransformerRhs(stxRhs.get(i).addScope(sc), ids.size(), ctx, s);
            for (int j = 0; j < ids.size(); j++) Locals.bind(ids.get(j), ctx, CompileTime.transformerValue(vals[j]));
        }
        List<List<Syntax>> boundVal = new ArrayList<>();
        for (List<Syntax> vi : valIds) {
            boundVal.add(scoped.subList(k, k + vi.size()));
            k += vi.size();
        }
        List<Object> clausesOut = new ArrayList<>();
        List<Syntax> rhsOut = new ArrayList<>();
        for (int i = 0; i < boundVal.size(); i++) {
            Syntax rhs = valRhs.get(i);
            if (rec) rhs = rhs.addScope(sc);
            else rhsOut.add(Expander.expand(rhs, nameCtx(ex, boundVal.get(i))));
        }
        for (List<Syntax> ids : boundVal) for (Syntax id : ids) Locals.bind(id, ctx, Transformers.VARIABLE);
        if (rec) {
            for (int i = 0; i < boundVal.size(); i++) {
                rhsOut.add(Expander.expand(valRhs.get(i).addScope(sc), nameCtx(inner, boundVal.get(i))));
            }
        }
        for (int i = 0; i < boundVal.size(); i++) {
            Syntax clauseLike = valClauses.get(i);
            clausesOut.add(Stx.list(clauseLike, Stx.list(clauseLike, boundVal.get(i)), rhsOut.get(i)));
        }
        List<Syntax> body = new ArrayList<>();
        for (Syntax b : l.subList(bodyStart, l.size())) body.add(b.addScope(sc));
        ExpandContext bodyCtx = ctx.withLocalScope(sc);
        if (s.property(BINDING_SCOPE) instanceof Scope extra) bodyCtx = bodyCtx.withLocalScope(extra);
        List<Syntax> bodyOut = BodyExpander.expandBody(body, s, bodyCtx);
        Syntax head = syntaxes ? CoreScope.id("letrec-values", l.get(0).loc) : l.get(0);
        List<Object> out = new ArrayList<>();
        out.add(head);
        out.add(Stx.list(l.get(syntaxes ? 2 : 1), clausesOut));
        out.addAll(bodyOut);
        return Stx.list(s, out);
    }

    private static ExpandContext nameCtx(ExpandContext ex, List<Syntax> ids) {
        return ids.size() == 1 ? ex.withName(ids.get(0)) : ex;
    }

    private static Syntax setBang(Syntax s, ExpandContext ctx) {
        List<Syntax> l = Expander.listOrBad(s);
        if (l.size() != 3 || !l.get(1).isIdentifier()) throw SyntaxErrors.badSyntax(s);
        Syntax id = l.get(1);
        Binding b = Expander.resolve(id, ctx);
        if (b == null) {
            if (ctx.module != null) throw SyntaxErrors.raiseTyped(org.jracket.runtime.exn.ExnTypes.SYNTAX_UNBOUND, "set!", "unbound identifier", s, id, "");
            return Stx.list(s, l.get(0), id, Expander.expand(l.get(2), ctx.asExpression()));
        }
        Object v = Expander.lookup(b, ctx, id);
        if (v == Transformers.VARIABLE) {
            if (b instanceof Binding.Module m && m.module() != TopLevel.MODULE
                    && !ctx.session.modules.containsKey(m.module())) {
                throw SyntaxErrors.raise("set!", "cannot mutate module-required identifier", s, id);
            }
            return Stx.list(s, l.get(0), id, Expander.expand(l.get(2), ctx.asExpression()));
        }
        if (v instanceof Transformers.SetBangTransformer st) {
            return Expander.expand(Expander.applyTransformer(st.proc(), s, ctx, b), ctx);
        }
        if (v instanceof Transformers.RenameTransformer rt) {
            return Expander.expand(Stx.list(s, l.get(0), rt.target(), l.get(2)), ctx);
        }
        throw SyntaxErrors.raise("set!", "cannot mutate syntax identifier", s, id);
    }

    static Object[] values(Object result, int n, Syntax form) {
        Object[] vals = MultipleValues.toArray(result);
        if (vals.length != n) {
            throw org.jracket.runtime.exn.Errors.raise(org.jracket.runtime.exn.ExnTypes.ARITY,
                    "result arity mismatch;\n expected number of values not received\n  expected: " + n
                            + "\n  received: " + vals.length);
        }
        return vals;
    }
}
