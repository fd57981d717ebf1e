package org.jracket.runtime.print;

import org.jracket.runtime.data.*;

/**
 * Whether print style can show a value as a quoted literal: everything except mutable
 * pairs, transparent (non-prefab) structs, structs whose custom-print-quotable is
 * {@code never}, and containers holding any of those.
 */
final class Quotability {
    private Quotability() {}

    static boolean isQuotable(Object v) {
        while (true) {
            if (v instanceof Pair p) {
                if (!isQuotable(p.car)) return false;
                v = p.cdr;
            } else if (v instanceof MVector vec) {
                return all(vec.items);
            } else if (v instanceof Box b) {
                v = b.value;
            } else if (v instanceof PrintableHash h) {
                return all(h.hashPrintEntries());
            } else if (v instanceof MPair) {
                return false;
            } else if (v instanceof Struct s) {
                if (StructPrinting.customWriter(s) != null) return !StructPrinting.quotable(s).equals("never");
                if (StructPrinting.hidden(s)) return true;
                if (s.type.prefabKey != null) return all(s.fields);
                return !s.type.isTransparent();
            } else {
                return true;
            }
        }
    }

    private static boolean all(Object[] vs) {
        for (Object x : vs) if (!isQuotable(x)) return false;
        return true;
    }
}
