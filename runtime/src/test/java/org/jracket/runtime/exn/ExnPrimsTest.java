package org.jracket.runtime.exn;

import static org.junit.jupiter.api.Assertions.*;
import static org.jracket.runtime.prims.PrimTestSupport.*;

import org.jracket.runtime.data.Char;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.prims.ArityPrims;
import org.junit.jupiter.api.Test;

class ExnPrimsTest {
    @Test void errorForms() {
        assertEquals("simple message", err("error", str("simple message")));
        assertEquals("message with args 1 \"two\" 'three", err("error", str("message with args"), 1L, str("two"), sym("three")));
        assertEquals("my-proc: something went wrong", err("error", sym("my-proc"), str("something went wrong")));
        assertEquals("my-proc: got \"str\" and str", err("error", sym("my-proc"), str("got ~s and ~a"), str("str"), str("str")));
        assertEquals("my-proc: list: (1 \"x\" #\\y)", err("error", sym("my-proc"), str("list: ~s"), list(1L, str("x"), Char.of('y'))));
        assertEquals("error: just-a-symbol", err("error", sym("just-a-symbol")));
        assertEquals("fmt: 1 + 2 = 3", err("error", sym("fmt"), str("~a + ~a = ~a"), 1L, 2L, 3L));
        assertEquals("error: format string requires 1 arguments, given 0", err("error", sym("x"), str("~a")));
        assertEquals("error: contract violation\n  expected: (or/c symbol? string?)\n  given: 5", err("error", 5L));
        assertTrue(ExnTypes.USER == ((Struct) raised("raise-user-error", sym("u"), str("x"))).type);
    }

    @Test void raiseHelpers() {
        assertEquals("my-fn: contract violation\n  expected: positive?\n  given: -5", err("raise-argument-error", sym("my-fn"), str("positive?"), -5L));
        assertEquals("my-fn: contract violation\n  expected: string?\n  given: 'c\n  argument position: 3rd\n  other arguments...:\n   \"a\"\n   'b",
                err("raise-argument-error", sym("my-fn"), str("string?"), 2L, str("a"), sym("b"), sym("c")));
        assertEquals("my-fn: contract violation\n  expected: list?\n  result: 7", err("raise-result-error", sym("my-fn"), str("list?"), 7L));
        assertEquals("my-ref: index is out of range\n  index: 10\n  valid range: [0, 1]\n  vector: '#(1 2)",
                err("raise-range-error", sym("my-ref"), str("vector"), str(""), 10L, new org.jracket.runtime.data.MVector(new Object[] {1L, 2L}, true), 0L, 1L));
        assertEquals("my-op: values do not match\n  left: 1\n  right: '(2)",
                err("raise-arguments-error", sym("my-op"), str("values do not match"), str("left"), 1L, str("right"), list(2L)));
        assertEquals("old-style: expected argument of type <number>; given: 'x", err("raise-type-error", sym("old-style"), str("number"), sym("x")));
        assertEquals("proc: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 2\n  given: 3\n  arguments...:\n   'a\n   'b\n   'c",
                err("raise-arity-error", sym("proc"), 2L, sym("a"), sym("b"), sym("c")));
        assertEquals("mm: wrong thing: 'thing", err("raise-mismatch-error", sym("mm"), str("wrong thing: "), sym("thing")));
        assertEquals("f: index is out of range for empty vector\n  index: 5",
                err("raise-range-error", sym("f"), str("vector"), str(""), 5L, new org.jracket.runtime.data.MVector(new Object[0], true), 0L, -1L));
    }

    @Test void exnStructs() {
        Object e = call("make-exn:fail:contract", str("boom"), F);
        assertEquals(T, call("exn:fail?", e));
        assertEquals(T, call("exn:fail:contract?", e));
        assertEquals(F, call("exn:fail:user?", e));
        assertEquals("boom", call("exn-message", e).toString());
        assertEquals("exn:fail: contract violation\n  expected: string?\n  given: 5", err("exn:fail", 5L, F));
        assertNotNull(ArityPrims.ARITY_AT_LEAST);
    }

    @Test void arityDescriptions() {
        assertEquals("at least 1", Errors.arityDescription(-2L));
        assertEquals("2", Errors.arityDescription(4L));
        assertNull(Errors.arityDescription(6L));
    }
}
