package org.jracket.runtime.num;

import java.math.BigInteger;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.prims.PrimitiveTable;

/** Exactness conversion, number<->string, real->decimal-string and rationalize. */
final class ConvertPrims {
    private ConvertPrims() {}

    static void register(PrimitiveTable t) {
        t.add(Primitive.of1("exact->inexact", a -> Arith.toInexact(Check.number("exact->inexact", a))));
        t.add(Primitive.of1("inexact->exact", a -> Arith.toExact("exact", Check.number("inexact->exact", a))));
        t.add(Primitive.ofN("number->string", 1, 2, a -> numberToString(a[0], a.length > 1 ? a[1] : (Object) 10L)));
        t.add(Primitive.ofN("string->number", 1, 5, a -> stringToNumber(a[0], a.length > 1 ? a[1] : (Object) 10L)));
        t.add(Primitive.ofN("real->decimal-string", 1, 2, a -> realToDecimal(a[0], a.length > 1 ? a[1] : (Object) 2L)));
        t.add(Primitive.of2("rationalize", ConvertPrims::rationalize));
    }

    static Object numberToString(Object z, Object radixArg) {
        Check.number("number->string", z);
        if (!(radixArg instanceof Long r) || (r != 2 && r != 8 && r != 10 && r != 16)) {
            throw Errors.contract("number->string", "(or/c 2 8 10 16)", radixArg);
        }
        int radix = (int) (long) (Long) radixArg;
        if (radix != 10 && !Arith.isExact(z)) {
            throw Errors.raise(ExnTypes.CONTRACT, "number->string: inexact numbers can only be printed in base 10\n  number: "
                + NumberPrinter.toString(z) + "\n  requested base: " + radix);
        }
        return MString.mutable(NumberPrinter.toString(z, radix));
    }

    static Object stringToNumber(Object s, Object radixArg) {
        if (!(s instanceof MString ms)) throw Errors.contract("string->number", "string?", s);
        if (!(radixArg instanceof Long r) || r < 2 || r > 16) {
            throw Errors.contract("string->number", "(integer-in 2 16)", radixArg);
        }
        Object v = NumberParser.parse(ms.toString(), (int) (long) r);
        return v == null ? Boolean.FALSE : v;
    }

    /** Racket's algorithm: round |n| * 10^digits exactly, then split at the decimal point. */
    static Object realToDecimal(Object n, Object digitsArg) {
        Check.rational("real->decimal-string", n);
        if (!Ints.isFixnum(digitsArg) || (Long) digitsArg < 0) {
            throw Errors.contract("real->decimal-string", "exact-nonnegative-integer?", digitsArg);
        }
        int digits = (int) Math.min((Long) digitsArg, 100_000L);
        BigInteger scale = BigInteger.TEN.pow(digits);
        Object exact = Arith.toExact("real->decimal-string", n);
        Object scaled = RealMath.round("real->decimal-string", RealMath.abs("real->decimal-string", Arith.mul(exact, Ints.norm(scale))), RealMath.Mode.ROUND);
        BigInteger[] qr = Ints.big(scaled).divideAndRemainder(scale);
        boolean neg = Arith.sign(n) < 0 || (n instanceof Double d && Double.doubleToRawLongBits(d) < 0);
        StringBuilder sb = new StringBuilder();
        if (neg) sb.append('-');
        sb.append(qr[0]).append('.');
        String frac = qr[1].toString();
        for (int i = frac.length(); i < digits; i++) sb.append('0');
        if (digits > 0) sb.append(frac);
        return MString.mutable(sb.toString());
    }

    /** The simplest rational within tol of x (inexact if either argument is). */
    static Object rationalize(Object x, Object tol) {
        Check.real("rationalize", x);
        Check.real("rationalize", tol);
        boolean inexact = x instanceof Double || tol instanceof Double;
        if (inexact) {
            double xd = Arith.toDouble(x), td = Math.abs(Arith.toDouble(tol));
            if (Double.isNaN(xd) || Double.isNaN(td)) return Double.NaN;
            if (Double.isInfinite(td)) return Double.isInfinite(xd) ? Double.NaN : 0.0;
            if (Double.isInfinite(xd)) return xd;
        }
        Object ex = Arith.toExact("rationalize", x), t = RealMath.abs("rationalize", Arith.toExact("rationalize", tol));
        Object r = simplest(Arith.sub(ex, t), Arith.add(ex, t));
        return inexact ? Arith.toFlonum(r) : r;
    }

    private static Object simplest(Object lo, Object hi) {
        if (Arith.sign(lo) <= 0 && Arith.sign(hi) >= 0) return 0L;
        if (Arith.sign(hi) < 0) return Arith.negate(simplestPositive(Arith.negate(hi), Arith.negate(lo)));
        return simplestPositive(lo, hi);
    }

    /** Continued-fraction search for the simplest rational in [lo, hi], 0 &lt; lo &lt;= hi. */
    private static Object simplestPositive(Object lo, Object hi) {
        Object fl = RealMath.round("rationalize", lo, RealMath.Mode.FLOOR);
        if (Arith.numEquals(fl, lo)) return fl;
        if (Arith.compare("rationalize", fl, RealMath.round("rationalize", hi, RealMath.Mode.FLOOR)) < 0) return Arith.add(fl, 1L);
        Object rest = simplestPositive(Arith.div(1L, Arith.sub(hi, fl)), Arith.div(1L, Arith.sub(lo, fl)));
        return Arith.add(fl, Arith.div(1L, rest));
    }
}
