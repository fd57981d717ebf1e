package org.jracket.runtime.read;

import org.jracket.runtime.data.Keyword;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.io.InputPort;
import org.jracket.runtime.num.NumberParser;

/** Symbols, numbers and keywords: delimiter-terminated tokens with {@code |..|} and {@code \}. */
final class Tokens {
    private Tokens() {}

    /** A token's text and whether any part of it was quoted (quoted text is never a number). */
    record Token(String text, boolean quoted) {}

    /** Reads the rest of a token whose first character c was consumed (c may be -1: none). */
    static Token readToken(Reader r, Reader.Here h, int c, StringBuilder sb) {
        boolean quoted = false;
        InputPort in = r.in;
        while (true) {
            if (c == '|') {
                quoted = true;
                for (int d = in.readChar(); d != '|'; d = in.readChar()) {
                    if (d == InputPort.EOF) throw r.eofError(h, "end-of-file following `|` in symbol");
                    sb.appendCodePoint(d);
                }
            } else if (c == '\\') {
                quoted = true;
                int d = in.readChar();
                if (d == InputPort.EOF) throw r.eofError(h, "end-of-file following `\\` in symbol");
                sb.appendCodePoint(d);
            } else if (c >= 0) {
                sb.appendCodePoint(r.foldCase ? Character.toLowerCase(c) : c);
            }
            if (Reader.isDelimiter(in.peekChar())) return new Token(sb.toString(), quoted);
            c = in.readChar();
        }
    }

    static Object readSymbolOrNumber(Reader r, Reader.Here h, int c) {
        return readSymbolOrNumber(r, h, c, new StringBuilder());
    }

    /** As above with text already collected in sb (e.g. "#%"). */
    static Object readSymbolOrNumber(Reader r, Reader.Here h, int c, StringBuilder sb) {
        Token t = readToken(r, h, c, sb);
        if (!t.quoted) {
            if (t.text.equals(".")) return Reader.DOT;
            Object n = NumberParser.parse(t.text, 10);
            if (n != null) return r.wrap(n, h);
            if (isDivisionByZero(t.text)) throw r.error(h, "division by zero in `" + t.text + "`");
        }
        return r.wrap(Symbol.of(t.text), h);
    }

    /** Exact rationals with a zero denominator, which Racket rejects instead of reading a symbol. */
    static boolean isDivisionByZero(String text) {
        return text.matches("(#[eE])?[+-]?[0-9]+/0+") || text.matches("#[iI][+-]?[0-9]+/0+");
    }

    /** After "#:". */
    static Object readKeyword(Reader r, Reader.Here h) {
        int next = r.in.peekChar();
        String name = Reader.isDelimiter(next) ? ""
                : readToken(r, h, r.in.readChar(), new StringBuilder()).text;
        return r.wrap(Keyword.of(name), h);
    }

    /** A token starting with "#" that must be a number ({@code #x1F}, {@code #e1.5}, ...). */
    static Object readPrefixedNumber(Reader r, Reader.Here h, int second) {
        StringBuilder sb = new StringBuilder("#");
        Token t = readToken(r, h, second, sb);
        Object n = NumberParser.parse(t.text, 10);
        if (n != null) return r.wrap(n, h);
        throw r.error(h, numberError(t.text));
    }

    /** Racket's complaint about a malformed #-prefixed number. */
    static String numberError(String text) {
        if (isDivisionByZero(text)) return "division by zero in `" + text + "`";
        int radix = 10, i = 0;
        while (i + 1 < text.length() && text.charAt(i) == '#') {
            char p = Character.toLowerCase(text.charAt(i + 1));
            if (p == 'x') radix = 16; else if (p == 'o') radix = 8; else if (p == 'b') radix = 2;
            i += 2;
        }
        if (i >= text.length()) return "no digits";
        for (int k = i; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (Character.isLetterOrDigit(ch) && Character.digit(ch, radix) < 0
                    && "eEiI".indexOf(ch) < 0 && !(radix < 16 && "dDfFsSlL".indexOf(ch) >= 0)) {
                return "bad digit `" + ch + "`";
            }
        }
        if (text.indexOf('.') != text.lastIndexOf('.')) return "misplaced `.` in `" + text + "`";
        return "bad number `" + text + "`";
    }
}
