package org.jracket.runtime.read;

import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.Char;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.io.InputPort;
import org.jracket.runtime.print.CharNames;

/** Strings, byte strings, here strings and character constants. */
final class TextLiterals {
    private TextLiterals() {}

    /** After the opening quote; returns an MString, or a Bytes when bytes is set. */
    static Object readString(Reader r, Reader.Here h, boolean bytes) {
        InputPort in = r.in;
        StringBuilder sb = new StringBuilder();
        String kind = bytes ? "byte string" : "string";
        while (true) {
            int c = in.readChar();
            if (c == InputPort.EOF) throw r.eofError(h, "expected a closing `\"`");
            if (c == '"') break;
            if (c == '\\') {
                int e = in.readChar();
                if (e == InputPort.EOF) throw r.eofError(h, "expected a closing `\"`");
                c = escape(r, h, e, bytes, kind);
                if (c < 0) continue;
            } else if (bytes && c > 255) {
                throw r.error(h, "character `" + new String(Character.toChars(c)) + "` is out of range in byte string");
            }
            sb.appendCodePoint(c);
        }
        String s = sb.toString();
        if (!bytes) return r.syntax ? MString.immutable(s) : MString.mutable(s);
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        return new Bytes(b, r.syntax);
    }

    /** The character an escape (after the backslash) denotes, or -1 for none (line continuation). */
    private static int escape(Reader r, Reader.Here h, int e, boolean bytes, String kind) {
        InputPort in = r.in;
        switch (e) {
            case 'a': return 7;
            case 'b': return 8;
            case 't': return 9;
            case 'n': return 10;
            case 'v': return 11;
            case 'f': return 12;
            case 'r': return 13;
            case 'e': return 27;
            case '"': return '"';
            case '\'': return '\'';
            case '\\': return '\\';
            case '\n': return -1;
            case '\r':
                if (in.peekChar() == '\n') in.readChar();
                return -1;
            default:
        }
        if (e >= '0' && e <= '7') {
            int v = e - '0';
            StringBuilder digits = new StringBuilder().append((char) e);
            for (int k = 0; k < 2 && isOctal(in.peekChar()); k++) {
                int d = in.readChar();
                digits.append((char) d);
                v = v * 8 + (d - '0');
            }
            if (v > 255) throw r.error(h, "escape sequence `\\" + digits + "` is out of range in " + kind);
            return v;
        }
        if (e == 'x') {
            if (Character.digit(in.peekChar(), 16) < 0) throw r.error(h, "no hex digit following `\\x`");
            return hexDigits(in, 2);
        }
        if (!bytes && (e == 'u' || e == 'U')) {
            if (Character.digit(in.peekChar(), 16) < 0) throw r.error(h, "no hex digit following `\\" + (char) e + "`");
            int v = hexDigits(in, e == 'u' ? 4 : 8);
            if (v >= 0xD800 && v < 0xDC00 && e == 'u') {
                // A surrogate pair spelled as two backslash-u escapes.
                if (in.peekChar() == '\\' && in.peekChar(1) == 'u') {
                    in.readChar(); in.readChar();
                    int lo = hexDigits(in, 4);
                    if (lo >= 0xDC00 && lo < 0xE000) return Character.toCodePoint((char) v, (char) lo);
                }
                throw r.error(h, "bad or incomplete surrogate-style encoding at `\\u" + Integer.toHexString(v).toUpperCase() + "\"`");
            }
            if ((v >= 0xD800 && v < 0xE000) || v > 0x10FFFF) {
                throw r.error(h, "escape sequence `\\" + (char) e + Integer.toHexString(v).toUpperCase() + "` is out of range in string");
            }
            return v;
        }
        throw r.error(h, "unknown escape sequence `\\" + new String(Character.toChars(e)) + "` in " + kind);
    }

    private static boolean isOctal(int c) { return c >= '0' && c <= '7'; }

    private static int hexDigits(InputPort in, int max) {
        int v = 0;
        for (int k = 0; k < max && Character.digit(in.peekChar(), 16) >= 0; k++) {
            v = v * 16 + Character.digit(in.readChar(), 16);
        }
        return v;
    }

    /** After "#\". */
    static Object readChar(Reader r, Reader.Here h) {
        InputPort in = r.in;
        int c = in.readChar();
        if (c == InputPort.EOF) throw r.eofError(h, "expected a character after `#\\`");
        int next = in.peekChar();
        if ((c == 'u' || c == 'U') && Character.digit(next, 16) >= 0) {
            StringBuilder digits = new StringBuilder();
            int v = 0;
            for (int k = 0; k < (c == 'u' ? 4 : 8) && Character.digit(in.peekChar(), 16) >= 0; k++) {
                int d = in.readChar();
                digits.append((char) d);
                v = v * 16 + Character.digit(d, 16);
            }
            if ((v >= 0xD800 && v < 0xE000) || v > 0x10FFFF) {
                throw r.error(h, "bad character constant `#\\u" + digits + "`");
            }
            return r.wrap(Char.of(v), h);
        }
        if (c >= '0' && c <= '7' && next >= '0' && next <= '9') {
            StringBuilder digits = new StringBuilder().append((char) c);
            int v = c - '0';
            for (int k = 0; k < 2; k++) {
                int d = in.peekChar();
                if (!isOctal(d)) {
                    if (d >= 0 && !Reader.isDelimiter(d)) digits.append((char) in.readChar());
                    String msg = "bad character constant `#\\" + digits + "`";
                    throw d == InputPort.EOF ? r.eofError(h, msg) : r.error(h, msg);
                }
                in.readChar();
                digits.append((char) d);
                v = v * 8 + (d - '0');
            }
            if (v > 255) throw r.error(h, "bad character constant `#\\" + digits + "`");
            return r.wrap(Char.of(v), h);
        }
        if (Character.isLetter(c) && Character.isLetter(next)) {
            StringBuilder name = new StringBuilder().appendCodePoint(c);
            while (Character.isLetter(in.peekChar())) name.appendCodePoint(in.readChar());
            String lower = name.toString().toLowerCase();
            int named = CharNames.fromName(lower);
            if (named < 0) throw r.error(h, "bad character constant `#\\" + lower + "`");
            return r.wrap(Char.of(named), h);
        }
        return r.wrap(Char.of(c), h);
    }

    /** After "#<<": a here string up to a line equal to the terminator. */
    static Object readHereString(Reader r, Reader.Here h) {
        InputPort in = r.in;
        StringBuilder term = new StringBuilder();
        for (int c = in.readChar(); c != '\n'; c = in.readChar()) {
            if (c == InputPort.EOF) throw r.eofError(h, "found end-of-file after `#<<` and before a newline");
            term.appendCodePoint(c);
        }
        String t = term.toString();
        StringBuilder body = new StringBuilder();
        StringBuilder line = new StringBuilder();
        boolean first = true;
        while (true) {
            int c = in.readChar();
            if (c == '\n' || c == InputPort.EOF) {
                if (line.toString().equals(t)) break;
                if (c == InputPort.EOF) throw r.eofError(h, "found end-of-file before terminating `" + t + "`");
                if (!first) body.append('\n');
                body.append(line);
                line.setLength(0);
                first = false;
            } else {
                line.appendCodePoint(c);
            }
        }
        String s = body.toString();
        return r.wrap(r.syntax ? MString.immutable(s) : MString.mutable(s), h);
    }

}
