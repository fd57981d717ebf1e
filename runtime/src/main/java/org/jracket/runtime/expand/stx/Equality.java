package org.jracket.runtime.expand.stx;

import org.jracket.runtime.data.Char;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Pair;

/** equal? on the datums that can appear as pattern literals. */
final class Equality {
    private Equality() {}

    static boolean equalDatum(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof MString x && b instanceof MString y) return x.contentEquals(y);
        if (a instanceof Char x && b instanceof Char y) return x.code == y.code;
        if (a instanceof Number && b instanceof Number) return a.getClass() == b.getClass() && a.equals(b);
        if (a instanceof Pair x && b instanceof Pair y) return equalDatum(x.car, y.car) && equalDatum(x.cdr, y.cdr);
        if (a instanceof MVector x && b instanceof MVector y) {
            if (x.items.length != y.items.length) return false;
            for (int i = 0; i < x.items.length; i++) if (!equalDatum(x.items[i], y.items[i])) return false;
            return true;
        }
        return a.equals(b);
    }
}
