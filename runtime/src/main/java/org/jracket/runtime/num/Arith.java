package org.jracket.runtime.num;

import java.math.BigInteger;
import org.jracket.runtime.exn.Errors;

/**
 * Generic arithmetic over Racket's numeric tower. Each operation tries the fixnum-sized Long
 * case first, then the all-flonum case, and only then dispatches on the general tower in a
 * separate (colder) method, so the evaluator's hot paths stay small and allocation-light.
 *
 * <p>Mixing rules follow Racket CS: an exact operand meets a flonum by converting to a flonum,
 * except that exact 0 is absorbing for {@code *} and {@code /} and neutral for {@code +}
 * (so {@code (* 0 1.5)} is exact 0 and {@code (+ 0 -0.0)} is -0.0). Comparisons between
 * exact and inexact reals are exact: {@code (= 1/10 0.1)} is false.
 */
public final class Arith {
    private Arith() {}

    // ---- classification ----------------------------------------------------------------

    public static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof BigInteger
            || o instanceof Ratnum || o instanceof Complex;
    }

    public static boolean isReal(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof BigInteger || o instanceof Ratnum;
    }

    public static boolean isExact(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Ratnum
            || (o instanceof Complex c && c.isExact());
    }

    /** Exact rational (integer or ratnum). */
    public static boolean isExactRational(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Ratnum;
    }

    public static boolean isExactZero(Object o) { return o instanceof Long l && l == 0; }

    static Object requireNumber(String who, Object o) {
        if (!isNumber(o)) throw Errors.contract(who, "number?", o);
        return o;
    }

    static Object requireReal(String who, Object o) {
        if (!isReal(o)) throw Errors.contract(who, "real?", o);
        return o;
    }

    // ---- conversions -------------------------------------------------------------------

    /** A real number as a double (exact values rounded to nearest). */
    public static double toDouble(Object real) {
        if (real instanceof Double d) return d;
        if (real instanceof Long l) return l;
        if (real instanceof BigInteger b) return b.doubleValue();
        return ((Ratnum) real).toDouble();
    }

    public static Double toFlonum(Object real) {
        return real instanceof Double d ? d : Double.valueOf(toDouble(real));
    }

    /** The exact value of a finite double: an exact integer or a ratnum. */
    public static Object exactOf(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 0x1p63) return (long) d;
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        if (bits < 0) mant = -mant;
        int e2 = exp - 1075;
        BigInteger m = BigInteger.valueOf(mant);
        if (e2 >= 0) return Ints.norm(m.shiftLeft(e2));
        return Ratnum.make(m, BigInteger.ONE.shiftLeft(-e2));
    }

    /** Exact version of any number; who names the caller for the error on inf/nan. */
    public static Object toExact(String who, Object n) {
        if (n instanceof Double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw Errors.raise(org.jracket.runtime.exn.ExnTypes.CONTRACT,
                    who + ": no exact representation for " + NumberPrinter.toString(d, 10));
            }
            return exactOf(d);
        }
        if (n instanceof Complex c && !c.isExact()) return Complex.make(toExact(who, c.re), toExact(who, c.im));
        return n;
    }

    public static Object toInexact(Object n) {
        if (n instanceof Complex c) return c.isExact() ? Complex.make(toFlonum(c.re), toFlonum(c.im)) : c;
        return toFlonum(n);
    }

    // ---- + - * / ------------------------------------------------------------------------

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return r;
        } else if (a instanceof Double x && b instanceof Double y) {
            return x + y;
        }
        return addSlow(a, b);
    }

    private static Object addSlow(Object a, Object b) {
        requireNumber("+", a); requireNumber("+", b);
        if (a instanceof Complex || b instanceof Complex) {
            return Complex.make(add(re(a), re(b)), add(im(a), im(b)));
        }
        if (isExactZero(a)) return b;
        if (isExactZero(b)) return a;
        if (a instanceof Double || b instanceof Double) return toDouble(a) + toDouble(b);
        if (a instanceof Ratnum || b instanceof Ratnum) return Ratnum.add(a, b);
        return Ints.add(a, b);
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return r;
        } else if (a instanceof Double x && b instanceof Double y) {
            return x - y;
        }
        return subSlow(a, b);
    }

    private static Object subSlow(Object a, Object b) {
        requireNumber("-", a); requireNumber("-", b);
        if (a instanceof Complex || b instanceof Complex) {
            return Complex.make(sub(re(a), re(b)), sub(im(a), im(b)));
        }
        if (isExactZero(b)) return a;
        if (isExactZero(a)) return negate(b);
        if (a instanceof Double || b instanceof Double) return toDouble(a) - toDouble(b);
        if (a instanceof Ratnum || b instanceof Ratnum) return Ratnum.sub(a, b);
        return Ints.sub(a, b);
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
        } else if (a instanceof Double x && b instanceof Double y) {
            return x * y;
        }
        return mulSlow(a, b);
    }

    private static Object mulSlow(Object a, Object b) {
        requireNumber("*", a); requireNumber("*", b);
        if (isExactZero(a) || isExactZero(b)) return 0L;
        if (a instanceof Complex ca) {
            if (!(b instanceof Complex cb)) return Complex.make(mul(ca.re, b), mul(ca.im, b));
            return Complex.make(sub(mul(ca.re, cb.re), mul(ca.im, cb.im)), add(mul(ca.re, cb.im), mul(ca.im, cb.re)));
        }
        if (b instanceof Complex cb) return Complex.make(mul(a, cb.re), mul(a, cb.im));
        if (a instanceof Double || b instanceof Double) return toDouble(a) * toDouble(b);
        if (a instanceof Ratnum || b instanceof Ratnum) return Ratnum.mul(a, b);
        return Ints.mul(a, b);
    }

    /** Division; an exact-zero divisor raises "/: division by zero" even for a flonum dividend. */
    public static Object div(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return x / y;
        requireNumber("/", a); requireNumber("/", b);
        if (isExactZero(b)) throw Errors.divideByZero("/");
        if (isExactZero(a)) return 0L;
        if (a instanceof Complex || b instanceof Complex) return ComplexMath.div(a, b);
        if (a instanceof Double || b instanceof Double) return toDouble(a) / toDouble(b);
        if (a instanceof Long x && b instanceof Long y && y != 0 && x % y == 0 && !(x == Long.MIN_VALUE && y == -1)) {
            return x / y;
        }
        return Ratnum.div(a, b);
    }

    public static Object negate(Object a) {
        if (a instanceof Long x && x != Long.MIN_VALUE) return -x;
        if (a instanceof Double d) return -d;
        requireNumber("-", a);
        if (a instanceof Ratnum r) return Ratnum.make(r.num.negate(), r.den);
        if (a instanceof Complex c) return Complex.make(negate(c.re), negate(c.im));
        return Ints.negate(a);
    }

    static Object re(Object n) { return n instanceof Complex c ? c.re : n; }
    static Object im(Object n) { return n instanceof Complex c ? c.im : (Object) 0L; }

    // ---- comparison ----------------------------------------------------------------------

    /** Result of {@link #compare} when either side is NaN. */
    public static final int UNORDERED = 2;

    /** Compares two reals exactly: -1, 0, 1, or UNORDERED. Raises with who on non-reals. */
    public static int compare(String who, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        if (a instanceof Double x && b instanceof Double y) return cmpDouble(x, y);
        requireReal(who, a); requireReal(who, b);
        if (a instanceof Double x) return mixedCompare(x, b);
        if (b instanceof Double y) { int c = mixedCompare(y, a); return c == UNORDERED ? c : -c; }
        if (a instanceof Ratnum || b instanceof Ratnum) return Integer.signum(Ratnum.compare(a, b));
        return Integer.signum(Ints.compare(a, b));
    }

    private static int cmpDouble(double x, double y) {
        if (x < y) return -1;
        if (x > y) return 1;
        if (x == y) return 0;
        return UNORDERED;
    }

    /** Compares a double with an exact rational, exactly. */
    private static int mixedCompare(double x, Object q) {
        if (Double.isNaN(x)) return UNORDERED;
        if (Double.isInfinite(x)) return x > 0 ? 1 : -1;
        if (q instanceof Long l && Math.abs(l) < (1L << 53)) return cmpDouble(x, (double) l);
        Object ex = exactOf(x);
        if (ex instanceof Ratnum || q instanceof Ratnum) return Integer.signum(Ratnum.compare(ex, q));
        return Integer.signum(Ints.compare(ex, q));
    }

    public static boolean lt(Object a, Object b) { return compare("<", a, b) == -1; }
    public static boolean gt(Object a, Object b) { return compare(">", a, b) == 1; }
    public static boolean le(Object a, Object b) { int c = compare("<=", a, b); return c == -1 || c == 0; }
    public static boolean ge(Object a, Object b) { int c = compare(">=", a, b); return c == 1 || c == 0; }

    /** Numeric {@code =}, defined on complex numbers too. */
    public static boolean numEquals(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        if (a instanceof Double x && b instanceof Double y) return x.doubleValue() == y.doubleValue();
        requireNumber("=", a); requireNumber("=", b);
        if (a instanceof Complex || b instanceof Complex) {
            return compare("=", re(a), re(b)) == 0 && compare("=", im(a), im(b)) == 0;
        }
        return compare("=", a, b) == 0;
    }

    public static boolean isZero(Object a) {
        if (a instanceof Long x) return x == 0;
        if (a instanceof Double d) return d == 0.0;
        requireNumber("zero?", a);
        // bignums and ratnums are never zero; an inexact complex can be 0.0+0.0i
        return a instanceof Complex c && isZero(c.re) && isZero(c.im);
    }

    /** Sign of a real: -1, 0, 1; NaN gives 0 (callers check NaN separately when it matters). */
    public static int sign(Object real) {
        if (real instanceof Long l) return Long.signum(l);
        if (real instanceof Double d) return d > 0 ? 1 : d < 0 ? -1 : 0;
        if (real instanceof BigInteger b) return b.signum();
        return ((Ratnum) real).num.signum();
    }

    // ---- eqv? / equal-hash ------------------------------------------------------------------

    /** eqv? on numbers: same exactness and value; 0.0 and -0.0 differ; NaN is eqv to NaN. */
    public static boolean eqv(Object a, Object b) {
        if (a instanceof Long x) return b instanceof Long y && x.longValue() == y.longValue();
        if (a instanceof Double x) return b instanceof Double y && x.equals(y);
        return a != null && a.equals(b);
    }

    /** Hash consistent with {@link #eqv}. */
    public static int equalHash(Object n) { return n.hashCode(); }
}
