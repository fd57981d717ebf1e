package org.jracket.runtime.num;

import java.math.BigInteger;
import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.prims.PrimitiveTable;

/** quotient/remainder/modulo, gcd/lcm, numerator/denominator, parity, integer square roots. */
final class IntegerPrims {
    private IntegerPrims() {}

    enum Div { QUOTIENT, REMAINDER, MODULO }

    static void register(PrimitiveTable t) {
        t.add(Primitive.of2("quotient", (a, b) -> divide("quotient", a, b, Div.QUOTIENT)));
        t.add(Primitive.of2("remainder", (a, b) -> divide("remainder", a, b, Div.REMAINDER)));
        t.add(Primitive.of2("modulo", (a, b) -> divide("modulo", a, b, Div.MODULO)));
        t.add(Primitive.of2("quotient/remainder", (a, b) -> new MultipleValues(new Object[] {
            divide("$quotient-remainder", a, b, Div.QUOTIENT), divide("$quotient-remainder", a, b, Div.REMAINDER)})));
        t.add(new Variadic("gcd", 0L, a -> gcdLcm("gcd", a, 0L, true), (a, b) -> gcdLcm("gcd", a, b, true)));
        t.add(new Variadic("lcm", 1L, a -> gcdLcm("lcm", a, 1L, false), (a, b) -> gcdLcm("lcm", a, b, false)));
        t.add(Primitive.of1("numerator", a -> fraction("numerator", a, true)));
        t.add(Primitive.of1("denominator", a -> fraction("denominator", a, false)));
        t.add(Primitive.of1("even?", a -> Check.bool(isEven("even?", a))));
        t.add(Primitive.of1("odd?", a -> Check.bool(!isEven("odd?", a))));
        t.add(Primitive.of1("integer-sqrt", a -> integerSqrt("integer-sqrt", a, false)));
        t.add(Primitive.of1("integer-sqrt/remainder", a -> integerSqrt("integer-sqrt/remainder", a, true)));
    }

    /** The integer division family; flonum arguments give flonum results. */
    static Object divide(String who, Object a, Object b, Div kind) {
        Check.integer(who, a);
        Check.integer(who, b);
        if (Arith.isExactZero(b)) throw Errors.divideByZero(who);
        if (b instanceof Double d && d == 0.0) {
            throw Errors.raise(ExnTypes.DIVIDE_BY_ZERO, who + ": undefined for " + NumberPrinter.toString(b));
        }
        if (Ints.isExactInteger(a) && Ints.isExactInteger(b)) {
            return switch (kind) {
                case QUOTIENT -> Ints.quotient(a, b);
                case REMAINDER -> Ints.remainder(a, b);
                case MODULO -> Ints.modulo(a, b);
            };
        }
        double x = Arith.toDouble(a), y = Arith.toDouble(b);
        switch (kind) {
            case QUOTIENT: { double q = x / y; return q < 0 ? Math.ceil(q) : Math.floor(q); }
            case REMAINDER: return x % y;
            default: {
                double r = x % y;
                return (r != 0 && (r < 0) != (y < 0)) ? r + y : r;
            }
        }
    }

    static boolean isEven(String who, Object a) {
        Check.integer(who, a);
        if (a instanceof Double d) return d % 2 == 0;
        return Ints.isEven(a);
    }

    /** gcd or lcm of two rationals (exact when both are exact). */
    static Object gcdLcm(String who, Object a, Object b, boolean gcd) {
        Check.rational(who, a);
        Check.rational(who, b);
        boolean inexact = a instanceof Double || b instanceof Double;
        Object x = Arith.toExact(who, a), y = Arith.toExact(who, b);
        BigInteger xn = Ratnum.numOf(x).abs(), xd = Ratnum.denOf(x), yn = Ratnum.numOf(y).abs(), yd = Ratnum.denOf(y);
        Object r = gcd ? Ratnum.make(xn.gcd(yn), lcm(xd, yd)) : Ratnum.make(lcm(xn, yn), xd.gcd(yd));
        return inexact ? Arith.toFlonum(r) : r;
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        if (a.signum() == 0 || b.signum() == 0) return BigInteger.ZERO;
        return a.divide(a.gcd(b)).multiply(b);
    }

    static Object fraction(String who, Object a, boolean numerator) {
        if (!Check.isRational(a)) throw Errors.contract(who, "rational-number?", a);
        Object q = Arith.toExact(who, a);
        Object r = Ints.norm(numerator ? Ratnum.numOf(q) : Ratnum.denOf(q));
        return a instanceof Double ? Arith.toFlonum(r) : r;
    }

    /** Integer square root; of a negative n, the imaginary root as Racket gives it. */
    static Object integerSqrt(String who, Object a, boolean withRemainder) {
        Check.integer(who, a);
        Object n = Arith.toExact(who, a);
        boolean neg = Ints.signum(n) < 0;
        Object m = neg ? Ints.negate(n) : n;
        Object s = RealMath.isqrt(m);
        Object root = neg ? Complex.make(0L, s) : s;
        if (a instanceof Double) root = Arith.toInexact(root);
        if (!withRemainder) return root;
        Object rem = Arith.sub(a instanceof Double ? Arith.toFlonum(n) : n, Arith.mul(root, root));
        return new MultipleValues(new Object[] {root, rem});
    }
}
