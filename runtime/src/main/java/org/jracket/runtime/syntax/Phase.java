package org.jracket.runtime.syntax;

/** Phase levels are ints; the label phase (for-label, #f in Racket) is a distinguished value. */
public final class Phase {
    private Phase() {}

    public static final int LABEL = Integer.MIN_VALUE;

    /** Phase p shifted by n; the label phase stays the label phase. */
    public static int shift(int p, int n) { return p == LABEL || n == LABEL ? LABEL : p + n; }

    /** Racket's representation: an exact integer or #f. */
    public static Object toRacket(int p) { return p == LABEL ? Boolean.FALSE : Long.valueOf(p); }

    public static int fromRacket(Object v) {
        if (v == Boolean.FALSE) return LABEL;
        return ((Number) v).intValue();
    }
}
