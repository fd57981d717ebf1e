package org.jracket.runtime.expand.stx;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.syntax.Syntax;

/**
 * A compiled syntax-case pattern. Matching fills an array of pattern-variable values: a
 * syntax object for depth 0, a {@code List} of matches (recursively) for each ellipsis depth.
 * Immutable; embedded as a constant in the expanded code of syntax-case.
 */
public abstract class Pattern {
    /** Matches v (syntax, or pairs/vectors of syntax), filling out; false on mismatch. */
    abstract boolean match(Object v, Object[] out, Matcher m);

    /** Indices of the pattern variables bound by this pattern (for ellipsis collection). */
    abstract void vars(List<Integer> acc);

    /** Comparison of literals at match time. */
    public interface Matcher { boolean literalMatches(Syntax input, Syntax literal); }

    static Object unwrap(Object v) { return v instanceof Syntax s ? s.content() : v; }

    static Syntax asSyntax(Object v) {
        return v instanceof Syntax s ? s : Syntax.fromDatum(null, v, org.jracket.runtime.syntax.SrcLoc.NONE, null);
    }

    /** A pattern variable. */
    static final class Var extends Pattern {
        final int index;
        Var(int index) { this.index = index; }
        @Override boolean match(Object v, Object[] out, Matcher m) { out[index] = asSyntax(v); return true; }
        @Override void vars(List<Integer> acc) { acc.add(index); }
    }

    static final class Wild extends Pattern {
        @Override boolean match(Object v, Object[] out, Matcher m) { return true; }
        @Override void vars(List<Integer> acc) {}
    }

    /** A literal identifier, compared with free-identifier=? (or the syntax-case* comparison). */
    static final class Literal extends Pattern {
        final int literalIndex;
        Literal(int i) { literalIndex = i; }
        @Override boolean match(Object v, Object[] out, Matcher m) {
            return v instanceof Syntax s && s.isIdentifier() && m.literalMatches(s, ((MatchContext) m).literal(literalIndex));
        }
        @Override void vars(List<Integer> acc) {}
    }

    /** A non-identifier atom, compared with equal? on datums. */
    static final class Datum extends Pattern {
        final Object datum;
        Datum(Object d) { datum = d; }
        @Override boolean match(Object v, Object[] out, Matcher m) {
            return Equality.equalDatum(Syntax.toDatum(v), datum);
        }
        @Override void vars(List<Integer> acc) {}
    }

    static final class Empty extends Pattern {
        @Override boolean match(Object v, Object[] out, Matcher m) { return unwrap(v) == Null.NULL; }
        @Override void vars(List<Integer> acc) {}
    }

    static final class PairPat extends Pattern {
        final Pattern car, cdr;
        PairPat(Pattern a, Pattern d) { car = a; cdr = d; }
        @Override boolean match(Object v, Object[] out, Matcher m) {
            Object c = unwrap(v);
            return c instanceof Pair p && car.match(p.car, out, m) && cdr.match(p.cdr, out, m);
        }
        @Override void vars(List<Integer> acc) { car.vars(acc); cdr.vars(acc); }
    }

    /** (elem ... after_1 ... after_n . tail): as many elems as leave exactly n items plus tail. */
    static final class Ellipsis extends Pattern {
        final Pattern elem;
        final Pattern[] after;
        final Pattern tail;
        final int[] elemVars;
        Ellipsis(Pattern elem, Pattern[] after, Pattern tail) {
            this.elem = elem; this.after = after; this.tail = tail;
            List<Integer> vs = new ArrayList<>();
            elem.vars(vs);
            elemVars = vs.stream().mapToInt(Integer::intValue).toArray();
        }
        @Override boolean match(Object v, Object[] out, Matcher m) {
            List<Object> items = new ArrayList<>();
            Object x = unwrap(v);
            while (x instanceof Pair p) { items.add(p.car); x = unwrap(p.cdr); }
            Object rest = x;
            // With a non-list tail pattern, the tail may absorb trailing pairs: only use the
            // proper-list prefix here (Racket's patterns do the same for (a ... . rest)).
            int n = items.size() - after.length;
            if (n < 0) return false;
            List<List<Object>> collected = new ArrayList<>();
            for (int k = 0; k < elemVars.length; k++) collected.add(new ArrayList<>(n));
            Object[] tmp = out.clone();
            for (int i = 0; i < n; i++) {
                if (!elem.match(items.get(i), tmp, m)) return false;
                for (int k = 0; k < elemVars.length; k++) collected.get(k).add(tmp[elemVars[k]]);
            }
            for (int k = 0; k < elemVars.length; k++) out[elemVars[k]] = collected.get(k);
            for (int i = 0; i < after.length; i++) if (!after[i].match(items.get(n + i), out, m)) return false;
            return tail.match(rest == Null.NULL ? Null.NULL : rest, out, m);
        }
        @Override void vars(List<Integer> acc) {
            elem.vars(acc);
            for (Pattern a : after) a.vars(acc);
            tail.vars(acc);
        }
    }

    static final class VectorPat extends Pattern {
        final Pattern list;
        VectorPat(Pattern l) { list = l; }
        @Override boolean match(Object v, Object[] out, Matcher m) {
            if (!(unwrap(v) instanceof MVector vec)) return false;
            return list.match(Pair.list(vec.items), out, m);
        }
        @Override void vars(List<Integer> acc) { list.vars(acc); }
    }

    /** Per-match state: the literals (as syntax) and the comparison. */
    static final class MatchContext implements Matcher {
        final List<Syntax> literals;
        final Procedure compare;
        final int phase;
        MatchContext(List<Syntax> literals, Procedure compare, int phase) {
            this.literals = literals; this.compare = compare; this.phase = phase;
        }
        Syntax literal(int i) { return literals.get(i); }
        @Override public boolean literalMatches(Syntax input, Syntax literal) {
            if (compare != null) return compare.apply2(input, literal) != Boolean.FALSE;
            return org.jracket.runtime.syntax.Resolver.freeIdentifierEquals(input, phase, literal, phase);
        }
    }
}
