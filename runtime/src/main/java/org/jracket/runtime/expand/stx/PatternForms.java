package org.jracket.runtime.expand.stx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.expand.CoreScope;
import org.jracket.runtime.expand.ExpandContext;
import org.jracket.runtime.expand.Expander;
import org.jracket.runtime.expand.Stx;
import org.jracket.runtime.expand.SyntaxErrors;
import org.jracket.runtime.expand.Transformers;
import org.jracket.runtime.module.PrimitiveModules;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.Scope;
import org.jracket.runtime.syntax.Syntax;

/**
 * Expansion of the pattern forms into core forms. A syntax-case clause becomes a call of
 * the matcher (with the compiled {@link Pattern} as a constant) and, on success, local
 * variables holding the matches; the pattern variables themselves are bound (with a fresh
 * scope on the clause body) to compile-time {@link Transformers.PatternVariable}s naming those
 * locals, which is how {@code syntax} templates find them. Temporaries use uninterned
 * symbols, so they can neither capture nor be captured.
 */
final class PatternForms {
    private PatternForms() {}

    private static final Symbol ELLIPSIS = Symbol.of("...");
    private static final Symbol UNDERSCORE = Symbol.of("_");

    static boolean isEllipsis(Object v, ExpandContext ctx) { return isStxName(v, ctx, ELLIPSIS); }

    private static boolean isStxName(Object v, ExpandContext ctx, Symbol name) {
        if (!(v instanceof Syntax id) || !id.isIdentifier() || id.sym() != name) return false;
        Binding b = Expander.resolve(id, ctx.phase);
        return b == null || (b instanceof Binding.Module m && PrimitiveModules.STX.equals(m.module()));
    }

    private static Syntax fresh(String name, Syntax like) {
        return new Syntax(Symbol.uninterned(name), like.loc);
    }

    private static Syntax core(String name) { return CoreScope.id(name); }

    private static Syntax quoteConst(Syntax like, Object v) {
        return Stx.list(like, core("quote"), new Syntax(v, like.loc));
    }

    private static Syntax app(Syntax like, Object... parts) {
        Object[] all = new Object[parts.length + 1];
        all[0] = core("#%app");
        System.arraycopy(parts, 0, all, 1, parts.length);
        return Stx.list(like, all);
    }

    private static Syntax let1(Syntax like, Syntax id, Syntax rhs, Syntax body) {
        return Stx.list(like, core("let-values"), Stx.list(like, Stx.list(like, Stx.list(like, id), rhs)), body);
    }

    // ---- match-time entry point ----------------------------------------------------------

    static Object match(Object v, Pattern p, Object lits, Procedure compare) {
        ExpandContext.TransformerFrame f = ExpandContext.currentFrame();
        int phase = f == null ? 0 : f.ctx().phase;
        Pattern.MatchContext mc = new Pattern.MatchContext(Syntax.listOf(lits), compare, phase);
        Object[] out = new Object[countVars(p)];
        return p.match(v, out, mc) ? out : Boolean.FALSE;
    }

    private static final java.util.concurrent.ConcurrentHashMap<Pattern, Integer> COUNTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static int countVars(Pattern p) {
        return COUNTS.computeIfAbsent(p, q -> {
            List<Integer> l = new ArrayList<>();
            q.vars(l);
            int max = -1;
            for (int i : l) max = Math.max(max, i);
            return max + 1;
        });
    }

    // ---- syntax-case -----------------------------------------------------------------------

    private record PVar(Syntax id, int depth) {}

    static Syntax syntaxCase(Syntax s, ExpandContext ctx, boolean star) {
        List<Syntax> l = s.toList();
        int first = star ? 4 : 3;
        if (l == null || l.size() < first) throw SyntaxErrors.badSyntax(s);
        List<Syntax> lits = Stx.idList(l.get(2));
        if (lits == null) throw SyntaxErrors.badSyntax(s);
        Syntax tmp = fresh("stx", s);
        Syntax cmp = star ? fresh("cmp", s) : null;
        Syntax chain = app(s, core("stx-fail"), tmp);
        for (int i = l.size() - 1; i >= first; i--) chain = clause(l.get(i), s, lits, l.get(2), tmp, cmp, chain, ctx);
        Syntax body = star ? let1(s, cmp, l.get(3), chain) : chain;
        return let1(s, tmp, l.get(1), body);
    }

