package org.jracket.runtime.prims;

import java.util.Arrays;
import java.util.Comparator;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Primitive;

/**
 * The {@code #%sort} module: `sort` and `vector-sort` hand a vector to these first. When the
 * comparator is the primitive {@code <} or {@code >} and every element (or key) is a fixnum,
 * or every one a flonum other than +nan.0, the vector is sorted here with the JDK's stable
 * sort; otherwise they answer #f and the merge sort in Racket (racket/private/sort-core)
 * runs. On such data the comparator is a strict weak order, for which every stable sort
 * gives the same result, so the output is exactly the Racket sort's; the comparator is a
 * primitive, so no calls are skipped that a program could observe.
 */
public final class SortPrims {
    private SortPrims() {}

    public static PrimitiveTable table(PrimitiveTable kernel) {
        Object lt = kernel.get("<"), gt = kernel.get(">");
        PrimitiveTable t = new PrimitiveTable("#%sort");
        // (vector-sort-by-primitive! v start end less?) -> #t when sorted here
        t.add(Primitive.ofN("vector-sort-by-primitive!", 4, 4, a -> {
            if (!(a[0] instanceof MVector v) || !(a[1] instanceof Long s) || !(a[2] instanceof Long e)) return Boolean.FALSE;
            int from = (int) (long) s, to = (int) (long) e;
            Comparator<Object> c = comparator(a[3], lt, gt, v.items, from, to);
            if (c == null) return Boolean.FALSE;
            if (v.items[from] instanceof Long && c != FLONUM_ASCENDING && c != FLONUM_DESCENDING) {
                // Fixnums: equal ones are indistinguishable, so an unstable primitive sort will do.
                long[] xs = new long[to - from];
                for (int i = from; i < to; i++) xs[i - from] = (Long) v.items[i];
                Arrays.sort(xs);
                boolean up = a[3] == lt;
                for (int i = 0; i < xs.length; i++) v.items[from + i] = xs[up ? i : xs.length - 1 - i];
            } else {
                Arrays.sort(v.items, from, to, c);
            }
            return Boolean.TRUE;
        }));
        // (keyed-sort-by-primitive! keys vals n less?): keys[i] is the key of vals[i]
        t.add(Primitive.ofN("keyed-sort-by-primitive!", 4, 4, a -> {
            if (!(a[0] instanceof MVector ks) || !(a[1] instanceof MVector vs) || !(a[2] instanceof Long len)) return Boolean.FALSE;
            int n = (int) (long) len;
            Comparator<Object> c = comparator(a[3], lt, gt, ks.items, 0, n);
            if (c == null) return Boolean.FALSE;
            int[] order = packedOrder(ks.items, n, a[3] == lt ? 1 : -1);
            if (order == null) {
                Integer[] boxed = new Integer[n];
                for (int i = 0; i < n; i++) boxed[i] = i;
                Arrays.sort(boxed, (i, j) -> c.compare(ks.items[i], ks.items[j]));
                order = new int[n];
                for (int i = 0; i < n; i++) order[i] = boxed[i];
            }
            Object[] keys = ks.items.clone(), vals = vs.items.clone();
            for (int k = 0; k < n; k++) {
                ks.items[k] = keys[order[k]];
                vs.items[k] = vals[order[k]];
            }
            return Boolean.TRUE;
        }));
        return t;
    }

    /**
     * The stable order of fixnum keys that fit in 32 bits (times dir): each key is packed
     * with its index into one long, so a primitive sort orders equal keys by index. Null
     * when the keys do not fit.
     */
    private static int[] packedOrder(Object[] keys, int n, int dir) {
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            if (!(keys[i] instanceof Long k)) return null;
            long d = dir * (long) k;
            if (k == Long.MIN_VALUE || d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) return null;
            packed[i] = (d << 32) | i;
        }
        Arrays.sort(packed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = (int) packed[i];
        return order;
    }

    /** The order less? imposes on items[from, to), or null when it is not handled here. */
    private static Comparator<Object> comparator(Object less, Object lt, Object gt, Object[] items, int from, int to) {
        int dir = less == lt ? 1 : less == gt ? -1 : 0;
        if (dir == 0 || from < 0 || to > items.length || from > to) return null;
        boolean fixnums = true, flonums = true;
        for (int i = from; i < to && (fixnums || flonums); i++) {
            Object x = items[i];
            fixnums &= x instanceof Long;
            flonums &= x instanceof Double d && !d.isNaN();
        }
        if (fixnums) return (x, y) -> dir * Long.compare((Long) x, (Long) y);
        if (flonums) return dir > 0 ? FLONUM_ASCENDING : FLONUM_DESCENDING;
        return null;
    }

    // Not Double.compare: -0.0 and 0.0 are equal under < (neither is less).
    private static final Comparator<Object> FLONUM_ASCENDING = (x, y) -> {
        double p = (Double) x, q = (Double) y;
        return p < q ? -1 : p > q ? 1 : 0;
    };
    private static final Comparator<Object> FLONUM_DESCENDING = FLONUM_ASCENDING.reversed();
}
