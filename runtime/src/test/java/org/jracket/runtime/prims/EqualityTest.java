package org.jracket.runtime.prims;

import static org.junit.jupiter.api.Assertions.*;
import static org.jracket.runtime.prims.PrimTestSupport.*;

import java.math.BigInteger;
import org.jracket.runtime.data.Char;
import org.jracket.runtime.data.MString;
import org.junit.jupiter.api.Test;

class EqualityTest {
    @Test void eqEqvEqual() {
        assertTrue(Equality.eq(1000000L, Long.valueOf(1000000L)));
        assertTrue(Equality.eq(Char.of(0x10000), Char.of(0x10000)));
        assertFalse(Equality.eqv(0.0, -0.0));
        assertTrue(Equality.eqv(Double.NaN, Double.NaN));
        assertTrue(Equality.eqv(new BigInteger("123456789012345678901234567890"), new BigInteger("123456789012345678901234567890")));
        assertFalse(Equality.eqv(1L, 1.0));
        assertTrue(Equality.equal(MString.mutable("ab"), MString.immutable("ab")));
        assertFalse(Equality.eq(MString.mutable("ab"), MString.mutable("ab")));
        assertTrue(Equality.equal(list(1L, list(str("x"))), list(1L, list(str("x")))));
        assertEquals(Equality.equalHash(list(1L, str("x"))), Equality.equalHash(list(1L, MString.mutable("x"))));
        Object big = list();
        for (int i = 0; i < 200000; i++) big = new org.jracket.runtime.data.Pair((long) i, big);
        assertTrue(Equality.equal(big, big instanceof org.jracket.runtime.data.Pair p ? new org.jracket.runtime.data.Pair(p.car, p.cdr) : big));
    }

    @Test void equalAlwaysComparesOnlyWhatCannotChange() {
        assertTrue(Equality.equalAlways(MString.immutable("ab"), MString.immutable("ab")));
        assertFalse(Equality.equalAlways(MString.mutable("ab"), MString.mutable("ab")));
        assertFalse(Equality.equalAlways(MString.mutable("ab"), MString.immutable("ab")));
        assertTrue(Equality.equalAlways(list(1L, MString.immutable("x")), list(1L, MString.immutable("x"))));
        Object v = new org.jracket.runtime.data.MVector(new Object[] {1L}, false);
        assertTrue(Equality.equalAlways(v, v));
        assertFalse(Equality.equalAlways(v, new org.jracket.runtime.data.MVector(new Object[] {1L}, false)));
        assertTrue(Equality.equalAlways(new org.jracket.runtime.data.MVector(new Object[] {1L}, true),
                new org.jracket.runtime.data.MVector(new Object[] {1L}, true)));
        assertFalse(Equality.equalAlways(new org.jracket.runtime.data.MPair(1L, 2L), new org.jracket.runtime.data.MPair(1L, 2L)));
    }

    @Test void symbolsAndKeywords() {
        assertSame(sym("abc"), call("string->symbol", str("abc")));
        assertNotSame(sym("abc"), call("string->uninterned-symbol", str("abc")));
        assertEquals(F, call("symbol-interned?", call("gensym")));
        assertEquals(T, call("symbol<?", sym("a"), sym("b")));
        assertEquals("symbol->string: contract violation\n  expected: symbol?\n  given: " + org.jracket.runtime.print.Printer.toPrintString(str("str")),
                err("symbol->string", str("str")));
        assertEquals(T, call("keyword<?", call("string->keyword", str("a")), call("string->keyword", str("b"))));
    }

    @Test void arity() {
        Object car = PrimTestSupport.table().get("car");
        assertEquals(1L, call("procedure-arity", car));
        assertEquals(T, call("procedure-arity-includes?", car, 1L));
        assertEquals(-1L, call("procedure-arity-mask", PrimTestSupport.table().get("list")));
        assertEquals(T, call("equal?", call("procedure-arity", PrimTestSupport.table().get("substring")), list(2L, 3L)));
        assertEquals(sym("car"), call("object-name", car));
        assertEquals(F, call("object-name", sym("x")));
    }
}
