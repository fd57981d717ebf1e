package org.jracket.runtime.prims;

import org.jracket.runtime.data.Primitive;

/** eq?, eqv?, equal? and their hash codes (see {@link Equality}). */
public final class EqualityPrims {
    private EqualityPrims() {}

    public static void register(PrimitiveTable t) {
        t.add(Primitive.of2("eq?", (a, b) -> Args.bool(Equality.eq(a, b))));
        t.add(Primitive.of2("eqv?", (a, b) -> Args.bool(Equality.eqv(a, b))));
        t.add(Primitive.of2("equal?", (a, b) -> Args.bool(Equality.equal(a, b))));
        t.add(Primitive.of2("equal-always?", (a, b) -> Args.bool(Equality.equalAlways(a, b))));
        t.add(Primitive.of1("eq-hash-code", v -> (long) Equality.eqHash(v)));
        t.add(Primitive.of1("eqv-hash-code", v -> (long) Equality.eqvHash(v)));
        t.add(Primitive.of1("equal-hash-code", v -> (long) Equality.equalHash(v)));
        t.add(Primitive.of1("equal-secondary-hash-code", v -> (long) Integer.rotateLeft(Equality.equalHash(v) * 0x2545F491, 7)));
    }
}
