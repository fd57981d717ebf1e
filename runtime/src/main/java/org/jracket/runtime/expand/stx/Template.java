package org.jracket.runtime.expand.stx;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.syntax.Syntax;

/**
 * A compiled syntax template: mirrors the template's shape and says where pattern variables
 * go. Filling walks it together with the template syntax (a quote-syntax literal, so it carries
 * the instance's phase shift) and rebuilds only the parts that contain pattern variables.
 */
public abstract class Template {
    /** Builds the piece for template syntax t with pattern-variable values env. */
    abstract Object fill(Object t, Object[] env);

    /** Pattern variables used (indices), with their ellipsis depth in the pattern. */
    abstract void vars(List<Integer> acc);

    /** True if filling returns the template piece unchanged. */
    boolean isConstant() { return false; }

    static Object unwrap(Object v) { return v instanceof Syntax s ? s.content() : v; }

    static Object rewrap(Object t, Object content) {
        return t instanceof Syntax s ? s.withContent(content) : content;
    }

    /** Kept as is. */
    static final class Const extends Template {
        static final Const INSTANCE = new Const();
        @Override Object fill(Object t, Object[] env) { return t; }
        @Override void vars(List<Integer> acc) {}
        @Override boolean isConstant() { return true; }
    }

    static final class Var extends Template {
        final int index;
        /** For an attribute (whose value must be syntax), its identifier in the template. */
        final Syntax attribute;
        Var(int i) { this(i, null); }
        Var(int i, Syntax attribute) { index = i; this.attribute = attribute; }
        @Override Object fill(Object t, Object[] env) {
            Object v = env[index];
            if (attribute != null && !(v instanceof Syntax)) {
                throw org.jracket.runtime.expand.SyntaxErrors.raise(attribute.sym().name,
                        "attribute contains non-syntax value\n  value: " + org.jracket.runtime.print.Printer.toWriteString(v),
                        attribute, null);
            }
            return v;
        }
        @Override void vars(List<Integer> acc) { acc.add(index); }
    }

    static final class PairT extends Template {
        final Template car, cdr;
        PairT(Template a, Template d) { car = a; cdr = d; }
        @Override Object fill(Object t, Object[] env) {
            Pair p = (Pair) unwrap(t);
            return rewrap(t, new Pair(car.fill(p.car, env), cdr.fill(p.cdr, env)));
        }
        @Override void vars(List<Integer> acc) { car.vars(acc); cdr.vars(acc); }
    }

    /**
     * (elem ...^depth . rest): elem repeated for each match of its ellipsis variables; with
     * depth > 1 the repetitions are flattened. skip says how many template pairs (the element
     * and its ellipses) this node covers.
     */
    static final class Ellipsis extends Template {
        final Template elem, rest;
        final int depth, skip;
        final int[] iterVars;
        Ellipsis(Template elem, int depth, int skip, Template rest, int[] iterVars) {
            this.elem = elem; this.depth = depth; this.skip = skip; this.rest = rest; this.iterVars = iterVars;
        }
        @Override Object fill(Object t, Object[] env) {
            Pair p = (Pair) unwrap(t);
            Object elemT = p.car;
            Object after = p;
            for (int i = 0; i < skip; i++) after = ((Pair) unwrap(after)).cdr;
            List<Object> items = new ArrayList<>();
            expand(elemT, env, depth, items);
            Object tail = rest.fill(after, env);
            Object r = tail;
            for (int i = items.size() - 1; i >= 0; i--) r = new Pair(items.get(i), r);
            return rewrap(t, r);
        }
        private void expand(Object elemT, Object[] env, int d, List<Object> out) {
            int n = -1;
            for (int v : iterVars) {
                // a Racket list of matches (pattern variables bound by libraries, see make-syntax-mapping)
                if (env[v] instanceof Pair || env[v] == Null.NULL) env = withJavaList(env, v);
                if (env[v] instanceof List<?> l) {
                    if (n >= 0 && l.size() != n) {
                        throw Errors.raise(ExnTypes.SYNTAX, "syntax: incompatible ellipsis match counts for template",
                                Null.NULL);
                    }
                    n = l.size();
                }
            }
            if (n < 0) n = 0;
            for (int i = 0; i < n; i++) {
                Object[] e2 = env.clone();
                for (int v : iterVars) if (env[v] instanceof List<?> l) e2[v] = l.get(i);
                if (d > 1) expand(elemT, e2, d - 1, out);
                else if (elem instanceof SpliceBody) Splice.addItems(elem.fill(elemT, e2), out);
                else out.add(elem.fill(elemT, e2));
            }
        }
        @Override void vars(List<Integer> acc) { elem.vars(acc); rest.vars(acc); }

        private static Object[] withJavaList(Object[] env, int v) {
            List<Object> l = new ArrayList<>();
            Object x = env[v];
            while (x instanceof Pair p) { l.add(p.car); x = p.cdr; }
            if (x != Null.NULL) return env;
            Object[] e = env.clone();
            e[v] = l;
            return e;
        }
    }

