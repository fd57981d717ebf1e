package org.jracket.runtime.data;

/** An immutable pair. Lists are chains of pairs ending in {@link Null#NULL}. */
public final class Pair {
    public final Object car;
    public final Object cdr;

    public Pair(Object car, Object cdr) { this.car = car; this.cdr = cdr; }

    public static Object list(Object... items) {
        Object r = Null.NULL;
        for (int i = items.length - 1; i >= 0; i--) r = new Pair(items[i], r);
        return r;
    }

    /** Builds a list from items[from..]. */
    public static Object listFrom(Object[] items, int from) {
        Object r = Null.NULL;
        for (int i = items.length - 1; i >= from; i--) r = new Pair(items[i], r);
        return r;
    }

    /** True if v is a proper list (Floyd's cycle check is unnecessary: pairs are immutable). */
    public static boolean isList(Object v) {
        while (v instanceof Pair p) v = p.cdr;
        return v == Null.NULL;
    }

    /** Length of a proper list, or -1 if v is not one. */
    public static int length(Object v) {
        int n = 0;
        while (v instanceof Pair p) { v = p.cdr; n++; }
        return v == Null.NULL ? n : -1;
    }

    /** Elements of a proper list (caller has checked it is one). */
    public static Object[] toArray(Object list) {
        int n = length(list);
        Object[] a = new Object[n];
        for (int i = 0; i < n; i++) { Pair p = (Pair) list; a[i] = p.car; list = p.cdr; }
        return a;
    }
}
