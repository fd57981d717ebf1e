package org.jracket.runtime.print;

import java.util.Arrays;
import java.util.Comparator;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.Keyword;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.num.Arith;

/**
 * The order in which Racket prints a hash table's entries: sorted when every key is of one
 * kind that has an order (real numbers, strings, byte strings, keywords or symbols; not
 * characters, which Racket 8.7 leaves in table order), else the table's own order.
 * hash-map's try-order? follows the same rule.
 */
public final class HashPrintOrder {
    private HashPrintOrder() {}

    /** kv (keys and values interleaved), reordered by key when the keys allow it. */
    public static Object[] of(Object[] kv) {
        int n = kv.length / 2;
        if (n < 2) return kv;
        Comparator<Object> order = orderFor(kv[0]);
        if (order == null) return kv;
        for (int i = 1; i < n; i++) {
            if (!sameKind(kv[0], kv[2 * i])) return kv;
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> order.compare(kv[2 * a], kv[2 * b]));
        Object[] out = new Object[kv.length];
        for (int i = 0; i < n; i++) { out[2 * i] = kv[2 * idx[i]]; out[2 * i + 1] = kv[2 * idx[i] + 1]; }
        return out;
    }

    private static boolean sameKind(Object a, Object b) {
        return Arith.isReal(a) ? Arith.isReal(b) : a.getClass() == b.getClass();
    }

    private static Comparator<Object> orderFor(Object k) {
        if (Arith.isReal(k)) return HashPrintOrder::compareReals;
        if (k instanceof MString) return (a, b) -> compareCodePoints(a.toString(), b.toString());
        if (k instanceof Symbol) return (a, b) -> compareCodePoints(((Symbol) a).name, ((Symbol) b).name);
        if (k instanceof Keyword) return (a, b) -> compareCodePoints(((Keyword) a).name, ((Keyword) b).name);
        if (k instanceof Bytes) return (a, b) -> Arrays.compareUnsigned(((Bytes) a).bytes, ((Bytes) b).bytes);
        return null;
    }

    /** By <, with +nan.0 after every number. */
    private static int compareReals(Object a, Object b) {
        int c = Arith.compare("<", a, b);
        if (c != Arith.UNORDERED) return c;
        boolean an = a instanceof Double x && x.isNaN(), bn = b instanceof Double y && y.isNaN();
        return an == bn ? 0 : an ? 1 : -1;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i), y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