    private static Syntax clause(Syntax clause, Syntax form, List<Syntax> lits, Syntax litsStx, Syntax tmp, Syntax cmp,
                                 Syntax next, ExpandContext ctx) {
        List<Syntax> cl = clause.toList();
        if (cl == null || cl.size() < 2 || cl.size() > 3) throw SyntaxErrors.badSyntax(form);
        List<PVar> vars = new ArrayList<>();
        Pattern p = compilePattern(cl.get(0), lits, ctx, vars, 0, form);
        Scope pv = new Scope("pattern-variables");
        List<Object> binds = new ArrayList<>();
        Syntax m = fresh("m", clause);
        for (int k = 0; k < vars.size(); k++) {
            PVar v = vars.get(k);
            Syntax tmpId = Syntax.fromDatum(v.id, Symbol.uninterned(v.id.sym().name), v.id.loc, null);
            ctx.bindLocal(v.id.addScope(pv), new Transformers.PatternVariable(tmpId, v.depth));
            binds.add(Stx.list(clause, Stx.list(clause, tmpId), app(clause, core("stx-ref"), m, quoteConst(clause, (long) k))));
        }
        Syntax n = fresh("next", clause);
        Syntax body = cl.get(cl.size() - 1).addScope(pv);
        Syntax inner = cl.size() == 3
                ? Stx.list(clause, core("if"), cl.get(1).addScope(pv), body, app(clause, n))
                : body;
        // the let-values carries pv so that its body is expanded knowing pv as a local binding
        // scope (quote-syntax removes those, see CoreForms)
        Syntax withVars = Stx.list(clause, core("let-values"), Stx.list(clause, binds), inner)
                .withProperty(org.jracket.runtime.expand.CoreForms.BINDING_SCOPE, pv);
        Syntax matchCall = cmp == null
                ? app(clause, core("stx-match"), tmp, quoteConst(clause, p), Stx.list(clause, core("quote-syntax"), litsStx))
                : app(clause, core("stx-match"), tmp, quoteConst(clause, p), Stx.list(clause, core("quote-syntax"), litsStx), cmp);
        Syntax test = let1(clause, m, matchCall, Stx.list(clause, core("if"), m, withVars, app(clause, n)));
        Syntax thunk = Stx.list(clause, core("lambda"), clause.withContent(Null.NULL), next);
        return let1(clause, n, thunk, test);
    }

    private static Pattern compilePattern(Syntax p, List<Syntax> lits, ExpandContext ctx, List<PVar> vars, int depth,
                                          Syntax form) {
        if (p.isIdentifier()) {
            if (isStxName(p, ctx, UNDERSCORE)) return new Pattern.Wild();
            if (isEllipsis(p, ctx)) throw SyntaxErrors.raise("syntax-case", "misplaced ellipsis in pattern", form, p);
            for (int i = 0; i < lits.size(); i++) if (lits.get(i).sym() == p.sym()) return new Pattern.Literal(i);
            vars.add(new PVar(p, depth));
            return new Pattern.Var(vars.size() - 1);
        }
        Object c = p.content();
        if (c instanceof Pair || c == Null.NULL) return compileList(c, lits, ctx, vars, depth, form);
        if (c instanceof MVector v) {
            return new Pattern.VectorPat(compileList(Pair.list(v.items), lits, ctx, vars, depth, form));
        }
        return new Pattern.Datum(Syntax.toDatum(p));
    }

    private static Pattern compileList(Object c, List<Syntax> lits, ExpandContext ctx, List<PVar> vars, int depth,
                                       Syntax form) {
        List<Syntax> elems = new ArrayList<>();
        Object x = c;
        while (true) {
            if (x instanceof Pair q) { elems.add((Syntax) q.car); x = q.cdr; }
            else if (x instanceof Syntax xs && (xs.content() instanceof Pair || xs.content() == Null.NULL)) x = xs.content();
            else break;
        }
        int ell = -1;
        for (int i = 1; i < elems.size(); i++) {
            if (isEllipsis(elems.get(i), ctx)) {
                if (ell >= 0) throw SyntaxErrors.raise("syntax-case", "misplaced ellipsis in pattern", form, elems.get(i));
                ell = i - 1;
            }
        }
        Pattern[] compiled = new Pattern[elems.size()];
        for (int i = 0; i < elems.size(); i++) {
            if (ell >= 0 && i == ell + 1) continue;
            compiled[i] = compilePattern(elems.get(i), lits, ctx, vars, i == ell ? depth + 1 : depth, form);
        }
        Pattern tail = x == Null.NULL ? new Pattern.Empty() : compilePattern((Syntax) x, lits, ctx, vars, depth, form);
        Pattern node;
        int stop;
        if (ell >= 0) {
            Pattern[] after = new Pattern[elems.size() - ell - 2];
            for (int i = 0; i < after.length; i++) after[i] = compiled[ell + 2 + i];
            node = new Pattern.Ellipsis(compiled[ell], after, tail);
            stop = ell;
        } else {
            node = tail;
            stop = elems.size();
        }
        for (int i = stop - 1; i >= 0; i--) node = new Pattern.PairPat(compiled[i], node);
        return node;
    }

