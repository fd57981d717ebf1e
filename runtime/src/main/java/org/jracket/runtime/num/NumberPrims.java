package org.jracket.runtime.num;

import org.jracket.runtime.prims.PrimitiveTable;

/**
 * Registers every numeric primitive: racket/base numbers, racket/math, racket/flonum,
 * racket/fixnum and the unsafe fl/fx operations.
 */
public final class NumberPrims {
    private NumberPrims() {}

    public static void register(PrimitiveTable t) {
        ArithPrims.register(t);
        IntegerPrims.register(t);
        BitwisePrims.register(t);
        PredicatePrims.register(t);
        ConvertPrims.register(t);
        MathPrims.register(t);
        RacketMathPrims.register(t);
        RandomPrims.register(t);
        FlonumPrims.register(t);
        FixnumPrims.register(t);
        ByteEncodingPrims.register(t);
    }
}
