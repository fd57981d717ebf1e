package org.jracket.runtime.eval;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.num.PseudoRandom;
import org.jracket.runtime.num.RandomPrims;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * current-pseudo-random-generator, the generator random and random-seed use when given none.
 * It is a parameter (its value lives in the place's parameter cells), so each place gets its
 * own generator, made (seeded from the clock, as Racket's) the first time the place asks.
 */
public final class RandomParameter {
    private RandomParameter() {}

    static final Parameter CURRENT = new Parameter("current-pseudo-random-generator", null,
            Primitive.of1("current-pseudo-random-generator", v -> {
                if (!(v instanceof PseudoRandom)) throw Errors.contract("current-pseudo-random-generator", "pseudo-random-generator?", v);
                return v;
            }));

    public static void register(PrimitiveTable t) {
        t.put("current-pseudo-random-generator", CURRENT);
        RandomPrims.setCurrent(RandomParameter::current);
    }

    private static PseudoRandom current() {
        Object v = CURRENT.get();
        if (v instanceof PseudoRandom g) return g;
        PseudoRandom g = new PseudoRandom(System.currentTimeMillis());
        CURRENT.set(g);
        return g;
    }
}
