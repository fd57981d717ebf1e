package org.jracket.runtime.regexp;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Pattern syntax: what compiles, what Racket rejects and with which message. */
class ParserTest {
    private static Regexp rx(String s) { return Regexp.fromReader(false, false, s); }
    private static Regexp px(String s) { return Regexp.fromReader(true, false, s); }

    private static String rxErr(String s) {
        return assertThrows(RegexpSyntaxError.class, () -> rx(s)).getMessage();
    }

    private static String pxErr(String s) {
        return assertThrows(RegexpSyntaxError.class, () -> px(s)).getMessage();
    }

    @Test void groupsAreCounted() {
        assertEquals(2, rx("(a)(?:b)(c)").groupCount());
        assertEquals(1, px("(?i:(a))").groupCount());
    }

    @Test void structuralErrors() {
        assertEquals("expected a closing `)`", rxErr("(unclosed"));
        assertEquals("missing closing parenthesis in pattern", rxErr("("));
        assertEquals("unmatched `)` in pattern", rxErr("a)"));
        assertEquals("missing closing square bracket in pattern", rxErr("[a"));
        assertEquals("missing closing square bracket in pattern", rxErr("[]"));
        assertEquals("invalid range within square brackets in pattern", rxErr("[b-a]"));
        assertEquals("`*` follows nothing in pattern", rxErr("*"));
        assertEquals("`+` follows nothing in pattern", rxErr("a|+"));
        assertEquals("nested `*` in patten", rxErr("a**"));
        assertEquals("`*`, `+`, or `{...}` operand could be empty", rxErr("(a*)*"));
        assertEquals("`*`, `+`, or `{...}` operand could be empty", rxErr("^*"));
    }

    @Test void pregexpOnlyErrors() {
        assertEquals("expected digit, `,`, or `}' for repetition specification started with `{`", pxErr("a{2"));
        assertEquals("unmatched `]` in pattern", pxErr("a]"));
        assertEquals("illegal alphabetic escape", pxErr("\\y"));
        assertEquals("backreference number is larger than the highest-numbered cluster", pxErr("(a)\\2"));
        assertEquals("lookbehind pattern does not match a bounded length", pxErr("(?<=a*)b"));
        assertEquals("unrecognized property name in `\\p{}`: `Foo`", pxErr("\\p{Foo}"));
        assertEquals("misplaced hyphen within square brackets in pattern", pxErr("[\\d-z]"));
        assertEquals("nested `{` in pattern", pxErr("a*{2}"));
    }

    @Test void backreferencesInRepeats() {
        px("(a)\\1*");             // the group cannot be empty
        px("\\1*(b|a)");           // forward references are allowed
        px("(\\1+)+");
        assertEquals("`*`, `+`, or `{...}` operand could be empty", pxErr("(a|)\\1+"));
        assertEquals("`*`, `+`, or `{...}` operand could be empty", pxErr("(\\1*)"));
        // the backreference is checked first, against every group of the pattern
        assertEquals("backreference number is larger than the highest-numbered cluster", pxErr("\\1$*"));
    }

    @Test void regexpSyntaxIsLiteralWherePregexpIsNot() {
        rx("a{2");        // braces are literal in regexp syntax
        rx("a]");
        rx("(a)\\2");     // \N is a literal digit in regexp syntax
        rx("\\");
    }

    @Test void modes() {
        assertTrue(rxErr("(?x:a)").startsWith("expected `:`, `=`, `!`"));
        assertTrue(rxErr("(?i)a").startsWith("expected `:` or another mode"));
        rx("(?mi:^a)");
        rx("(?i-s:a)");
    }

    @Test void maxLookbehind() {
        assertEquals(0, rx("c").maxLookbehind());
        assertEquals(1, rx("^c").maxLookbehind());
        assertEquals(1, px("\\bc").maxLookbehind());
        assertEquals(2, px("(?<=ab)c").maxLookbehind());
        assertEquals(2, px("(?<=λ)c").maxLookbehind()); // counted in UTF-8 bytes
        assertEquals(2, px("(?<=a{2}|b)").maxLookbehind());
    }
}
