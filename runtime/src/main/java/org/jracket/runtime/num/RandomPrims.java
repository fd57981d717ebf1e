package org.jracket.runtime.num;

import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * random, random-seed and generator values. The generator used when none is passed comes from
 * current-pseudo-random-generator, a parameter that a higher layer supplies
 * ({@code eval.RandomParameter}); until it does, a shared default.
 */
public final class RandomPrims {
    private RandomPrims() {}

    private static java.util.function.Supplier<PseudoRandom> current = () -> PseudoRandom.DEFAULT;

    /** Installs where the current generator comes from. */
    public static void setCurrent(java.util.function.Supplier<PseudoRandom> source) { current = source; }

    static final long MAX_RANGE = 4294967087L;

    static void register(PrimitiveTable t) {
        t.add(Primitive.ofN("random", 0, 3, RandomPrims::random));
        t.add(Primitive.of1("random-seed", k -> {
            if (!(k instanceof Long l) || l < 0 || l > Integer.MAX_VALUE) {
                throw Errors.contract("random-seed", "(integer-in 0 (sub1 (expt 2 31)))", k);
            }
            current.get().seed(l);
            return VoidValue.VOID;
        }));
        t.add(Primitive.ofN("make-pseudo-random-generator", 0, 0, a -> new PseudoRandom(System.currentTimeMillis())));
        t.add(Primitive.of1("pseudo-random-generator?", a -> Check.bool(a instanceof PseudoRandom)));
        t.add(Primitive.of1("pseudo-random-generator->vector", g -> {
            if (!(g instanceof PseudoRandom p)) throw Errors.contract("pseudo-random-generator->vector", "pseudo-random-generator?", g);
            long[] v = p.state();
            Object[] items = new Object[6];
            for (int i = 0; i < 6; i++) items[i] = v[i];
            return new MVector(items, false);
        }));
        t.add(Primitive.of1("pseudo-random-generator-vector?", v -> Check.bool(stateOf(v) != null)));
        t.add(Primitive.of1("vector->pseudo-random-generator", v -> {
            long[] st = stateOf(v);
            if (st == null) throw notAState("vector->pseudo-random-generator", v);
            return PseudoRandom.ofState(st);
        }));
        t.add(Primitive.of2("vector->pseudo-random-generator!", (g, v) -> {
            if (!(g instanceof PseudoRandom p)) throw Errors.contractArg("vector->pseudo-random-generator!", "pseudo-random-generator?", 0, new Object[] {g, v});
            long[] st = stateOf(v);
            if (st == null) throw notAState("vector->pseudo-random-generator!", v);
            p.setState(st);
            return VoidValue.VOID;
        }));
    }

    private static RuntimeException notAState(String who, Object v) {
        return Errors.contractFail(who + ": not a valid pseudo-random generator state vector "
                + org.jracket.runtime.print.Printer.toPrintString(v));
    }

    /** The six components of a valid generator state vector, else null. */
    private static long[] stateOf(Object v) {
        if (!(v instanceof MVector mv) || mv.items.length != 6) return null;
        long[] st = new long[6];
        for (int i = 0; i < 6; i++) {
            if (!(mv.items[i] instanceof Long l)) return null;
            st[i] = l;
        }
        return PseudoRandom.validState(st) ? st : null;
    }

    private static Object random(Object[] a) {
        if (a.length == 0) return current.get().nextDouble();
        if (a.length == 1) {
            if (a[0] instanceof PseudoRandom g) return g.nextDouble();
            if (!(a[0] instanceof Long k) || k < 1 || k > MAX_RANGE) {
                throw Errors.contract("random", "(or/c (integer-in 1 4294967087) pseudo-random-generator?)", a[0]);
            }
            return current.get().nextLong(k);
        }
        if (a.length == 2 && a[1] instanceof PseudoRandom p) {
            if (!(a[0] instanceof Long k) || k < 1 || k > MAX_RANGE) {
                throw Errors.contract("random", "(integer-in 1 4294967087)", a[0]);
            }
            return p.nextLong(k);
        }
        if (a.length == 3 && !(a[2] instanceof PseudoRandom)) throw Errors.contractArg("random", "pseudo-random-generator?", 2, a);
        // (random min max [generator]): the generator is looked up only once the range is valid
        PseudoRandom g = a.length == 3 ? (PseudoRandom) a[2] : null;
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
        return Arith.add(a[0], (g != null ? g : current.get()).nextLong(d));
    }
}
