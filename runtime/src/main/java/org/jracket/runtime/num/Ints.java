package org.jracket.runtime.num;

import java.math.BigInteger;

/**
 * Exact-integer helpers. Exact integers are Long when they fit in a long and BigInteger
 * otherwise; every BigInteger result must pass through {@link #norm} so that equal values
 * always have the same representation (the rest of the runtime relies on this for eqv?).
 */
public final class Ints {
    private Ints() {}

    public static final long FIXNUM_MIN = -(1L << 60);
    public static final long FIXNUM_MAX = (1L << 60) - 1;
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    public static Object norm(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static boolean isExactInteger(Object o) { return o instanceof Long || o instanceof BigInteger; }

    public static boolean isFixnum(Object o) {
        return o instanceof Long l && l >= FIXNUM_MIN && l <= FIXNUM_MAX;
    }

    /** o must be an exact integer. */
    public static BigInteger big(Object o) {
        return o instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) o;
    }

    public static int signum(Object o) {
        return o instanceof Long l ? Long.signum(l) : ((BigInteger) o).signum();
    }

    public static boolean isZero(Object o) { return o instanceof Long l && l == 0; }

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) return big(a).add(big(b));
            return r;
        }
        return norm(big(a).add(big(b)));
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) return big(a).subtract(big(b));
            return r;
        }
        return norm(big(a).subtract(big(b)));
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
            return big(a).multiply(big(b));
        }
        return norm(big(a).multiply(big(b)));
    }

    public static Object negate(Object a) {
        if (a instanceof Long x) return x == Long.MIN_VALUE ? LONG_MIN.negate() : (Object) (-x);
        return norm(((BigInteger) a).negate());
    }

    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        return big(a).compareTo(big(b));
    }

    /** Truncating quotient; b is non-zero. */
    public static Object quotient(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (x == Long.MIN_VALUE && y == -1) return LONG_MIN.negate();
            return x / y;
        }
        return norm(big(a).divide(big(b)));
    }

    /** Remainder with the sign of a; b is non-zero. */
    public static Object remainder(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return y == -1 ? 0L : x % y;
        return norm(big(a).remainder(big(b)));
    }

    /** Modulo with the sign of b; b is non-zero. */
    public static Object modulo(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return y == -1 ? 0L : Math.floorMod(x, y);
        BigInteger bb = big(b);
        BigInteger r = big(a).mod(bb.abs());
        if (bb.signum() < 0 && r.signum() != 0) r = r.add(bb);
        return norm(r);
    }

    public static Object gcd(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && x != Long.MIN_VALUE && y != Long.MIN_VALUE) {
            long p = Math.abs(x), q = Math.abs(y);
            while (q != 0) { long t = p % q; p = q; q = t; }
            return p;
        }
        return norm(big(a).gcd(big(b)));
    }

    public static boolean isEven(Object a) {
        return a instanceof Long l ? (l & 1) == 0 : !((BigInteger) a).testBit(0);
    }

    public static double toDouble(Object a) {
        return a instanceof Long l ? (double) l : ((BigInteger) a).doubleValue();
    }
}