    // ---- syntax (templates) ------------------------------------------------------------------

    static Syntax syntax(Syntax s, ExpandContext ctx) {
        List<Syntax> l = s.toList();
        if (l == null || l.size() != 2) throw SyntaxErrors.badSyntax(s);
        TemplateCompiler tc = new TemplateCompiler(ctx, s);
        Template t = tc.compile(l.get(1), 0, false);
        Syntax lit = Stx.list(s, core("quote-syntax"), l.get(1));
        if (t.isConstant()) return lit;
        List<Object> call = new ArrayList<>();
        call.add(core("#%app"));
        call.add(core("stx-fill"));
        call.add(lit);
        call.add(quoteConst(s, t));
        call.addAll(tc.refs);
        return Stx.list(s, call);
    }

    private static final class TemplateCompiler {
        final ExpandContext ctx;
        final Syntax form;
        final Map<Symbol, Integer> index = new HashMap<>();
        final List<Syntax> refs = new ArrayList<>();
        final List<Integer> depths = new ArrayList<>();

        TemplateCompiler(ExpandContext ctx, Syntax form) { this.ctx = ctx; this.form = form; }

        Template compile(Syntax t, int n, boolean esc) {
            if (t.isIdentifier()) {
                if (!esc && isEllipsis(t, ctx)) throw SyntaxErrors.raise("syntax", "misplaced ellipsis in template", form, t);
                Transformers.PatternVariable pv = patternVariable(t);
                if (pv == null) return Template.Const.INSTANCE;
                if (pv.depth() > n) throw SyntaxErrors.raise("syntax", "missing ellipsis with pattern variable in template", form, t);
                Symbol key = pv.valueId().sym();
                Integer i = index.get(key);
                if (i == null) {
                    i = refs.size();
                    index.put(key, i);
                    refs.add(Syntax.fromDatum(t, key, t.loc, null));
                    depths.add(pv.depth());
                }
                return pv.attribute() ? new Template.Var(i, t) : new Template.Var(i);
            }
            Object c = t.content();
            if (!esc && headNamed(t, "~?")) {
                List<Syntax> l = t.toList();
                if (l == null || l.size() != 3) throw SyntaxErrors.raise("syntax", "bad syntax", form, t);
                return new Template.Opt(compile(l.get(1), n, esc), compile(l.get(2), n, esc), false, null);
            }
            if (!esc && headNamed(t, "~@")) return new Template.SpliceBody(compileList(((Pair) c).cdr, n, esc));
            if (c instanceof Pair) return simplify(compileList(c, n, esc));
            if (c instanceof MVector v) return simplify(new Template.VectorT(compileList(Pair.list(v.items), n, esc)));
            return Template.Const.INSTANCE;
        }

        /** (~? ...) or (~@ ...): the template forms of racket/base's syntax, known by name. */
        boolean headNamed(Syntax t, String name) {
            return t.content() instanceof Pair p && p.car instanceof Syntax h && h.isIdentifier()
                    && h.sym().name.equals(name) && !(Expander.resolve(h, ctx.phase) instanceof Binding.Local);
        }

