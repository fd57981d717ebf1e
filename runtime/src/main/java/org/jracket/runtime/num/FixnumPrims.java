package org.jracket.runtime.num;

import java.util.function.LongBinaryOperator;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.prims.PrimitiveTable;

/** racket/fixnum (and the unsafe-fx variants, which here are checked too). */
final class FixnumPrims {
    private FixnumPrims() {}

    private interface LongTest { boolean test(long a, long b); }

    static void register(PrimitiveTable t) {
        for (String p : new String[] {"", "unsafe-"}) {
            t.add(checked(p + "fx+", 0L, Math::addExact));
            t.add(checked(p + "fx-", null, Math::subtractExact));
            t.add(checked(p + "fx*", 1L, Math::multiplyExact));
            t.add(division(p + "fxquotient", (a, b) -> a / b));
            t.add(division(p + "fxremainder", (a, b) -> a % b));
            t.add(division(p + "fxmodulo", Math::floorMod));
            t.add(compare(p + "fx=", (a, b) -> a == b));
            t.add(compare(p + "fx<", (a, b) -> a < b));
            t.add(compare(p + "fx>", (a, b) -> a > b));
            t.add(compare(p + "fx<=", (a, b) -> a <= b));
            t.add(compare(p + "fx>=", (a, b) -> a >= b));
            t.add(plain(p + "fxmin", null, Math::min));
            t.add(plain(p + "fxmax", null, Math::max));
            t.add(plain(p + "fxand", -1L, (a, b) -> a & b));
            t.add(plain(p + "fxior", 0L, (a, b) -> a | b));
            t.add(plain(p + "fxxor", 0L, (a, b) -> a ^ b));
            String not = p + "fxnot", abs = p + "fxabs", lsh = p + "fxlshift", rsh = p + "fxrshift";
            t.add(Primitive.of1(not, a -> ~Check.fixnum(not, a)));
            t.add(Primitive.of1(abs, a -> {
                long x = Check.fixnum(abs, a);
                if (x == Ints.FIXNUM_MIN) {
                    throw Errors.raise(ExnTypes.NON_FIXNUM, abs + ": fixnum overflow computing '(" + abs + " " + x + ")");
                }
                return Math.abs(x);
            }));
            t.add(Primitive.of2(lsh, (a, b) -> {
                long x = Check.fixnum(lsh, a), k = shiftCount(lsh, b);
                long r = x << k;
                if ((r >> k) != x || !Ints.isFixnum(r)) throw overflow(lsh, x, k);
                return r;
            }));
            t.add(Primitive.of2(rsh, (a, b) -> Check.fixnum(rsh, a) >> shiftCount(rsh, b)));
            t.add(Primitive.of1(p + "fx->fl", a -> (double) Check.fixnum("fx->fl", a)));
            t.add(Primitive.of1(p + "fl->fx", a -> {
                double d = Check.flonum("fl->fx", a);
                double tr = d < 0 ? Math.ceil(d) : Math.floor(d);
                if (!(tr >= Ints.FIXNUM_MIN && tr <= Ints.FIXNUM_MAX)) {
                    throw Errors.raise(ExnTypes.CONTRACT, "fl->fx: result for " + NumberPrinter.toString(d) + " would be outside of fixnum range");
                }
                return (long) tr;
            }));
            NumVectorPrims.register(t, p, NumVectorPrims.FX);
        }
        t.add(wrap("fx+/wraparound", (a, b) -> a + b));
        t.add(wrap("fx-/wraparound", (a, b) -> a - b));
        t.add(wrap("fx*/wraparound", (a, b) -> a * b));
        t.add(wrap("fxlshift/wraparound", (a, b) -> b >= 0 && b < 64 ? a << b : 0));
        t.add(Primitive.of1("fxpopcount", a -> (long) Long.bitCount(Check.fixnum("fxpopcount", a) & ((1L << 61) - 1))));
        t.add(Primitive.of1("fxpopcount32", a -> (long) Long.bitCount(Check.fixnum("fxpopcount32", a) & 0xffffffffL)));
        t.add(Primitive.of1("fxpopcount16", a -> (long) Long.bitCount(Check.fixnum("fxpopcount16", a) & 0xffffL)));
        t.add(Primitive.of0("most-positive-fixnum", () -> Ints.FIXNUM_MAX));
        t.add(Primitive.of0("most-negative-fixnum", () -> Ints.FIXNUM_MIN));
        t.add(Primitive.of1("fixnum-for-every-system?", a -> Check.bool(a instanceof Long l && l >= -(1L << 29) && l < (1L << 29))));
    }

    private static RuntimeException overflow(String who, long a, long b) {
        return Errors.raise(ExnTypes.NON_FIXNUM, who + ": fixnum overflow with arguments " + a + " and " + b);
    }

    private static long shiftCount(String who, Object b) {
        long k = Check.fixnum(who, b);
        if (k < 0 || k > 60) throw Errors.raise(ExnTypes.CONTRACT, who + ": invalid shift count " + k);
        return k;
    }

    /** fx+ fx- fx*: results outside the fixnum range raise. A single fx- argument negates. */
    private static Primitive checked(String name, Long zeroArgs, LongBinaryOperator op) {
        Variadic.Op two = (a, b) -> {
            long x = Check.fixnum(name, a), y = Check.fixnum(name, b);
            long r;
            try { r = op.applyAsLong(x, y); } catch (ArithmeticException e) { throw overflow(name, x, y); }
            if (!Ints.isFixnum(r)) throw overflow(name, x, y);
            return r;
        };
        Variadic.Unary one = zeroArgs == null ? a -> two.apply(0L, a) : a -> { Check.fixnum(name, a); return a; };
        return new Variadic(name, zeroArgs, one, two);
    }

    private static Primitive plain(String name, Long zeroArgs, LongBinaryOperator op) {
        return new Variadic(name, zeroArgs, a -> { Check.fixnum(name, a); return a; },
            (a, b) -> op.applyAsLong(Check.fixnum(name, a), Check.fixnum(name, b)));
    }

    private static Primitive division(String name, LongBinaryOperator op) {
        return Primitive.of2(name, (a, b) -> {
            long x = Check.fixnum(name, a), y = Check.fixnum(name, b);
            if (y == 0) throw Errors.raise(ExnTypes.DIVIDE_BY_ZERO, name + ": attempt to divide by zero");
            long r = op.applyAsLong(x, y);
            if (!Ints.isFixnum(r)) throw overflow(name, x, y);
            return r;
        });
    }

    private static Primitive compare(String name, LongTest test) {
        return Primitive.ofN(name, 1, -1, args -> {
            for (Object a : args) Check.fixnum(name, a);
            for (int i = 0; i + 1 < args.length; i++) {
                if (!test.test((Long) args[i], (Long) args[i + 1])) return Boolean.FALSE;
            }
            return Boolean.TRUE;
        });
    }

    /** Wraps the result into the 61-bit fixnum range (two's complement). */
    private static Primitive wrap(String name, LongBinaryOperator op) {
        return Primitive.of2(name, (a, b) -> {
            long r = op.applyAsLong(Check.fixnum(name, a), Check.fixnum(name, b));
            return (r << 3) >> 3;
        });
    }
}
