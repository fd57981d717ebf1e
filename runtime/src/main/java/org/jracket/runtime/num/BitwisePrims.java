package org.jracket.runtime.num;

import java.math.BigInteger;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/** Bitwise operations on exact integers (two's complement, infinitely sign-extended). */
final class BitwisePrims {
    private BitwisePrims() {}

    private interface LongOp { long apply(long a, long b); }
    private interface BigOp { BigInteger apply(BigInteger a, BigInteger b); }

    static void register(PrimitiveTable t) {
        t.add(bitwise("bitwise-and", -1L, (a, b) -> a & b, BigInteger::and));
        t.add(bitwise("bitwise-ior", 0L, (a, b) -> a | b, BigInteger::or));
        t.add(bitwise("bitwise-xor", 0L, (a, b) -> a ^ b, BigInteger::xor));
        t.add(Primitive.of1("bitwise-not", a -> {
            Check.exactInteger("bitwise-not", a);
            return a instanceof Long l ? (Object) ~l : Ints.norm(((BigInteger) a).not());
        }));
        t.add(Primitive.of2("arithmetic-shift", BitwisePrims::shift));
        t.add(Primitive.of2("bitwise-bit-set?", (n, k) -> {
            Check.exactInteger("bitwise-bit-set?", n);
            Check.exactInteger("bitwise-bit-set?", k);
            if (Ints.signum(k) < 0) {
                throw Errors.raise(org.jracket.runtime.exn.ExnTypes.CONTRACT, "bitwise-bit-set?: invalid bit index " + k);
            }
            if (!(k instanceof Long i) || i > Integer.MAX_VALUE) return Check.bool(Ints.signum(n) < 0);
            return Check.bool(Ints.big(n).testBit((int) (long) i));
        }));
        t.add(Primitive.of3("bitwise-bit-field", BitwisePrims::bitField));
        t.add(Primitive.of1("integer-length", a -> {
            Check.exactInteger("integer-length", a);
            return a instanceof Long l ? (long) (64 - Long.numberOfLeadingZeros(l < 0 ? ~l : l)) : (long) ((BigInteger) a).bitLength();
        }));
    }

    private static Primitive bitwise(String name, long identity, LongOp lop, BigOp bop) {
        Variadic.Op op = (a, b) -> {
            Check.exactInteger(name, a);
            Check.exactInteger(name, b);
            if (a instanceof Long x && b instanceof Long y) return lop.apply(x, y);
            return Ints.norm(bop.apply(Ints.big(a), Ints.big(b)));
        };
        return new Variadic(name, identity, a -> Check.exactInteger(name, a), op);
    }

    static Object shift(Object n, Object s) {
        Check.exactInteger("arithmetic-shift", n);
        Check.exactInteger("arithmetic-shift", s);
        if (Ints.isZero(n)) return 0L;
        if (!(s instanceof Long k)) {
            if (Ints.signum(s) < 0) return Ints.signum(n) < 0 ? -1L : 0L;
            throw Errors.raise(org.jracket.runtime.exn.ExnTypes.OUT_OF_MEMORY, "arithmetic-shift: out of memory");
        }
        if (k <= 0) {
            if (n instanceof Long x) return k <= -64 ? (x < 0 ? -1L : 0L) : x >> -k;
            return Ints.norm(((BigInteger) n).shiftRight((int) Math.max(k, Integer.MIN_VALUE + 1) * -1));
        }
        if (n instanceof Long x && k < 63 && Long.numberOfLeadingZeros(x < 0 ? ~x : x) > k + 1) return x << k;
        if (k > Integer.MAX_VALUE) throw Errors.raise(org.jracket.runtime.exn.ExnTypes.OUT_OF_MEMORY, "arithmetic-shift: out of memory");
        return Ints.norm(Ints.big(n).shiftLeft((int) (long) k));
    }

    static Object bitField(Object n, Object start, Object end) {
        String who = "bitwise-bit-field";
        Check.exactInteger(who, n);
        if (!(start instanceof Long s) || s < 0) throw Errors.contract(who, "exact-nonnegative-integer?", start);
        if (!(end instanceof Long e) || e < 0) throw Errors.contract(who, "exact-nonnegative-integer?", end);
        if (e < s) throw Errors.raise(org.jracket.runtime.exn.ExnTypes.CONTRACT, who + ": invalid end index " + e);
        BigInteger mask = BigInteger.ONE.shiftLeft((int) (e - s)).subtract(BigInteger.ONE);
        return Ints.norm(Ints.big(n).shiftRight((int) (long) s).and(mask));
    }
}
