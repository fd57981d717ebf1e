package org.jracket.runtime.prims;

import static org.junit.jupiter.api.Assertions.*;
import static org.jracket.runtime.prims.PrimTestSupport.*;

import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.junit.jupiter.api.Test;

class ListPrimsTest {
    @Test void basics() {
        Object l = call("list", 1L, 2L, 3L);
        assertEquals(3L, call("length", l));
        assertEquals(2L, call("cadr", l));
        assertEquals(3L, call("list-ref", l, 2L));
        assertEquals(T, call("equal?", call("reverse", l), list(3L, 2L, 1L)));
        assertEquals(T, call("equal?", call("append", list(1L), list(2L), 3L), new Pair(1L, new Pair(2L, 3L))));
        assertEquals(Null.NULL, call("append"));
        assertEquals(T, call("equal?", call("list*", 1L, list(2L)), list(1L, 2L)));
        assertEquals(T, call("equal?", call("memv", 2L, l), list(2L, 3L)));
        assertEquals(F, call("memq", 9L, l));
        assertEquals(T, call("equal?", call("assoc", str("b"), list(new Pair(str("a"), 1L), new Pair(str("b"), 2L))),
                new Pair(str("b"), 2L)));
        assertEquals(T, call("list?", l));
        assertEquals(F, call("list?", new Pair(1L, 2L)));
    }

    @Test void messages() {
        assertEquals("length: contract violation\n  expected: list?\n  given: 5", err("length", 5L));
        assertEquals("cadr: contract violation\n  expected: (cons/c any/c pair?)\n  given: " + org.jracket.runtime.print.Printer.toPrintString(list(1L)),
                err("cadr", list(1L)));
        assertTrue(err("list-ref", list(sym("a"), sym("b")), 2L).startsWith("list-ref: index too large for list\n  index: 2\n  in: "));
        assertTrue(err("list-tail", new Pair(1L, 2L), 2L).startsWith("list-tail: index reaches a non-pair\n  index: 2"));
        assertEquals("list-ref: index -1 is not an exact nonnegative integer", err("list-ref", list(1L), -1L));
        assertEquals("memq: not a proper list\n  in: 5", err("memq", 1L, 5L));
        assertEquals("append: contract violation\n  expected: list?\n  given: 2", err("append", list(1L), 2L, list(3L)));
        assertEquals("mcar: contract violation\n  expected: mpair?\n  given: 5", err("mcar", 5L));
    }

    @Test void mpairs() {
        Object p = call("mcons", 1L, 2L);
        call("set-mcar!", p, 5L);
        assertEquals(5L, call("mcar", p));
        assertEquals(T, call("equal?", p, call("mcons", 5L, 2L)));
        assertEquals(F, call("list?", p));
    }
}
