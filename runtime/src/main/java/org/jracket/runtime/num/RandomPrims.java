package org.jracket.runtime.num;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * random, random-seed and generator values. current-pseudo-random-generator is not a
 * parameter yet: the default generator is used when none is passed.
 */
final class RandomPrims {
    private RandomPrims() {}

    static final long MAX_RANGE = 4294967087L;

    static void register(PrimitiveTable t) {
        t.add(Primitive.ofN("random", 0, 3, RandomPrims::random));
        t.add(Primitive.of1("random-seed", k -> {
            if (!(k instanceof Long l) || l < 0 || l > Integer.MAX_VALUE) {
                throw Errors.contract("random-seed", "(integer-in 0 (sub1 (expt 2 31)))", k);
            }
            PseudoRandom.DEFAULT.seed(l);
            return VoidValue.VOID;
        }));
        t.add(Primitive.ofN("make-pseudo-random-generator", 0, 0, a -> new PseudoRandom(System.nanoTime())));
        t.add(Primitive.of1("pseudo-random-generator?", a -> Check.bool(a instanceof PseudoRandom)));
    }

    private static Object random(Object[] a) {
        if (a.length == 0) return PseudoRandom.DEFAULT.nextDouble();
        if (a.length == 1) {
            if (a[0] instanceof PseudoRandom g) return g.nextDouble();
            if (!(a[0] instanceof Long k) || k < 1 || k > MAX_RANGE) {
                throw Errors.contract("random", "(or/c (integer-in 1 4294967087) pseudo-random-generator?)", a[0]);
            }
            return PseudoRandom.DEFAULT.nextLong(k);
        }
        PseudoRandom g = PseudoRandom.DEFAULT;
        if (a.length == 2 && a[1] instanceof PseudoRandom p) {
            if (!(a[0] instanceof Long k) || k < 1 || k > MAX_RANGE) {
                throw Errors.contract("random", "(integer-in 1 4294967087)", a[0]);
            }
            return p.nextLong(k);
        }
        if (a.length == 3) {
            if (!(a[2] instanceof PseudoRandom p)) throw Errors.contractArg("random", "pseudo-random-generator?", 2, a);
            g = p;
        }
        if (!Ints.isExactInteger(a[0])) throw Errors.contractArg("random", "exact-integer?", 0, a);
        if (!Ints.isExactInteger(a[1])) throw Errors.contractArg("random", "(or/c exact-integer? pseudo-random-generator?)", 1, a);
        if (Arith.compare("random", a[1], a[0]) <= 0) {
            throw Errors.contractArg("random", "(>/c " + NumberPrinter.toString(a[0]) + ")", 1, a);
        }
        Object diff = Arith.sub(a[1], a[0]);
        if (!(diff instanceof Long d) || d > MAX_RANGE) {
            throw Errors.raise(ExnTypes.CONTRACT, "random: difference between arguments is greater than 4294967087\n  min: "
                + NumberPrinter.toString(a[0]) + "\n  max: " + NumberPrinter.toString(a[1]));
        }
        return Arith.add(a[0], g.nextLong(d));
    }
}
