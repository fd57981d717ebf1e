package org.jracket.runtime.prims;

import static org.junit.jupiter.api.Assertions.*;
import static org.jracket.runtime.prims.PrimTestSupport.*;

import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.Char;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.print.Printer;
import org.junit.jupiter.api.Test;

class StringPrimsTest {
    private static String s(Object v) { return v.toString(); }

    @Test void basics() {
        assertEquals("hello world", s(call("string-append", str("hello"), str(" "), str("world"))));
        assertEquals("ell", s(call("substring", str("hello"), 1L, 4L)));
        assertEquals(Char.of('b'), call("string-ref", str("abc"), 1L));
        assertEquals("STRASSE", s(call("string-upcase", str("straße"))));
        assertEquals("Can't Stop O'neil X1y 3Am Foo-Bar", s(call("string-titlecase", str("can't stop o'neil x1y 3am foo-bar"))));
        assertEquals(T, call("string<?", str("a"), str("b"), str("c")));
        assertEquals(T, call("string-ci=?", str("Straße"), str("STRASSE")));
        assertEquals(F, call("immutable?", call("string-copy", str("x"))));
        assertEquals(T, call("immutable?", call("string->immutable-string", MString.mutable("x"))));
    }

    @Test void messages() {
        assertEquals("string-ref: index is out of range\n  index: 10\n  valid range: [0, 2]\n  string: " + Printer.toPrintString(str("abc")),
                err("string-ref", str("abc"), 10L));
        assertEquals("substring: ending index is out of range\n  ending index: 10\n  valid range: [0, 5]\n  string: " + Printer.toPrintString(str("hello")),
                err("substring", str("hello"), 2L, 10L));
        assertEquals("substring: ending index is smaller than starting index\n  ending index: 2\n  starting index: 3\n  valid range: [0, 5]\n  string: "
                + Printer.toPrintString(str("hello")), err("substring", str("hello"), 3L, 2L));
        assertEquals("string-append: contract violation\n  expected: string?\n  given: 5", err("string-append", str("a"), 5L));
        assertEquals("make-string: contract violation\n  expected: valid-string-length?\n  given: -1", err("make-string", -1L));
        assertEquals("string-set!: contract violation\n  expected: mutable-string?\n  given: " + Printer.toPrintString(str("abc")),
                err("string-set!", str("abc"), 0L, Char.of('a')));
        assertEquals("string->symbol: contract violation\n  expected: string?\n  given: 12", err("string->symbol", 12L));
    }

    @Test void racketString() {
        assertEquals(T, call("equal?", call("string-split", str("  a  b c ")), list(str("a"), str("b"), str("c"))));
        assertEquals(T, call("equal?", call("string-split", str("a,b,,c"), str(",")), list(str("a"), str("b"), str(""), str("c"))));
        assertEquals(T, call("equal?", call("string-split", str(",a,b,,c,"), str(","), T, T), list(str("a"), str("b"), str("c"))));
        assertEquals(T, call("equal?", call("string-split", str("")), list()));
        assertEquals("xabx", s(call("string-trim", str("xxabxx"), str("x"))));
        assertEquals("ab", s(call("string-trim", str("xxabxx"), str("x"), T, T, T)));
        assertEquals("a, b and c", s(call("string-join", list(str("a"), str("b"), str("c")), str(", "), str(""), str(" and "))));
        assertEquals("bababab", s(call("string-replace", str("aaa"), str(""), str("b"))));
        assertEquals("baa", s(call("string-replace", str("aaa"), str("a"), str("b"), F)));
        assertEquals(T, call("string-prefix?", str("racket"), str("rac")));
        assertEquals(T, call("string-contains?", str("racket"), str("cke")));
    }

    @Test void utf8() {
        Bytes b = (Bytes) call("string->bytes/utf-8", str("aλ"));
        assertEquals(3, b.bytes.length);
        assertEquals("aλ", s(call("bytes->string/utf-8", b)));
        assertEquals("a?b", s(call("bytes->string/utf-8", new Bytes(new byte[] {'a', (byte) 0xFF, 'b'}, true), Char.of('?'))));
        assertTrue(err("bytes->string/utf-8", new Bytes(new byte[] {(byte) 0xFF}, true))
                .startsWith("bytes->string/utf-8: byte string is not a well-formed UTF-8 encoding\n  byte string: "));
        assertEquals(3L, call("string-utf-8-length", str("aλ")));
    }

    @Test void chars() {
        assertEquals(Char.of('A'), call("char-upcase", Char.of('a')));
        assertEquals("integer->char: contract violation\n  expected: valid-unicode-scalar-value?\n  given: -1", err("integer->char", -1L));
        assertEquals("integer->char: contract violation\n  expected: valid-unicode-scalar-value?\n  given: 55296", err("integer->char", 55296L));
        assertEquals(T, call("char<?", Char.of('a'), Char.of('b')));
        assertEquals("char<?: contract violation\n  expected: char?\n  given: 1", err("char<?", Char.of('a'), Char.of('b'), 1L));
        assertEquals(sym("ll"), call("char-general-category", Char.of('a')));
        assertEquals(T, call("char-whitespace?", Char.of(0xA0)));
        assertEquals(T, call("char=?", Char.of(0x1F600), Char.of(0x1F600)));
        assertEquals(T, call("eqv?", Char.of(0x1F600), Char.of(0x1F600)));
    }
}
