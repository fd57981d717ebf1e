package org.jracket.runtime.num;

import java.math.BigInteger;
import org.jracket.runtime.exn.Errors;

/** abs, rounding and square roots on the numeric tower (exact results where Racket gives them). */
public final class RealMath {
    private RealMath() {}

    public static Object abs(String who, Object x) {
        if (x instanceof Long l) return l >= 0 ? l : Ints.negate(l);
        if (x instanceof Double d) return Math.abs(d);
        Arith.requireReal(who, x);
        return Arith.sign(x) < 0 ? Arith.negate(x) : x;
    }

    /** Rounding modes for floor, ceiling, round (ties to even) and truncate. */
    public enum Mode { FLOOR, CEILING, ROUND, TRUNCATE }

    public static Object round(String who, Object x, Mode mode) {
        if (x instanceof Long || x instanceof BigInteger) return x;
        if (x instanceof Double d) {
            return switch (mode) {
                case FLOOR -> Math.floor(d);
                case CEILING -> Math.ceil(d);
                case ROUND -> Math.rint(d);
                case TRUNCATE -> d < 0 ? Math.ceil(d) : Math.floor(d);
            };
        }
        if (x instanceof Ratnum r) return roundRatnum(r, mode);
        throw Errors.contract(who, "real?", x);
    }

    private static Object roundRatnum(Ratnum r, Mode mode) {
        BigInteger[] qr = r.num.divideAndRemainder(r.den);   // truncates toward zero
        BigInteger q = qr[0];
        int sign = r.num.signum();
        switch (mode) {
            case FLOOR -> { if (sign < 0) q = q.subtract(BigInteger.ONE); }
            case CEILING -> { if (sign > 0) q = q.add(BigInteger.ONE); }
            case TRUNCATE -> { }
            case ROUND -> {
                int c = qr[1].abs().shiftLeft(1).compareTo(r.den);
                if (c > 0 || (c == 0 && q.testBit(0))) q = sign < 0 ? q.subtract(BigInteger.ONE) : q.add(BigInteger.ONE);
            }
        }
        return Ints.norm(q);
    }

    /** Floor of the square root of a non-negative exact integer. */
    public static Object isqrt(Object n) {
        if (n instanceof Long l) {
            long s = (long) Math.sqrt((double) l);
            while (s * s > l) s--;
            while ((s + 1) * (s + 1) <= l) s++;
            return s;
        }
        return Ints.norm(((BigInteger) n).sqrt());
    }

    /** Exact square root of a non-negative exact rational, or null if it is not a perfect square. */
    static Object exactSqrt(Object q) {
        if (q instanceof Ratnum r) {
            BigInteger n = r.num.sqrt(), d = r.den.sqrt();
            if (n.multiply(n).equals(r.num) && d.multiply(d).equals(r.den)) return Ratnum.make(n, d);
            return null;
        }
        Object s = isqrt(q);
        return Arith.numEquals(Ints.mul(s, s), q) ? s : null;
    }

    public static Object sqrt(Object z) {
        if (z instanceof Double d) {
            if (d < 0) return Complex.make(0.0, Math.sqrt(-d));
            return Math.sqrt(d);
        }
        if (z instanceof Complex c) return complexSqrt(c);
        Arith.requireNumber("sqrt", z);
        boolean neg = Arith.sign(z) < 0;
        Object m = neg ? Arith.negate(z) : z;
        Object s = exactSqrt(m);
        if (s == null) s = Math.sqrt(Arith.toDouble(m));
        return neg ? Complex.make(Arith.isExact(s) ? (Object) 0L : (Object) 0.0, s) : s;
    }

    private static Object complexSqrt(Complex c) {
        if (c.isExact()) {
            Object m = ComplexMath.magnitude(c);
            if (Arith.isExact(m)) {
                Object two = 2L;
                Object re = exactSqrt(Arith.div(Arith.add(m, c.re), two));
                Object im = exactSqrt(Arith.div(Arith.sub(m, c.re), two));
                if (re != null && im != null) return Complex.make(re, Arith.sign(c.im) < 0 ? Arith.negate(im) : im);
            }
        }
        double x = Arith.toDouble(c.re), y = Arith.toDouble(c.im);
        double t = Math.sqrt((Math.abs(x) + Math.hypot(x, y)) / 2);
        if (x >= 0) return Complex.make(t, y / (2 * t));
        return Complex.make(Math.abs(y) / (2 * t), Math.copySign(t, y));
    }
}
