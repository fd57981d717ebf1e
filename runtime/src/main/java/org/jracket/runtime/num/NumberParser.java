package org.jracket.runtime.num;

import java.math.BigInteger;

/**
 * Racket 8.7 number syntax, for the reader and string->number. {@link #parse} returns the
 * number, or null when the text is not a number (so the reader treats it as a symbol).
 *
 * <p>Supported: {@code #x #o #b #d} radix and {@code #e #i} exactness prefixes in either
 * order; integers, decimals with exponent markers e/d/f/s/l (only s/l in radix 16, where
 * e, d, f are digits; exponent digits are read in the radix); {@code #} digit placeholders
 * (which make the number inexact); rationals with an optional exponent ({@code 1/2e2});
 * {@code +inf.0 -inf.0 +nan.0 -nan.0} and their {@code .f} spellings; rectangular
 * {@code a+bi}, {@code +i}; polar {@code m@a}.
 */
public final class NumberParser {
    private NumberParser() {}

    /** Largest exponent magnitude honoured; beyond it a flonum is already 0 or infinite. */
    private static final int EXP_LIMIT = 400_000;

    public static Object parse(String s, int radix) {
        int i = 0, n = s.length();
        char exactness = 0;
        boolean radixGiven = false;
        while (i < n && s.charAt(i) == '#') {
            if (i + 1 >= n) return null;
            char c = Character.toLowerCase(s.charAt(i + 1));
            if (c == 'x' || c == 'o' || c == 'b' || c == 'd') {
                if (radixGiven) return null;
                radixGiven = true;
                radix = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 10;
            } else if (c == 'e' || c == 'i') {
                if (exactness != 0) return null;
                exactness = c;
            } else {
                return null;
            }
            i += 2;
        }
        if (i >= n) return null;
        return parseComplex(s.substring(i), radix, exactness);
    }

    private static Object parseComplex(String t, int radix, char exactness) {
        int at = t.indexOf('@');
        if (at >= 0) {
            Object mag = parseReal(t.substring(0, at), radix, exactness);
            Object ang = mag == null ? null : parseReal(t.substring(at + 1), radix, exactness);
            if (ang == null) return null;
            return ComplexMath.makePolar(mag, ang);
        }
        char last = t.charAt(t.length() - 1);
        if (last != 'i' && last != 'I') return parseReal(t, radix, exactness);
        String body = t.substring(0, t.length() - 1);
        // The imaginary part starts at a sign; try each sign from the right.
        for (int k = body.length() - 1; k >= 0; k--) {
            char c = body.charAt(k);
            if (c != '+' && c != '-') continue;
            String imText = body.substring(k);
            Object im = imText.length() == 1 ? signedOne(c, exactness) : parseReal(imText, radix, exactness);
            if (im == null) continue;
            Object re = k == 0 ? (Object) 0L : parseReal(body.substring(0, k), radix, exactness);
            if (re == null) continue;
            if (exactness == 'i' || im instanceof Double) {
                re = Arith.toFlonum(re);
                im = Arith.toFlonum(im);
            }
            return Complex.make(re, im);
        }
        return null;
    }

    private static Object signedOne(char sign, char exactness) {
        long v = sign == '-' ? -1 : 1;
        return exactness == 'i' ? (Object) (double) v : (Object) v;
    }

    /** A signed real, or null. */
    static Object parseReal(String t, int radix, char exactness) {
        int n = t.length();
        if (n == 0) return null;
        int i = 0;
        boolean neg = false;
        char c0 = t.charAt(0);
        if (c0 == '+' || c0 == '-') {
            neg = c0 == '-';
            i = 1;
            Object special = special(t.substring(1), neg);
            if (special != null) return exactness == 'e' ? null : special;
        }
        if (i >= n) return null;
        Object v = parseUnsigned(t, i, radix, exactness);
        if (v == null) return null;
        if (neg) v = v instanceof Double d ? (Object) (-d) : Arith.negate(v);
        return v;
    }

