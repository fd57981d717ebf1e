package org.jracket.runtime.ir;

import java.util.function.Predicate;

/** Whole-tree questions about an expression, for analyses that look at every subexpression. */
public final class ExprWalk {
    private ExprWalk() {}

    /** Whether p holds for e or any expression inside it (lambda bodies included). */
    public static boolean any(Expr e, Predicate<Expr> p) {
        if (p.test(e)) return true;
        return switch (e) {
            case Expr.SetGlobal sg -> any(sg.value(), p);
            case Expr.SetLocal sl -> any(sl.value(), p);
            case Expr.DefineValues d -> any(d.value(), p);
            case Expr.Lambda l -> any(l.body(), p);
            case Expr.CaseLambda cl -> anyOf(cl.clauses(), p);
            case Expr.If i -> any(i.test(), p) || any(i.then(), p) || any(i.otherwise(), p);
            case Expr.Begin b -> anyOf(b.body(), p);
            case Expr.Begin0 b -> any(b.first(), p) || anyOf(b.rest(), p);
            case Expr.LetValues lv -> anyOf(lv.rhs(), p) || any(lv.body(), p);
            case Expr.LetrecValues lr -> anyOf(lr.rhs(), p) || any(lr.body(), p);
            case Expr.WithContinuationMark w -> any(w.key(), p) || any(w.value(), p) || any(w.body(), p);
            case Expr.App a -> any(a.fn(), p) || anyOf(a.args(), p);
            case Expr.Quote q -> false;
            case Expr.QuoteSyntax q -> false;
            case Expr.LocalRef r -> false;
            case Expr.GlobalRef g -> false;
            case Expr.PrimRef pr -> false;
            case Expr.VariableReference v -> false;
        };
    }

    /** The linklet slots that a set! anywhere in forms assigns. */
    public static java.util.Set<Integer> assignedSlots(Expr[] forms) {
        java.util.HashSet<Integer> out = new java.util.HashSet<>();
        for (Expr form : forms) {
            any(form, x -> {
                if (x instanceof Expr.SetGlobal sg) out.add(sg.slot());
                return false;
            });
        }
        return out;
    }

    private static boolean anyOf(Expr[] es, Predicate<Expr> p) {
        for (Expr e : es) if (any(e, p)) return true;
        return false;
    }
}