        Template compileList(Object c, int n, boolean esc) {
            if (c instanceof Syntax xs) return compile(xs, n, esc);
            if (!(c instanceof Pair p)) return Template.Const.INSTANCE;
            Syntax elem = (Syntax) p.car;
            if (!esc && elem.content() instanceof Pair ep && ep.car instanceof Syntax eh && isEllipsis(eh, ctx)) {
                List<Syntax> el = elem.toList();
                if (el == null || el.size() != 2) throw SyntaxErrors.raise("syntax", "misplaced ellipsis in template", form, eh);
                Template sub = compile(el.get(1), n, true);
                return simplify(new Template.PairT(new Template.Escape(sub), compileList(p.cdr, n, esc)));
            }
            int k = 0;
            Object after = p.cdr;
            Syntax lastEllipsis = null;
            while (!esc) {
                Object a = after instanceof Syntax as && as.content() instanceof Pair ? as.content() : after;
                if (a instanceof Pair ap && isEllipsis(ap.car, ctx)) {
                    k++;
                    lastEllipsis = (Syntax) ap.car;
                    after = ap.cdr;
                } else break;
            }
            if (k == 0 && !esc && headNamed(elem, "~@")) {
                return new Template.Splice((Template.SpliceBody) compile(elem, n, esc), compileList(p.cdr, n, esc));
            }
            if (k == 0 && !esc && headNamed(elem, "~?") && elem.toList() != null
                    && (elem.toList().size() == 2 || elem.toList().size() == 3)) {
                List<Syntax> ol = elem.toList();
                return new Template.Opt(compile(ol.get(1), n, esc), ol.size() == 3 ? compile(ol.get(2), n, esc) : null,
                        true, compileList(p.cdr, n, esc));
            }
            if (k == 0) return simplify(new Template.PairT(compile(elem, n, esc), compileList(p.cdr, n, esc)));
            int before = refs.size();
            Template e = compile(elem, n + k, esc);
            List<Integer> vs = new ArrayList<>();
            e.vars(vs);
            if (vs.isEmpty()) throw SyntaxErrors.raise("syntax", "no pattern variables before ellipsis in template", form, lastEllipsis);
            int max = 0;
            for (int v : vs) max = Math.max(max, depths.get(v));
            if (max < n + k) throw SyntaxErrors.raise("syntax", "too many ellipses in template", form, lastEllipsis);
            int[] iter = vs.stream().distinct().filter(v -> depths.get(v) > n).mapToInt(Integer::intValue).toArray();
            if (before < 0) throw new IllegalStateException();
            return new Template.Ellipsis(e, k, 1 + k, compileList(after, n, esc), iter);
        }

        Transformers.PatternVariable patternVariable(Syntax id) {
            Binding b = Expander.resolve(id, ctx.phase);
            if (b == null) return null;
            Object v = Expander.lookup(b, ctx, id);
            return v instanceof Transformers.PatternVariable pv ? pv : null;
        }

        static Template simplify(Template t) {
            boolean constant = switch (t) {
                case Template.PairT p -> p.car.isConstant() && p.cdr.isConstant();
                case Template.VectorT v -> v.list.isConstant();
                default -> t.isConstant();
            };
            return constant ? Template.Const.INSTANCE : t;
        }
    }

    // ---- derived forms -----------------------------------------------------------------------

    /** e's value as syntax: a non-syntax value takes e's lexical context and location. */
    private static Syntax toSyntax(Syntax e) { return toSyntax(e, e); }

    private static Syntax toSyntax(Syntax e, Syntax ctxOf) {
        Syntax here = Stx.list(ctxOf, core("quote-syntax"), Syntax.fromDatum(ctxOf, Symbol.of("here"), ctxOf.loc, null));
        return app(e, core("datum->syntax"), here, e, here);
    }

    /** (with-syntax ([p e] ...) body ...+) => (syntax-case (list e ...) () [(p ...) (let-values () body ...)]) */
    static Syntax withSyntax(Syntax s, ExpandContext ctx) {
        List<Syntax> l = s.toList();
        if (l == null || l.size() < 3) throw SyntaxErrors.badSyntax(s);
        List<Syntax> binds = l.get(1).toList();
        if (binds == null) throw SyntaxErrors.badSyntax(s);
        List<Object> pats = new ArrayList<>(), exprs = new ArrayList<>();
        exprs.add(core("#%app"));
        exprs.add(core("list"));
        for (Syntax b : binds) {
            List<Syntax> bl = b.toList();
            if (bl == null || bl.size() != 2) throw SyntaxErrors.badSyntax(s);
            pats.add(bl.get(0));
            exprs.add(toSyntax(bl.get(1)));
        }
        List<Object> body = new ArrayList<>();
        body.add(core("let-values"));
        body.add(s.withContent(Null.NULL));
        body.addAll(l.subList(2, l.size()));
        Syntax clause = Stx.list(s, Stx.list(s, pats), Stx.list(s, body));
        return Stx.list(s, core("syntax-case"), Stx.list(s, exprs), s.withContent(Null.NULL), clause);
    }