    /** (~@ . sub): fills to the list sub, whose items the enclosing list takes in its place. */
    static final class SpliceBody extends Template {
        final Template sub;
        SpliceBody(Template s) { sub = s; }
        @Override Object fill(Object t, Object[] env) { return sub.fill(((Pair) unwrap(t)).cdr, env); }
        @Override void vars(List<Integer> acc) { sub.vars(acc); }
    }

    /** A list element that is a (~@ . sub): its items, then the rest of the list. */
    static final class Splice extends Template {
        final SpliceBody body;
        final Template rest;
        Splice(SpliceBody b, Template r) { body = b; rest = r; }
        @Override Object fill(Object t, Object[] env) {
            Pair p = (Pair) unwrap(t);
            List<Object> items = new ArrayList<>();
            addItems(body.fill(p.car, env), items);
            Object r = rest.fill(p.cdr, env);
            for (int i = items.size() - 1; i >= 0; i--) r = new Pair(items.get(i), r);
            return r;
        }
        @Override void vars(List<Integer> acc) { body.vars(acc); rest.vars(acc); }

        static void addItems(Object l, List<Object> out) {
            Object x = l;
            while (true) {
                if (x instanceof Pair p) { out.add(p.car); x = p.cdr; }
                else if (x instanceof Syntax s && (s.content() instanceof Pair || s.content() == Null.NULL)) x = s.content();
                else break;
            }
            if (!(x == Null.NULL || (x instanceof Syntax s && s.content() == Null.NULL))) {
                throw Errors.raise(ExnTypes.SYNTAX, "syntax: splicing template did not produce a list", Null.NULL);
            }
        }
    }

    /**
     * (~? a b): a if none of a's pattern variables is absent (#f), else b; with no b (only as a
     * list element, alt null) the element is left out.
     */
    static final class Opt extends Template {
        final Template a, b;
        final boolean element;
        final Template rest;
        Opt(Template a, Template b, boolean element, Template rest) { this.a = a; this.b = b; this.element = element; this.rest = rest; }
        @Override Object fill(Object t, Object[] env) {
            if (element) {
                Pair p = (Pair) unwrap(t);
                Object r = rest.fill(p.cdr, env);
                Object chosen = choose(p.car, env);
                if (chosen == NOTHING) return r;
                if (!(chosen instanceof Spliced sp)) return new Pair(chosen, r);
                List<Object> items = new ArrayList<>();
                Splice.addItems(sp.list, items);
                for (int i = items.size() - 1; i >= 0; i--) r = new Pair(items.get(i), r);
                return r;
            }
            return choose(t, env);
        }
        private static final Object NOTHING = new Object();
        private Object choose(Object t, Object[] env) {
            Pair p = (Pair) unwrap(t);
            Pair args = (Pair) unwrap(p.cdr);
            List<Integer> vs = new ArrayList<>();
            a.vars(vs);
            boolean present = true;
            for (int v : vs) if (env[v] == Boolean.FALSE) present = false;
            if (present) return element && a instanceof SpliceBody ? new Spliced(a.fill(args.car, env)) : a.fill(args.car, env);
            if (b == null) return NOTHING;
            Object bt = ((Pair) unwrap(args.cdr)).car;
            return element && b instanceof SpliceBody ? new Spliced(b.fill(bt, env)) : b.fill(bt, env);
        }
        private record Spliced(Object list) {}
        @Override void vars(List<Integer> acc) { a.vars(acc); if (b != null) b.vars(acc); if (rest != null) rest.vars(acc); }
    }

    static final class VectorT extends Template {
        final Template list;
        VectorT(Template l) { list = l; }
        @Override Object fill(Object t, Object[] env) {
            MVector v = (MVector) unwrap(t);
            Object l = list.fill(Pair.list(v.items), env);
            List<Object> items = new ArrayList<>();
            Object x = l;
            while (true) {
                if (x instanceof Pair p) { items.add(p.car); x = p.cdr; }
                else if (x instanceof Syntax s && (s.content() instanceof Pair || s.content() == Null.NULL)) x = s.content();
                else break;
            }
            return rewrap(t, new MVector(items.toArray(), true));
        }
        @Override void vars(List<Integer> acc) { list.vars(acc); }
    }

    /** (... sub): sub is the template with ellipses taken literally; the filled sub replaces the form. */
    static final class Escape extends Template {
        final Template sub;
        Escape(Template s) { sub = s; }
        @Override Object fill(Object t, Object[] env) {
            Pair p = (Pair) unwrap(t);
            return sub.fill(((Pair) unwrap(p.cdr)).car, env);
        }
        @Override void vars(List<Integer> acc) { sub.vars(acc); }
    }

    /** Fills a whole template; the result is always a syntax object. */
    public Syntax fillAll(Syntax t, Object[] env) {
        Object r = fill(t, env);
        return r instanceof Syntax s ? s : t.withContent(r);
    }
}
