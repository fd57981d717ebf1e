package org.jracket.runtime.expand;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jracket.runtime.syntax.Scope;
import org.jracket.runtime.syntax.Syntax;

/**
 * Internal-definition contexts (lambda, let and friends): a first pass partially expands
 * each form to find definitions, binding their names for the whole body (and evaluating
 * define-syntaxes at once); a second pass expands right-hand sides and expressions. With
 * definitions the result is one {@code letrec-values} form (expressions between definitions
 * become clauses binding no values).
 */
final class BodyExpander {
    private BodyExpander() {}

    private record Clause(List<Syntax> ids, Syntax rhs, Syntax form) {}

    static List<Syntax> expandBody(List<Syntax> forms, Syntax whole, ExpandContext ctx) {
        if (forms.isEmpty()) throw SyntaxErrors.badSyntax(whole);
        Scope bodyScope = new Scope("body");
        DefinitionContext dc = new DefinitionContext(bodyScope);
        ExpandContext bctx = ctx.body(dc, bodyScope);
        Deque<Syntax> todo = new ArrayDeque<>();
        for (Syntax f : forms) todo.addLast(f.addScope(bodyScope));
        List<Clause> clauses = new ArrayList<>();
        List<Syntax> exprs = new ArrayList<>();
        boolean sawDefinition = false;
        while (!todo.isEmpty()) {
            Syntax f = Expander.expand(todo.pollFirst(), bctx);
            String core = CoreForms.coreName(f, bctx);
            if ("begin".equals(core)) {
                List<Syntax> l = Expander.listOrBad(f);
                for (int i = l.size() - 1; i >= 1; i--) todo.addFirst(l.get(i));
                continue;
            }
            if ("define-values".equals(core) || "define-syntaxes".equals(core)) {
                List<Syntax> l = Expander.listOrBad(f);
                if (l.size() != 3) throw SyntaxErrors.badSyntax(f);
                List<Syntax> ids = Stx.idList(l.get(1));
                if (ids == null) throw SyntaxErrors.badSyntax(f);
                List<Syntax> clean = new ArrayList<>();
                for (Syntax id : ids) clean.add(dc.removeUseSites(id));
                clean = Locals.scopeAndCheck(clean, null, ctx, core, "binding", f);
                for (Syntax e : exprs) clauses.add(new Clause(List.of(), e, e));
                exprs.clear();
                sawDefinition = true;
                if (core.equals("define-values")) {
                    for (Syntax id : clean) Locals.bind(id, ctx, Transformers.VARIABLE);
                    clauses.add(new Clause(clean, l.get(2), f));
                } else {
                    Object[] vals = CompileTime.evalTransformerRhs(l.get(2), clean.size(), ctx, f);
                    for (int i = 0; i < clean.size(); i++) Locals.bind(clean.get(i), ctx, CompileTime.transformerValue(vals[i]));
                }
                continue;
            }
            if (core != null && (core.equals("begin-for-syntax") || core.equals("#%require") || core.equals("#%provide")
                    || core.equals("module") || core.equals("module*") || core.equals("#%declare"))) {
                throw SyntaxErrors.raise(core, "not in module body", f, null);
            }
            exprs.add(f);
        }
        if (exprs.isEmpty()) {
            // as Racket: the body's last form as written, within (begin <the body's forms>)
            Syntax last = forms.get(forms.size() - 1);
            List<Object> all = new ArrayList<>();
            all.add(CoreScope.id("begin"));
            all.addAll(forms);
            throw SyntaxErrors.raise("begin (possibly implicit)", "the last form is not an expression", Stx.list(last, all), last);
        }
        ExpandContext ex = bctx.asExpression();
        List<Syntax> body = new ArrayList<>();
        for (Syntax e : exprs) body.add(Expander.expand(e, ex));
        if (!sawDefinition) return body;
        List<Object> clauseOut = new ArrayList<>();
        for (Clause c : clauses) {
            Syntax rhs;
            if (c.ids.isEmpty()) {
                Syntax e = Expander.expand(c.rhs, ex);
                rhs = Stx.list(e, CoreScope.id("begin"), e, Stx.list(e, CoreScope.id("#%app"), CoreScope.id("values")));
            } else {
                rhs = Expander.expand(c.rhs, c.ids.size() == 1 ? ex.withName(c.ids.get(0)) : ex);
            }
            clauseOut.add(Stx.list(c.form, Stx.list(c.form, c.ids), rhs));
        }
        List<Object> out = new ArrayList<>();
        out.add(CoreScope.id("letrec-values", whole.loc));
        out.add(Stx.list(whole, clauseOut));
        out.addAll(body);
        return List.of(Stx.list(whole, out));
    }
}
