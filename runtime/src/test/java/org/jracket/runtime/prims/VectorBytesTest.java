package org.jracket.runtime.prims;

import static org.junit.jupiter.api.Assertions.*;
import static org.jracket.runtime.prims.PrimTestSupport.*;

import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.print.Printer;
import org.junit.jupiter.api.Test;

class VectorBytesTest {
    @Test void vectors() {
        Object v = call("vector", 1L, 2L, 3L);
        String pv = Printer.toPrintString(v);
        assertEquals("vector-ref: index is out of range\n  index: 3\n  valid range: [0, 2]\n  vector: " + pv, err("vector-ref", v, 3L));
        assertEquals("vector-ref: contract violation\n  expected: exact-nonnegative-integer?\n  given: -1\n  argument position: 2nd\n  first argument...:\n   " + pv,
                err("vector-ref", v, -1L));
        assertEquals("make-vector: contract violation\n  expected: valid-vector-length?\n  given: -1", err("make-vector", -1L));
        assertEquals("vector-ref: index is out of range for empty vector\n  index: 0\n  vector: " + Printer.toPrintString(call("vector")),
                err("vector-ref", call("vector"), 0L));
        call("vector-set!", v, 0L, 9L);
        assertEquals(9L, call("vector-ref", v, 0L));
        Object imm = call("vector-immutable", 1L);
        assertTrue(err("vector-set!", imm, 0L, 1L).startsWith("vector-set!: contract violation\n  expected: (and/c vector? (not/c immutable?))"));
        Object dst = call("make-vector", 2L, 0L);
        assertEquals("vector-copy!: not enough room in target vector\n  target length: 2\n  needed length: 3",
                err("vector-copy!", dst, 0L, v));
        assertEquals(3, ((MultipleValues) call("vector->values", v)).values.length);
        assertEquals(T, call("equal?", call("vector->list", v), list(9L, 2L, 3L)));
        assertEquals(T, call("equal?", v, new MVector(new Object[] {9L, 2L, 3L}, true)));
    }

    @Test void bytes() {
        Object b = call("bytes", 1L, 2L, 255L);
        assertEquals(255L, call("bytes-ref", b, 2L));
        assertEquals("bytes: contract violation\n  expected: byte?\n  given: 300", err("bytes", 1L, 300L));
        assertEquals("bytes-set!: invalid value 256", err("bytes-set!", b, 0L, 256L));
        assertEquals(T, call("bytes<?", call("bytes", 1L), call("bytes", 200L)));
        assertEquals(T, call("equal?", call("bytes->list", b), list(1L, 2L, 255L)));
    }

    @Test void boxes() {
        Object bx = call("box", 1L);
        assertEquals(T, call("box-cas!", bx, 1L, 2L));
        assertEquals(2L, call("unbox", bx));
        assertEquals("unbox: contract violation\n  expected: box?\n  given: 5", err("unbox", 5L));
        assertEquals(T, call("equal?", bx, call("box-immutable", 2L)));
    }
}
