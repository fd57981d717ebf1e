package org.jracket.runtime.num;

import java.math.BigInteger;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;

/**
 * exp, log, expt and the trigonometric functions. Racket keeps a few results exact
 * ({@code (exp 0)} is 1, {@code (log 1)} is 0, {@code (sin 0)} is 0, {@code (expt 4 1/2)} is 2);
 * everything else is computed in doubles, with complex results for arguments outside the
 * real domain, using the principal branch z^w = exp(w log z).
 */
public final class Transcendental {
    private Transcendental() {}

    public static Object exp(Object z) {
        Check.number("exp", z);
        if (Arith.isExactZero(z)) return 1L;
        if (z instanceof Complex c) {
            double m = Math.exp(Arith.toDouble(c.re)), a = Arith.toDouble(c.im);
            return Complex.make(m * Math.cos(a), m * Math.sin(a));
        }
        return Math.exp(Arith.toDouble(z));
    }

    public static Object log(Object z) {
        Check.number("log", z);
        if (z instanceof Long l && l == 1) return 0L;
        if (Arith.isExactZero(z)) throw Errors.divideByZero("log");
        if (z instanceof Complex c) {
            return Complex.make(realLog(ComplexMath.magnitude(c)), Math.atan2(Arith.toDouble(c.im), Arith.toDouble(c.re)));
        }
        if (z instanceof Double d && (d >= 0 || Double.isNaN(d))) return Math.log(d);
        if (Arith.sign(z) < 0 || (z instanceof Double d && Double.doubleToRawLongBits(d) < 0)) {
            return Complex.make(realLog(Arith.negate(z)), Math.PI);
        }
        return realLog(z);
    }

    public static Object log(Object z, Object base) {
        Check.number("log", z);
        Check.number("log", base);
        return Arith.div(log(z), log(base));
    }

    /** Natural log of a positive real; huge exact values are scaled so they do not overflow. */
    static double realLog(Object x) {
        if (x instanceof BigInteger b && b.bitLength() > 1000) {
            int shift = b.bitLength() - 64;
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        if (x instanceof Ratnum r) {
            double v = r.toDouble();
            if (v == 0 || Double.isInfinite(v)) return realLog(Ints.norm(r.num)) - realLog(Ints.norm(r.den));
            return Math.log(v);
        }
        return Math.log(Arith.toDouble(x));
    }

    public static Object expt(Object b, Object e) {
        Check.number("expt", b);
        Check.number("expt", e);
        if (Arith.isExactZero(e)) return 1L;
        if (b instanceof Long l && l == 1) return 1L;
        if (Arith.isExactZero(b)) return zeroBase(e);
        if (Ints.isExactInteger(e)) {
            if (Arith.isExact(b)) return exactPower(b, e);
            if (b instanceof Double d) return Math.pow(d, Arith.toDouble(e));
        }
        if (e instanceof Ratnum r && r.num.equals(BigInteger.ONE) && r.den.equals(BigInteger.TWO)) {
            return RealMath.sqrt(b);
        }
        if (Arith.isReal(b) && Arith.isReal(e)) {
            double x = Arith.toDouble(b), y = Arith.toDouble(e);
            if (x >= 0 || Double.isNaN(x) || y == Math.rint(y) || Double.isInfinite(y)) return Math.pow(x, y);
            double m = Math.exp(Math.log(-x) * y), a = Math.PI * y;
            return Complex.make(m * Math.cos(a), m * Math.sin(a));
        }
        return exp(Arith.mul(e, log(b)));
    }

    private static Object zeroBase(Object e) {
        Object re = Arith.re(e);
        if (re instanceof Double d && d == 0 && !(e instanceof Complex)) return 1.0;
        if (Arith.sign(re) > 0) return 0L;
        throw Errors.raise(ExnTypes.DIVIDE_BY_ZERO,
            "expt: undefined for values 0 and " + NumberPrinter.toString(e));
    }

    /** Exact base to an exact integer power, by repeated squaring. */
    static Object exactPower(Object b, Object e) {
        if (Ints.signum(e) < 0) return Arith.div(1L, exactPower(b, Ints.negate(e)));
        if (b instanceof Long || b instanceof BigInteger) {
            if (e instanceof Long n && n <= Integer.MAX_VALUE) return Ints.norm(Ints.big(b).pow((int) (long) n));
        }
        if (b instanceof Ratnum r && e instanceof Long n && n <= Integer.MAX_VALUE) {
            return Ratnum.make(r.num.pow((int) (long) n), r.den.pow((int) (long) n));
        }
        Object result = 1L, base = b;
        BigInteger n = Ints.big(e);
        for (int i = 0; i < n.bitLength(); i++) {
            if (n.testBit(i)) result = Arith.mul(result, base);
            if (i + 1 < n.bitLength()) base = Arith.mul(base, base);
        }
        return result;
    }

    // ---- trigonometry ------------------------------------------------------------------

    enum Trig { SIN, COS, TAN, ASIN, ACOS, ATAN }

    public static Object trig(Trig f, Object z) {
        String who = f.name().toLowerCase();
        Check.number(who, z);
        if (Arith.isExactZero(z) && f != Trig.COS && f != Trig.ACOS) return 0L;
        if (Arith.isExactZero(z) && f == Trig.COS) return 1L;
        if (z instanceof Long l && l == 1 && f == Trig.ACOS) return 0L;
        if (z instanceof Complex c) return ComplexTrig.apply(f, c);
        double x = Arith.toDouble(z);
        return switch (f) {
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case TAN -> Math.tan(x);
            case ATAN -> Math.atan(x);
            case ASIN -> Math.abs(x) <= 1 || Double.isNaN(x) ? (Object) Math.asin(x) : ComplexTrig.apply(f, x);
            case ACOS -> Math.abs(x) <= 1 || Double.isNaN(x) ? (Object) Math.acos(x) : ComplexTrig.apply(f, x);
        };
    }

    public static Object atan2(Object y, Object x) {
        Check.real("atan", y);
        Check.real("atan", x);
        if (Arith.isExactZero(y) && Arith.isExactZero(x)) {
            throw Errors.raise(ExnTypes.DIVIDE_BY_ZERO, "atan2: undefined for values 0 and 0");
        }
        if (Arith.isExactZero(y) && Arith.isExact(x) && Arith.sign(x) > 0) return 0L;
        return Math.atan2(Arith.toDouble(y), Arith.toDouble(x));
    }
}
