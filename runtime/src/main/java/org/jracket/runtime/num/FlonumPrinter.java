package org.jracket.runtime.num;

/**
 * Prints a double the way Racket CS does: the shortest digit string that reads back as the
 * same double (taken from JDK 19+ {@link Double#toString}, which implements Giulietti's
 * Schubfach algorithm), laid out positionally or in scientific notation.
 *
 * <p>Layout rule, derived by comparing with Racket 8.7 output: with the value written as
 * d.ddd x 10^e, positional notation is used when -4 &lt;= e &lt;= 13, or for larger e when
 * the positional form is no longer than the scientific one (so 1e+14 but
 * 12345678901234567000.0); otherwise scientific, as in 1e-7, 1.5e-10, 6.02e+23.
 */
public final class FlonumPrinter {
    private FlonumPrinter() {}

    public static String toString(double d) {
        if (Double.isNaN(d)) return "+nan.0";
        if (Double.isInfinite(d)) return d > 0 ? "+inf.0" : "-inf.0";
        if (d == 0) return (Double.doubleToRawLongBits(d) < 0) ? "-0.0" : "0.0";
        StringBuilder sb = new StringBuilder(24);
        if (d < 0) { sb.append('-'); d = -d; }
        Digits dg = shortestDigits(d);
        layout(sb, dg.digits, dg.exp);
        return sb.toString();
    }

    /** A decimal d.ddd x 10^exp with no trailing zeros in digits. */
    record Digits(String digits, int exp) {}

    /** Shortest round-trip digits of a positive finite double. */
    static Digits shortestDigits(double d) {
        Digits dg = parseJava(Double.toString(d));
        // Java may give 2 digits when 1 would do (its spec allows that for the
        // closest-value choice); Racket always prints the shortest, so try 1 digit.
        if (dg.digits.length() == 2) {
            int first = dg.digits.charAt(0) - '0';
            Digits best = null;
            java.math.BigDecimal bestErr = null, exact = new java.math.BigDecimal(d);
            for (int c = first; c <= first + 1; c++) {
                Digits cd = c == 10 ? new Digits("1", dg.exp + 1) : new Digits(Integer.toString(c), dg.exp);
                String cand = cd.digits + "e" + cd.exp;
                if (Double.parseDouble(cand) != d) continue;
                java.math.BigDecimal err = new java.math.BigDecimal(cand).subtract(exact).abs();
                if (best == null || err.compareTo(bestErr) < 0) { best = cd; bestErr = err; }
            }
            if (best != null) return best;
        }
        return roundTieUp(d, dg);
    }

    /**
     * When the double lies exactly halfway between two shortest candidates, Java picks the
     * even last digit but Racket the larger one (2147571571798736.25 prints as ...736.3).
     * A tie needs the exact binary value to be the digits followed by a single 5.
     */
    private static Digits roundTieUp(double d, Digits dg) {
        char last = dg.digits.charAt(dg.digits.length() - 1);
        if ((last - '0') % 2 != 0) return dg;
        java.math.BigDecimal exact = new java.math.BigDecimal(d).stripTrailingZeros();
        java.math.BigInteger unscaled = exact.unscaledValue();
        if (exact.precision() != dg.digits.length() + 1 || unscaled.mod(java.math.BigInteger.TEN).intValue() != 5) return dg;
        if (!unscaled.divide(java.math.BigInteger.TEN).toString().equals(dg.digits)) return dg;
        java.math.BigInteger up = new java.math.BigInteger(dg.digits).add(java.math.BigInteger.ONE);
        String upDigits = up.toString();
        int exp = dg.exp + (upDigits.length() - dg.digits.length());
        if (Double.parseDouble(upDigits + "e" + (exp - upDigits.length() + 1)) != d) return dg;
        int end = upDigits.length();
        while (end > 1 && upDigits.charAt(end - 1) == '0') end--;
        return new Digits(upDigits.substring(0, end), exp);
    }

    /** Splits Java's "123.456" / "1.0E-5" forms into significant digits and exponent. */
    private static Digits parseJava(String s) {
        int ePos = s.indexOf('E');
        int exp10 = ePos < 0 ? 0 : Integer.parseInt(s.substring(ePos + 1));
        String mant = ePos < 0 ? s : s.substring(0, ePos);
        int dot = mant.indexOf('.');
        String all = mant.substring(0, dot) + mant.substring(dot + 1);
        int pointPos = dot;   // digits before the point
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') lead++;
        int end = all.length();
        while (end > lead + 1 && all.charAt(end - 1) == '0') end--;
        String digits = all.substring(lead, end);
        return new Digits(digits, exp10 + pointPos - lead - 1);
    }

    static void layout(StringBuilder sb, String digits, int e) {
        int n = digits.length();
        int sciLen = n + (n > 1 ? 1 : 0) + 2 + Integer.toString(Math.abs(e)).length();
        int posLen = e + 3;
        boolean positional = e >= -4 && (e <= 13 || posLen <= sciLen);
        if (!positional) {
            sb.append(digits.charAt(0));
            if (n > 1) sb.append('.').append(digits, 1, n);
            sb.append('e').append(e >= 0 ? "+" : "-").append(Math.abs(e));
        } else if (e < 0) {
            sb.append("0.");
            for (int i = -1; i > e; i--) sb.append('0');
            sb.append(digits);
        } else if (e + 1 >= n) {
            sb.append(digits);
            for (int i = n; i <= e; i++) sb.append('0');
            sb.append(".0");
        } else {
            sb.append(digits, 0, e + 1).append('.').append(digits, e + 1, n);
        }
    }
}
