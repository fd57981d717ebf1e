package org.jracket.runtime.num;

import java.math.BigInteger;
import org.jracket.runtime.exn.Errors;

/** Argument checks for numeric primitives, raising Racket's contract errors. */
final class Check {
    private Check() {}

    static Object number(String who, Object o) { return Arith.requireNumber(who, o); }

    static Object real(String who, Object o) { return Arith.requireReal(who, o); }

    /** integer?: an exact integer or an integral finite flonum. */
    static boolean isInteger(Object o) {
        return o instanceof Long || o instanceof BigInteger
            || (o instanceof Double d && !Double.isInfinite(d) && d == Math.rint(d));
    }

    static Object integer(String who, Object o) {
        if (!isInteger(o)) throw Errors.contract(who, "integer?", o);
        return o;
    }

    static Object exactInteger(String who, Object o) {
        if (!Ints.isExactInteger(o)) throw Errors.contract(who, "exact-integer?", o);
        return o;
    }

    /** rational?: a real that is not infinite or NaN. */
    static boolean isRational(Object o) {
        return o instanceof Double d ? Double.isFinite(d) : Arith.isExactRational(o);
    }

    static Object rational(String who, Object o) {
        if (!isRational(o)) throw Errors.contract(who, "rational?", o);
        return o;
    }

    static long fixnum(String who, Object o) {
        if (!Ints.isFixnum(o)) throw Errors.contract(who, "fixnum?", o);
        return (Long) o;
    }

    static double flonum(String who, Object o) {
        if (!(o instanceof Double d)) throw Errors.contract(who, "flonum?", o);
        return d;
    }

    /** A non-negative index that fits an int, for vector-like operations. */
    static int index(String who, Object o) {
        if (!(o instanceof Long l) || l < 0) {
            if (!(o instanceof BigInteger b) || b.signum() < 0) throw Errors.contract(who, "exact-nonnegative-integer?", o);
            return Integer.MAX_VALUE;
        }
        return l > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) (long) l;
    }

    static Boolean bool(boolean b) { return b ? Boolean.TRUE : Boolean.FALSE; }
}
