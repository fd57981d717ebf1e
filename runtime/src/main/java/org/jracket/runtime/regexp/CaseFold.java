package org.jracket.runtime.regexp;

/** Case mapping for (?i:...): simple Unicode mapping for chars, ASCII only for bytes. */
final class CaseFold {
    private CaseFold() {}

    static int lower(int c, boolean bytes) {
        if (bytes) return c >= 'A' && c <= 'Z' ? c + 32 : c;
        return c < 0 ? c : Character.toLowerCase(c);
    }

    static int upper(int c, boolean bytes) {
        if (bytes) return c >= 'a' && c <= 'z' ? c - 32 : c;
        return c < 0 ? c : Character.toUpperCase(c);
    }

    static boolean same(int a, int b, boolean bytes) {
        return a == b || (a >= 0 && b >= 0
                && (lower(a, bytes) == lower(b, bytes) || upper(a, bytes) == upper(b, bytes)));
    }
}