    private static Object special(String rest, boolean neg) {
        String r = rest.toLowerCase();
        if (r.equals("inf.0") || r.equals("inf.f")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (r.equals("nan.0") || r.equals("nan.f")) return Double.NaN;
        return null;
    }

    /** Scanned pieces of an unsigned real: digits (with # as 0) and where they went. */
    private static final class Scan {
        int pos;
        boolean inexact;   // saw '.', an exponent, or '#'
    }

    private static Object parseUnsigned(String t, int start, int radix, char exactness) {
        Scan sc = new Scan();
        sc.pos = start;
        StringBuilder digits = new StringBuilder();
        int fracDigits = scanDecimal(t, sc, radix, digits);
        if (fracDigits < 0) return null;
        BigInteger den = BigInteger.ONE;
        boolean rational = false;
        if (sc.pos < t.length() && t.charAt(sc.pos) == '/') {
            if (fracDigits > 0 || t.substring(start, sc.pos).indexOf('.') >= 0) return null;
            sc.pos++;
            StringBuilder dd = new StringBuilder();
            int before = sc.pos;
            if (!scanDigits(t, sc, radix, dd)) return null;
            if (sc.pos == before) return null;
            den = new BigInteger(dd.toString(), radix);
            if (den.signum() == 0) return null;
            rational = true;
        }
        long exp = 0;
        if (sc.pos < t.length() && isExpMarker(t.charAt(sc.pos), radix)) {
            sc.pos++;
            Long e = scanExponent(t, sc, radix);
            if (e == null) return null;
            exp = e;
            sc.inexact = true;
        }
        if (sc.pos != t.length()) return null;
        BigInteger mant = new BigInteger(digits.toString(), radix);
        boolean wantExact = exactness == 'e' || (exactness == 0 && !sc.inexact);
        long scale = exp - fracDigits;
        if (!wantExact && radix == 10 && !rational) {
            return fastDecimal(digits, scale);
        }
        if (!wantExact && Math.abs(scale) > EXP_LIMIT) {
            if (mant.signum() == 0) return 0.0;
            return scale > 0 ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (Math.abs(scale) > EXP_LIMIT) return null;
        BigInteger r = BigInteger.valueOf(radix);
        Object exact = scale >= 0
            ? Ratnum.make(mant.multiply(r.pow((int) scale)), den)
            : Ratnum.make(mant, den.multiply(r.pow((int) -scale)));
        return wantExact ? exact : (Object) Arith.toDouble(exact);
    }

    /** Correctly rounded decimal via the JDK's parser. */
    private static Double fastDecimal(CharSequence digits, long scale) {
        if (scale > EXP_LIMIT) scale = EXP_LIMIT;
        if (scale < -EXP_LIMIT) scale = -EXP_LIMIT;
        return Double.parseDouble(digits + "e" + scale);
    }

    /**
     * Scans digits# [. digits#] or . digits#, appending digit characters (# as 0) to out.
     * Returns the count of digits after the point, or -1 if malformed.
     */
    private static int scanDecimal(String t, Scan sc, int radix, StringBuilder out) {
        int before = out.length();
        if (!scanDigits(t, sc, radix, out)) return -1;
        boolean hash = sc.inexact;   // a # in the integer part allows only #s after the point
        if (sc.pos >= t.length() || t.charAt(sc.pos) != '.') return out.length() > before ? 0 : -1;
        sc.pos++;
        sc.inexact = true;
        int fStart = out.length();
        for (; sc.pos < t.length(); sc.pos++) {
            char c = t.charAt(sc.pos);
            if (digitValue(c, radix) >= 0) {
                if (hash) return -1;
                out.append(c);
            } else if (c == '#' && out.length() > before) {
                out.append('0');
                hash = true;
            } else {
                break;
            }
        }
        return out.length() > before ? out.length() - fStart : -1;
    }

    /** digits followed by optional #s; returns false if a digit follows a #. */
    private static boolean scanDigits(String t, Scan sc, int radix, StringBuilder out) {
        int start = out.length();
        boolean hash = false;
        while (sc.pos < t.length()) {
            char c = t.charAt(sc.pos);
            int d = digitValue(c, radix);
            if (d >= 0) {
                if (hash) return false;
                out.append(c);
            } else if (c == '#' && out.length() > start) {
                out.append('0');
                hash = true;
                sc.inexact = true;
            } else {
                break;
            }
            sc.pos++;
        }
        return true;
    }

    private static Long scanExponent(String t, Scan sc, int radix) {
        boolean neg = false;
        if (sc.pos < t.length() && (t.charAt(sc.pos) == '+' || t.charAt(sc.pos) == '-')) {
            neg = t.charAt(sc.pos) == '-';
            sc.pos++;
        }
        int start = sc.pos;
        long v = 0;
        while (sc.pos < t.length() && digitValue(t.charAt(sc.pos), radix) >= 0) {
            v = Math.min(v * radix + digitValue(t.charAt(sc.pos), radix), 1L << 40);
            sc.pos++;
        }
        if (sc.pos == start) return null;
        return neg ? -v : v;
    }

    private static boolean isExpMarker(char c, int radix) {
        c = Character.toLowerCase(c);
        if (c == 's' || c == 'l') return true;
        return radix != 16 && (c == 'e' || c == 'd' || c == 'f');
    }

    /** ASCII digit value in radix, or -1. */
    static int digitValue(char c, int radix) {
        int d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
        else return -1;
        return d < radix ? d : -1;
    }
}
