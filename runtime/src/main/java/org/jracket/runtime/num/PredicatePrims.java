package org.jracket.runtime.num;

import java.math.BigInteger;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.prims.PrimitiveTable;

/** Type and sign predicates on numbers. */
final class PredicatePrims {
    private PredicatePrims() {}

    static void register(PrimitiveTable t) {
        t.add(Primitive.of1("number?", a -> Check.bool(Arith.isNumber(a))));
        t.add(Primitive.of1("complex?", a -> Check.bool(Arith.isNumber(a))));
        t.add(Primitive.of1("real?", a -> Check.bool(Arith.isReal(a))));
        t.add(Primitive.of1("rational?", a -> Check.bool(Check.isRational(a))));
        t.add(Primitive.of1("integer?", a -> Check.bool(Check.isInteger(a))));
        t.add(Primitive.of1("exact?", a -> Check.bool(Arith.isExact(Check.number("exact?", a)))));
        t.add(Primitive.of1("inexact?", a -> Check.bool(!Arith.isExact(Check.number("inexact?", a)))));
        t.add(Primitive.of1("exact-integer?", a -> Check.bool(Ints.isExactInteger(a))));
        t.add(Primitive.of1("exact-nonnegative-integer?", a -> Check.bool(Ints.isExactInteger(a) && Ints.signum(a) >= 0)));
        t.add(Primitive.of1("exact-positive-integer?", a -> Check.bool(Ints.isExactInteger(a) && Ints.signum(a) > 0)));
        t.add(Primitive.of1("fixnum?", a -> Check.bool(Ints.isFixnum(a))));
        t.add(Primitive.of1("flonum?", a -> Check.bool(a instanceof Double)));
        t.add(Primitive.of1("double-flonum?", a -> Check.bool(a instanceof Double)));
        t.add(Primitive.of1("single-flonum?", a -> Boolean.FALSE));
        t.add(Primitive.of0("single-flonum-available?", () -> Boolean.FALSE));
        t.add(Primitive.of1("zero?", a -> Check.bool(Arith.isZero(a))));
        t.add(Primitive.of1("positive?", a -> Check.bool(sign("positive?", a) > 0)));
        t.add(Primitive.of1("negative?", a -> Check.bool(sign("negative?", a) < 0)));
    }

    private static int sign(String who, Object a) {
        if (a instanceof Long l) return Long.signum(l);
        if (a instanceof BigInteger b) return b.signum();
        return Arith.sign(Check.real(who, a));
    }
}
