package org.jracket.runtime.expand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.syntax.Syntax;

/** Small helpers for taking apart and building syntax lists. */
public final class Stx {
    private Stx() {}

    /** A syntax list with the context and location of like. */
    public static Syntax list(Syntax like, Object... items) { return Syntax.list(like, Arrays.asList(items)); }

    public static Syntax list(Syntax like, List<?> items) { return Syntax.list(like, items); }

    /** (head . rest) as a syntax list with like's context. */
    public static Syntax cons(Syntax like, Object head, List<?> rest) {
        ArrayList<Object> l = new ArrayList<>(rest.size() + 1);
        l.add(head);
        l.addAll(rest);
        return Syntax.list(like, l);
    }

    /** Elements of a proper list of identifiers, or null. */
    public static List<Syntax> idList(Syntax s) {
        List<Syntax> l = s.toList();
        if (l == null) return null;
        for (Syntax x : l) if (!x.isIdentifier()) return null;
        return l;
    }

    /** The raw pair structure of a list syntax with syntax at every car (for improper lists). */
    public static Object content(Syntax s) { return s.content(); }

    public static boolean isNull(Syntax s) { return s.content() == Null.NULL; }

    public static Syntax car(Syntax s) { return (Syntax) ((Pair) s.content()).car; }

    public static boolean isPair(Syntax s) {
        Object c = s.content();
        return c instanceof Pair || (c instanceof Syntax x && isPair(x));
    }

    public static List<Syntax> rest(List<Syntax> l, int from) { return l.subList(from, l.size()); }
}
