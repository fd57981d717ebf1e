package org.jracket.runtime.regexp;

/** A set of units (code points or bytes), as built from classes such as [a-z] or \d. */
@FunctionalInterface
interface UnitSet {
    boolean has(int c);

    default UnitSet or(UnitSet o) { return c -> has(c) || o.has(c); }

    default UnitSet not() { return c -> c >= 0 && !has(c); }

    static UnitSet range(int lo, int hi) { return c -> c >= lo && c <= hi; }

    static UnitSet none() { return c -> false; }

    /** c is in the set if it or one of its case variants is (how (?i:...) affects classes). */
    default UnitSet folded(boolean bytes) {
        return c -> has(c) || (c >= 0 && (has(CaseFold.lower(c, bytes)) || has(CaseFold.upper(c, bytes))));
    }
}
