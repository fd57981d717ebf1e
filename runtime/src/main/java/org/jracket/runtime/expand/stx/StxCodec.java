package org.jracket.runtime.expand.stx;

/**
 * Compiled syntax-case patterns and templates by their parts: they are constants in the
 * expanded code of syntax-case, so compiled module files must carry them
 * ({@code org.jracket.runtime.module.compiled}). Sub-patterns and data go through the
 * file's own object encoding ({@link Out#obj}).
 */
public final class StxCodec {
    private StxCodec() {}

    public interface Out { void num(int n); void obj(Object v); }

    public interface In { int num(); Object obj(); }

    private static final int P_VAR = 0, P_WILD = 1, P_LITERAL = 2, P_DATUM = 3, P_EMPTY = 4, P_PAIR = 5,
            P_ELLIPSIS = 6, P_VECTOR = 7, T_CONST = 8, T_VAR = 9, T_PAIR = 10, T_ELLIPSIS = 11, T_VECTOR = 12,
            T_ESCAPE = 13, T_ATTRIBUTE = 14, T_SPLICE_BODY = 15, T_SPLICE = 16, T_OPT = 17;

    /** Writes v if it is a pattern or template; false otherwise. */
    public static boolean write(Object v, Out o) {
        switch (v) {
            case Pattern.Var p -> { o.num(P_VAR); o.num(p.index); }
            case Pattern.Wild p -> o.num(P_WILD);
            case Pattern.Literal p -> { o.num(P_LITERAL); o.num(p.literalIndex); }
            case Pattern.Datum p -> { o.num(P_DATUM); o.obj(p.datum); }
            case Pattern.Empty p -> o.num(P_EMPTY);
            case Pattern.PairPat p -> { o.num(P_PAIR); o.obj(p.car); o.obj(p.cdr); }
            case Pattern.Ellipsis p -> {
                o.num(P_ELLIPSIS); o.obj(p.elem); o.num(p.after.length);
                for (Pattern a : p.after) o.obj(a);
                o.obj(p.tail);
            }
            case Pattern.VectorPat p -> { o.num(P_VECTOR); o.obj(p.list); }
            case Template.Const t -> o.num(T_CONST);
            case Template.Var t -> {
                if (t.attribute == null) { o.num(T_VAR); o.num(t.index); }
                else { o.num(T_ATTRIBUTE); o.num(t.index); o.obj(t.attribute); }
            }
            case Template.SpliceBody t -> { o.num(T_SPLICE_BODY); o.obj(t.sub); }
            case Template.Splice t -> { o.num(T_SPLICE); o.obj(t.body); o.obj(t.rest); }
            case Template.Opt t -> {
                o.num(T_OPT); o.obj(t.a); o.num(t.b == null ? 0 : 1);
                if (t.b != null) o.obj(t.b);
                o.num(t.element ? 1 : 0);
                if (t.element) o.obj(t.rest);
            }
            case Template.PairT t -> { o.num(T_PAIR); o.obj(t.car); o.obj(t.cdr); }
            case Template.Ellipsis t -> {
                o.num(T_ELLIPSIS); o.obj(t.elem); o.num(t.depth); o.num(t.skip); o.obj(t.rest);
                o.num(t.iterVars.length);
                for (int i : t.iterVars) o.num(i);
            }
            case Template.VectorT t -> { o.num(T_VECTOR); o.obj(t.list); }
            case Template.Escape t -> { o.num(T_ESCAPE); o.obj(t.sub); }
            default -> { return false; }
        }
        return true;
    }

    public static Object read(In in) {
        int kind = in.num();
        return switch (kind) {
            case P_VAR -> new Pattern.Var(in.num());
            case P_WILD -> new Pattern.Wild();
            case P_LITERAL -> new Pattern.Literal(in.num());
            case P_DATUM -> new Pattern.Datum(in.obj());
            case P_EMPTY -> new Pattern.Empty();
            case P_PAIR -> { Pattern a = (Pattern) in.obj(); yield new Pattern.PairPat(a, (Pattern) in.obj()); }
            case P_ELLIPSIS -> {
                Pattern elem = (Pattern) in.obj();
                Pattern[] after = new Pattern[in.num()];
                for (int i = 0; i < after.length; i++) after[i] = (Pattern) in.obj();
                yield new Pattern.Ellipsis(elem, after, (Pattern) in.obj());
            }
            case P_VECTOR -> new Pattern.VectorPat((Pattern) in.obj());
            case T_CONST -> Template.Const.INSTANCE;
            case T_VAR -> new Template.Var(in.num());
            case T_PAIR -> { Template a = (Template) in.obj(); yield new Template.PairT(a, (Template) in.obj()); }
            case T_ELLIPSIS -> {
                Template elem = (Template) in.obj();
                int depth = in.num(), skip = in.num();
                Template rest = (Template) in.obj();
                int[] iter = new int[in.num()];
                for (int i = 0; i < iter.length; i++) iter[i] = in.num();
                yield new Template.Ellipsis(elem, depth, skip, rest, iter);
            }
            case T_VECTOR -> new Template.VectorT((Template) in.obj());
            case T_ESCAPE -> new Template.Escape((Template) in.obj());
            case T_ATTRIBUTE -> { int i = in.num(); yield new Template.Var(i, (org.jracket.runtime.syntax.Syntax) in.obj()); }
            case T_SPLICE_BODY -> new Template.SpliceBody((Template) in.obj());
            case T_SPLICE -> { Template b = (Template) in.obj(); yield new Template.Splice((Template.SpliceBody) b, (Template) in.obj()); }
            case T_OPT -> {
                Template a = (Template) in.obj();
                Template b = in.num() == 1 ? (Template) in.obj() : null;
                boolean element = in.num() == 1;
                yield new Template.Opt(a, b, element, element ? (Template) in.obj() : null);
            }
            default -> throw new IllegalArgumentException("bad pattern kind " + kind);
        };
    }
}
