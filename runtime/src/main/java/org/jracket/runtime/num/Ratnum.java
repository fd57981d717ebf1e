package org.jracket.runtime.num;

import java.math.BigInteger;

/**
 * An exact non-integer rational: always in lowest terms with a denominator greater than 1.
 * Build with {@link #make}, which returns an exact integer when the quotient is whole.
 */
public final class Ratnum {
    public final BigInteger num;
    public final BigInteger den;

    private Ratnum(BigInteger num, BigInteger den) { this.num = num; this.den = den; }

    /** n/d in lowest terms; d must be non-zero. */
    public static Object make(BigInteger n, BigInteger d) {
        if (d.signum() < 0) { n = n.negate(); d = d.negate(); }
        BigInteger g = n.gcd(d);
        if (!g.equals(BigInteger.ONE)) { n = n.divide(g); d = d.divide(g); }
        if (d.equals(BigInteger.ONE)) return Ints.norm(n);
        return new Ratnum(n, d);
    }

    /** Exact integers or ratnums: numerator and denominator as BigIntegers. */
    static BigInteger numOf(Object q) { return q instanceof Ratnum r ? r.num : Ints.big(q); }
    static BigInteger denOf(Object q) { return q instanceof Ratnum r ? r.den : BigInteger.ONE; }

    public static Object add(Object a, Object b) {
        return make(numOf(a).multiply(denOf(b)).add(numOf(b).multiply(denOf(a))), denOf(a).multiply(denOf(b)));
    }

    public static Object sub(Object a, Object b) {
        return make(numOf(a).multiply(denOf(b)).subtract(numOf(b).multiply(denOf(a))), denOf(a).multiply(denOf(b)));
    }

    public static Object mul(Object a, Object b) {
        return make(numOf(a).multiply(numOf(b)), denOf(a).multiply(denOf(b)));
    }

    /** b must be non-zero. */
    public static Object div(Object a, Object b) {
        return make(numOf(a).multiply(denOf(b)), denOf(a).multiply(numOf(b)));
    }

    public static int compare(Object a, Object b) {
        return numOf(a).multiply(denOf(b)).compareTo(numOf(b).multiply(denOf(a)));
    }

    public double toDouble() { return toDouble(num, den); }

    /**
     * n/d correctly rounded to the nearest double (ties to even). The quotient is scaled to
     * at least 55 significant bits and a sticky bit records a non-zero remainder, so the
     * single rounding done by BigInteger.doubleValue is exact; subnormal results are rounded
     * by hand at the 2^-1074 unit instead.
     */
    public static double toDouble(BigInteger n, BigInteger d) {
        boolean neg = n.signum() < 0;
        if (neg) n = n.negate();
        if (n.signum() == 0) return 0.0;
        int e = n.bitLength() - d.bitLength();   // n/d lies in [2^(e-1), 2^(e+1))
        boolean subnormal = e <= -1022;
        int shift = subnormal ? 1074 : 56 - e;
        BigInteger[] qr = (shift >= 0 ? n.shiftLeft(shift) : n).divideAndRemainder(shift >= 0 ? d : d.shiftLeft(-shift));
        BigInteger q = qr[0];
        double r;
        if (subnormal) {
            // q has at most 53 bits here, so rounding to an integer is the only rounding
            int c = qr[1].shiftLeft(1).compareTo(d);
            if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
            r = Math.scalb(q.doubleValue(), -1074);
        } else {
            if (qr[1].signum() != 0) q = q.setBit(0);
            r = Math.scalb(q.doubleValue(), -shift);
        }
        return neg ? -r : r;
    }

    @Override public boolean equals(Object o) { return o instanceof Ratnum r && r.num.equals(num) && r.den.equals(den); }
    @Override public int hashCode() { return num.hashCode() * 31 + den.hashCode(); }
    @Override public String toString() { return NumberPrinter.toString(this, 10); }
}
