package org.jracket.runtime.regexp;

import static org.junit.jupiter.api.Assertions.*;
import static org.jracket.runtime.prims.PrimTestSupport.*;

import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.io.BytesInputPort;
import org.jracket.runtime.io.InputPort;
import org.jracket.runtime.prims.PrimTestSupport;
import org.jracket.runtime.print.Printer;
import org.junit.jupiter.api.Test;

/** Each regexp primitive, with expectations taken from Racket 8.7. */
class FunctionsTest {
    private static Object rx(String s) { return call("regexp", str(s)); }
    private static Object px(String s) { return call("pregexp", str(s)); }
    private static Bytes b(String s) { return new Bytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8), true); }
    private static String w(Object v) { return Printer.toWriteString(v); }

    @Test void constructorsAndPredicates() {
        assertEquals("#rx\"a|b\"", w(rx("a|b")));
        assertEquals("#px#\"\\\\d\"", w(call("byte-pregexp", b("\\d"))));
        assertEquals(T, call("regexp?", px("a")));
        assertEquals(F, call("pregexp?", rx("a")));
        assertEquals(F, call("byte-regexp?", rx("a")));
        assertEquals("regexp: expected a closing `)`\n  pattern: \"(unclosed\"", err("regexp", str("(unclosed")));
        assertEquals("regexp: contract violation\n  expected: string?\n  given: 5", err("regexp", 5L));
        assertEquals("abc+", call("object-name", rx("abc+")).toString());
    }

    @Test void regexpMatch() {
        assertEquals("(\"bob@example.com\" \"bob\" \"example\")",
                w(call("regexp-match", rx("([a-z]+)@([a-z]+)\\.com"), str("mail bob@example.com now"))));
        assertEquals("(\"xz\" #f)", w(call("regexp-match", rx("x(y)?z"), str("xz"))));
        assertEquals("(\"a\\nc\")", w(call("regexp-match", rx("a.c"), str("a\nc"))));
        assertEquals("#f", w(call("regexp-match", rx("(?m:a.)"), str("a\nc"))));
        assertEquals("(\"22\")", w(call("regexp-match", rx("[0-9]+"), str("a1b22c333"), 3L)));
        assertEquals("(\"b\")", w(call("regexp-match", rx("^b"), str("ab"), 1L)));
        assertEquals("#f", w(call("regexp-match", rx("^b"), str("ab"), 1L, F, F, b("a"))));
        assertEquals("(\"cc\" \"c\")", w(call("regexp-match", px("(\\w)\\1"), str("abccd"))));
        assertEquals("(\"É\")", w(call("regexp-match", rx("(?i:é)"), str("É"))));
        assertEquals("regexp-match: contract violation\n  expected: (or/c bytes? string? input-port? path?)\n  given: 5",
                err("regexp-match", rx("a"), 5L));
        assertEquals("regexp-match: starting index is out of range\n  starting index: 5",
                err("regexp-match", rx("b"), str("abc"), 5L));
    }

    @Test void mixedKinds() {
        assertEquals("(#\"bbb\")", w(call("regexp-match", rx("b+"), b("abbbc"))));
        assertEquals("(#\"bbb\")", w(call("regexp-match", call("byte-regexp", b("b+")), str("abbbc"))));
        assertEquals("((2 . 3))", w(call("regexp-match-positions", call("byte-regexp", b("b")), str("λb"))));
        assertEquals("((0 . 2))", w(call("regexp-match-positions", rx("."), b("λ"))));
        assertEquals("(#\"a\")", w(call("regexp-match", rx("."), new Bytes(new byte[] {(byte) 0xFF, 'a'}, true))));
    }

    @Test void boundedRepeatsMayMatchEmpty() {
        assertEquals("((0 . 0) (0 . 0))", w(call("regexp-match-positions", px("(a*)?"), str("b"))));
    }

    @Test void positionsAndPredicates() {
        assertEquals("((2 . 3) (2 . 3) #f)", w(call("regexp-match-positions", rx("(a)(b)?"), str("xxa"))));
        assertEquals("((7 . 10))", w(call("regexp-match-positions", px("foo(?=bar)"), str("foobaz foobar"))));
        assertEquals(T, call("regexp-match?", rx("^[a-z]+$"), str("lower")));
        assertEquals(F, call("regexp-match-exact?", rx("a|ab"), str("ab")));
        assertEquals(T, call("regexp-match-exact?", rx("[0-9]+"), str("123")));
    }

    @Test void ports() {
        InputPort p = new BytesInputPort(Symbol.of("string"), "abcbd".getBytes());
        assertEquals("(#\"b\")", w(call("regexp-match", rx("b"), p)));
        assertEquals('c', p.readChar());
        InputPort q = new BytesInputPort(Symbol.of("string"), "abc".getBytes());
        assertEquals(F, call("regexp-try-match", rx("z"), q));
        assertEquals('a', q.readChar());
        InputPort r = new BytesInputPort(Symbol.of("string"), "abc".getBytes());
        assertEquals("((1 . 2))", w(call("regexp-match-peek-positions", rx("b"), r)));
        assertEquals('a', r.readChar());
    }

    private static Object star(boolean positions, Object pattern, Object input, Object select, boolean gaps) {
        return call("regexp-match*-impl", Symbol.of("regexp-match*"), positions ? T : F,
                select, gaps ? T : F, pattern, input);
    }

    @Test void everyMatch() {
        Object car = PrimTestSupport.table().get("car");
        assertEquals("(\"\" \"xx\" \"\" \"\")", w(star(false, rx("x*"), str("axxb"), car, false)));
        assertEquals("((0 . 0) (0 . 1) (1 . 1) (1 . 2) (2 . 2))", w(star(true, rx("|a"), str("aa"), car, false)));
        assertEquals("(\"a\" \"b\" \"c\" \"b\" \"d\")", w(star(false, rx("b"), str("abcbd"), car, true)));
        assertEquals("(\"b\" \"b\")", w(star(false, px("(?<=a)b"), str("abab"), car, false)));
        assertEquals("(\"b\")", w(star(false, px("\\bb"), str("bbb"), car, false)));
    }

    @Test void split() {
        assertEquals("(\"a\" \"b\" \"\" \"c\")", w(call("regexp-split", rx(","), str("a,b,,c"))));
        assertEquals("(\"\" \"a\" \"b\" \"c\" \"\")", w(call("regexp-split", rx(""), str("abc"))));
        assertEquals("(\"\" \"a\" \"\" \"b\" \"\")", w(call("regexp-split", rx("x*"), str("axxb"))));
        assertEquals("(\"\" \"c\" \"\")", w(call("regexp-split", rx("b"), str("abcbd"), 1L, 4L)));
        assertEquals("(\"\")", w(call("regexp-split", rx("a"), str(""))));
    }

    @Test void replace() {
        assertEquals("\"world hello\"", w(call("regexp-replace", rx("([a-z]+) ([a-z]+)"), str("hello world"), str("\\2 \\1"))));
        assertEquals("\"<e>d<u>c<a>t<i><o>n\"", w(call("regexp-replace*", rx("[aeiou]"), str("education"), str("<&>"))));
        assertEquals("\"a&b&c\"", w(call("regexp-replace*", rx("x"), str("axbxc"), str("\\&"))));
        assertEquals("\"abxc\"", w(call("regexp-replace", rx("(b)"), str("abc"), str("\\x"))));
        assertEquals("\"-a--b-\"", w(call("regexp-replace*", rx("x*"), str("axxb"), str("-"))));
        // unlike regexp-match*, replace* moves one past an empty match
        assertEquals("\"-b---c-\"", w(call("regexp-replace*", rx("a|"), str("baac"), str("-"))));
        assertEquals("#\"axc\"", w(call("regexp-replace", rx("b"), b("abc"), str("x"))));
        assertEquals("\"1,234,567\"", w(call("regexp-replace*", px("(?<=\\d)(?=(\\d\\d\\d)+$)"), str("1234567"), str(","))));
        assertEquals("regexp-replace: cannot replace a string with a byte string\n  byte string: #\"x\"",
                err("regexp-replace", rx("b"), str("abc"), b("x")));
    }

    @Test void quoting() {
        assertEquals("\"1\\\\+1=2\\\\?\"", w(call("regexp-quote", str("1+1=2?"))));
        assertEquals("\"(?i:a\\\\.b)\"", w(call("regexp-quote", str("a.b"), F)));
        assertEquals("#\"a\\\\\\\\b\\\\&c\"", w(call("regexp-replace-quote", b("a\\b&c"))));
        assertEquals(1L, call("regexp-max-lookbehind", rx("^a")));
        assertInstanceOf(MString.class, call("regexp-quote", str("x")));
    }
}
