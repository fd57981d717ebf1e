package org.jracket.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.RacketException;
import org.jracket.runtime.prims.PrimitiveTable;
import org.junit.jupiter.api.Test;

/** Representation invariants of the numeric tower, and messages the table test cannot reach. */
class ArithTest {
    @Test void overflowPromotesAndResultsDemote() {
        Object big = Arith.add(Long.MAX_VALUE, 1L);
        assertInstanceOf(BigInteger.class, big);
        assertEquals(Long.MAX_VALUE, Arith.sub(big, 1L));
        assertInstanceOf(BigInteger.class, Arith.mul(Long.MIN_VALUE, -1L));
        assertEquals(Long.MIN_VALUE, Arith.negate(Arith.negate(Long.MIN_VALUE)));
        assertEquals(2L, Arith.div(Arith.mul(big, 2L), big));
        assertEquals(3L, Arith.add(NumberParser.parse("5/2", 10), NumberParser.parse("1/2", 10)));
    }

    @Test void eqvDistinguishesExactnessAndZeroSigns() {
        assertFalse(Arith.eqv(0.0, -0.0));
        assertTrue(Arith.eqv(Double.NaN, Double.NaN));
        assertFalse(Arith.eqv(1L, 1.0));
        assertTrue(Arith.eqv(Arith.add(Long.MAX_VALUE, 1L), Arith.add(Long.MAX_VALUE, 1L)));
        assertEquals(Arith.equalHash(NumberParser.parse("1/3", 10)), Arith.equalHash(Arith.div(1L, 3L)));
        assertTrue(Arith.numEquals(1L, 1.0));
    }

    @Test void rationalToDoubleRoundsCorrectly() {
        assertEquals(0.1, Arith.toDouble(Arith.exactOf(0.1)));
        assertEquals(Double.MIN_VALUE, Arith.toDouble(Arith.exactOf(Double.MIN_VALUE)));
        assertEquals(3.333333333333333e39, Arith.toDouble(NumberParser.parse("10000000000000000000000000000000000000000/3", 10)));
        double sub = 1.2345e-310;
        assertEquals(sub, Arith.toDouble(Arith.exactOf(sub)));
    }

    @Test void flvectorIndexMessage() {
        PrimitiveTable t = new PrimitiveTable("test");
        NumberPrims.register(t);
        Object v = ((Procedure) t.get("flvector")).apply1(1.0);
        assertEquals("#fl(1.0)", v.toString());
        try {
            ((Procedure) t.get("flvector-ref")).apply2(v, 3L);
        } catch (RacketException e) {
            assertEquals("flvector-ref: index is out of range\n  index: 3\n  valid range: [0, 0]\n  flvector: (flvector 1.0)",
                Errors.messageOf(e.value));
            return;
        }
        throw new AssertionError("no error");
    }
}