    /** (syntax-rules (lit ...) [(_ . pat) tmpl] ...) => (lambda (x) (syntax-case x (lit ...) [(_ . pat) #'tmpl] ...)) */
    static Syntax syntaxRules(Syntax s, ExpandContext ctx) {
        List<Syntax> l = s.toList();
        if (l == null || l.size() < 2) throw SyntaxErrors.badSyntax(s);
        Syntax x = fresh("x", s);
        List<Object> sc = new ArrayList<>();
        sc.add(core("syntax-case"));
        sc.add(x);
        sc.add(l.get(1));
        for (Syntax clause : l.subList(2, l.size())) {
            List<Syntax> cl = clause.toList();
            if (cl == null || cl.size() != 2) throw SyntaxErrors.badSyntax(s);
            Syntax pat = cl.get(0);
            if (pat.content() instanceof Pair pp) pat = pat.withContent(new Pair(core("_"), pp.cdr));
            sc.add(Stx.list(clause, pat, Stx.list(clause, core("syntax"), cl.get(1))));
        }
        return Stx.list(s, core("lambda"), Stx.list(s, x), Stx.list(s, sc));
    }

    /** #`tmpl: unsyntax parts become pattern variables bound by a syntax-case on their values. */
    static Syntax quasisyntax(Syntax s, ExpandContext ctx) {
        List<Syntax> l = s.toList();
        if (l == null || l.size() != 2) throw SyntaxErrors.badSyntax(s);
        List<Object> pats = new ArrayList<>(), exprs = new ArrayList<>();
        Syntax t = replaceUnsyntax(l.get(1), 0, pats, exprs, ctx);
        Syntax tmpl = Stx.list(s, core("syntax"), t);
        if (pats.isEmpty()) return tmpl;
        List<Object> call = new ArrayList<>();
        call.add(core("#%app"));
        call.add(core("list"));
        call.addAll(exprs);
        Syntax clause = Stx.list(s, Stx.list(s, pats), tmpl);
        return Stx.list(s, core("syntax-case"), Stx.list(s, call), s.withContent(Null.NULL), clause);
    }

    private static boolean headIs(Syntax t, String name, ExpandContext ctx) {
        if (!(t.content() instanceof Pair p) || !(p.car instanceof Syntax h) || !h.isIdentifier()) return false;
        if (!h.sym().name.equals(name)) return false;
        Binding b = Expander.resolve(h, ctx.phase);
        return b == null || (b instanceof Binding.Module m && PrimitiveModules.STX.equals(m.module()));
    }

    private static Syntax replaceUnsyntax(Syntax t, int level, List<Object> pats, List<Object> exprs, ExpandContext ctx) {
        Object c = t.content();
        if (!(c instanceof Pair) && !(c instanceof MVector)) return t;
        if (c instanceof MVector v) {
            Syntax asList = replaceUnsyntax(t.withContent(Pair.list(v.items)), level, pats, exprs, ctx);
            List<Syntax> items = asList.toList();
            return t.withContent(new MVector(items.toArray(), true));
        }
        if (headIs(t, "unsyntax", ctx) || headIs(t, "unsyntax-splicing", ctx)) {
            List<Syntax> l = t.toList();
            if (level == 0 && l != null && l.size() == 2) {
                if (headIs(t, "unsyntax-splicing", ctx)) return t; // handled by the enclosing list
                Syntax u = Syntax.fromDatum(t, Symbol.uninterned("unsyntax"), t.loc, null);
                pats.add(u);
                exprs.add(toSyntax(l.get(1), t));
                return u;
            }
            return descend(t, level - 1, pats, exprs, ctx);
        }
        if (headIs(t, "quasisyntax", ctx)) return descend(t, level + 1, pats, exprs, ctx);
        return descend(t, level, pats, exprs, ctx);
    }

    private static Syntax descend(Syntax t, int level, List<Object> pats, List<Object> exprs, ExpandContext ctx) {
        List<Object> out = new ArrayList<>();
        Object x = t.content();
        while (x instanceof Pair p) {
            Syntax e = (Syntax) p.car;
            if (level == 0 && headIs(e, "unsyntax-splicing", ctx) && e.toList() != null && e.toList().size() == 2) {
                Syntax u = Syntax.fromDatum(e, Symbol.uninterned("unsyntax-splicing"), e.loc, null);
                Syntax ell = core("...");
                pats.add(Stx.list(e, u, ell));
                exprs.add(toSyntax(e.toList().get(1), e));
                out.add(u);
                out.add(ell);
            } else {
                out.add(replaceUnsyntax(e, level, pats, exprs, ctx));
            }
            x = p.cdr;
            if (x instanceof Syntax xs && (xs.content() instanceof Pair || xs.content() == Null.NULL)) x = xs.content();
        }
        Object tail = x == Null.NULL ? Null.NULL : replaceUnsyntax((Syntax) x, level, pats, exprs, ctx);
        Object r = tail;
        for (int i = out.size() - 1; i >= 0; i--) r = new Pair(out.get(i), r);
        return t.withContent(r);
    }
}
