package org.jracket.runtime.read;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.*;
import org.jracket.runtime.io.InputPort;
import org.jracket.runtime.syntax.Syntax;

/** Everything that starts with {@code #}: the reader's dispatch character. */
final class HashDispatch {
    private HashDispatch() {}

    private static final String NOT_ENABLED_REASON = " not enabled\n  possible reason: not allowed again inside a"
        + " module that already starts `#lang`, or not enabled for interactive evaluation";

    /** After "#" (consumed, at h). */
    static Object read(Reader r, Reader.Here h) {
        InputPort in = r.in;
        int c = in.readChar();
        switch (c) {
            case InputPort.EOF: throw r.eofError(h, "bad syntax `#`");
            case '(', '[', '{': return r.wrap(vector(r, r.readVectorItems(h, c), -1, h), h);
            case '\\': return TextLiterals.readChar(r, h);
            case '"': return r.wrap(TextLiterals.readString(r, h, true), h);
            case ':': return Tokens.readKeyword(r, h);
            case '&': {
                Object d = r.readRequired(h, "`#&` box");
                return r.wrap(new Box(d, r.syntax), h);
            }
            case '\'': return r.quoteForm(h, "syntax", "quoting #'", 2);
            case '`': return r.quoteForm(h, "quasisyntax", "quasiquoting #`", 2);
            case ',':
                if (in.peekChar() == '@') {
                    in.readChar();
                    return r.quoteForm(h, "unsyntax-splicing", "unquoting #,@", 3);
                }
                return r.quoteForm(h, "unsyntax", "unquoting #,", 2);
            case '%': {
                int first = Reader.isDelimiter(in.peekChar()) ? -1 : in.readChar();
                return Tokens.readSymbolOrNumber(r, h, first, new StringBuilder("#%"));
            }
            case 'x', 'X', 'o', 'O', 'b', 'B', 'd', 'D', 'e', 'E', 'i', 'I':
                return Tokens.readPrefixedNumber(r, h, c);
            case 't', 'T', 'f', 'F': return bool(r, h, c);
            case 'h': return hash(r, h);
            case 's': if (in.peekChar() == '(' || in.peekChar() == '[' || in.peekChar() == '{') return prefab(r, h);
                break;
            case 'r', 'p': return regexp(r, h, c);
            case '<': if (in.peekChar() == '<') { in.readChar(); return TextLiterals.readHereString(r, h); }
                break;
            case 'c', 'C': return caseMode(r, h);
            case 'l': if (in.peekChar() == 'a') throw r.error(h, "`#lang`" + NOT_ENABLED_REASON);
                break;
            case '!': throw r.error(h, "`#!`" + NOT_ENABLED_REASON);
            default:
                if (c >= '0' && c <= '9') return sizedVector(r, h, c);
        }
        throw r.error(h, "bad syntax `#" + new String(Character.toChars(c)) + "`");
    }

    private static Object vector(Reader r, Object[] items, int size, Reader.Here h) {
        if (size >= 0) {
            if (items.length > size) {
                throw r.error(h, "vector length " + size + " is too small, " + items.length + " values provided");
            }
            Object[] full = new Object[size];
            Object fill = items.length == 0 ? 0L : items[items.length - 1];
            for (int i = 0; i < size; i++) full[i] = i < items.length ? items[i] : fill;
            items = full;
        }
        return new MVector(items, r.syntax);
    }

    private static Object sizedVector(Reader r, Reader.Here h, int first) {
        InputPort in = r.in;
        StringBuilder digits = new StringBuilder().append((char) first);
        while (in.peekChar() >= '0' && in.peekChar() <= '9') digits.append((char) in.readChar());
        int c = in.readChar();
        if (c == '(' || c == '[' || c == '{') {
            int size = Integer.parseInt(digits.toString());
            return r.wrap(vector(r, r.readVectorItems(h, c), size, h), h);
        }
        throw r.error(h, "bad syntax `#" + digits + (c < 0 ? "" : new String(Character.toChars(c))) + "`");
    }

    private static Object bool(Reader r, Reader.Here h, int c) {
        StringBuilder sb = new StringBuilder().appendCodePoint(c);
        while (!Reader.isDelimiter(r.in.peekChar())) sb.appendCodePoint(r.in.readChar());
        String word = sb.toString();
        String lower = word.toLowerCase();
        if (lower.equals("t") || lower.equals("true")) return r.wrap(Boolean.TRUE, h);
        if (lower.equals("f") || lower.equals("false")) return r.wrap(Boolean.FALSE, h);
        boolean atEof = r.in.peekChar() == InputPort.EOF;
        boolean prefix = "true".startsWith(lower) || "false".startsWith(lower);
        String msg = "bad syntax `#" + word + "`";
        throw atEof && prefix ? r.eofError(h, msg) : r.error(h, msg);
    }

    private static Object hash(Reader r, Reader.Here h) {
        InputPort in = r.in;
        StringBuilder sb = new StringBuilder("h");
        while (Character.isLetter(in.peekChar())) sb.appendCodePoint(in.readChar());
        String word = sb.toString();
        String kind = switch (word) {
            case "hash" -> "equal";
            case "hasheq" -> "eq";
            case "hasheqv" -> "eqv";
            default -> null;
        };
        int open = in.peekChar();
        if (kind == null || !(open == '(' || open == '[' || open == '{')) {
            String msg = "bad syntax `#" + word + "`";
            throw open == InputPort.EOF ? r.eofError(h, msg) : r.error(h, msg);
        }
        in.readChar();
        int closer = Reader.closerFor(open);
        List<Object> kv = new ArrayList<>();
        while (true) {
            r.skipAtmosphere();
            Reader.Here ph = r.here();
            int c = in.readChar();
            if (c == InputPort.EOF) throw r.eofError(h, "expected `" + (char) closer + "` to close `" + (char) open + "`");
            if (c == closer) break;
            if (!(c == '(' || c == '[' || c == '{')) {
                if (c == '.' && Reader.isDelimiter(in.peekChar())) throw r.error(ph, "illegal use of `.`");
                throw r.error(ph, "expected `(`, `[`, or `{` to start a hash pair");
            }
            hashPair(r, ph, c, kv);
        }
        Object table = ReaderHooks.hashFactory.make(kind, kv.toArray());
        return r.wrap(table, h);
    }

    /** One "(key . value)" after its opener; the key is stored as a plain datum. */
    private static void hashPair(Reader r, Reader.Here ph, int open, List<Object> kv) {
        InputPort in = r.in;
        int closer = Reader.closerFor(open);
        r.skipAtmosphere();
        Reader.Here kh = r.here();
        int c = in.readChar();
        if (c == InputPort.EOF) throw r.eofError(ph, "expected `" + (char) closer + "` to close `" + (char) open + "`");
        if (Reader.isCloser(c)) throw r.error(kh, "expected a key for hash");
        Object key = r.readItem(kh, c);
        r.skipAtmosphere();
        Reader.Here dh = r.here();
        c = in.readChar();
        boolean dot = c == '.' && Reader.isDelimiter(in.peekChar());
        if (!dot) {
            if (c == InputPort.EOF) throw r.eofError(ph, "expected `" + (char) closer + "` to close `" + (char) open + "`");
            throw r.error(dh, "expected `.` and value for hash");
        }
        r.skipAtmosphere();
        Reader.Here vh = r.here();
        c = in.readChar();
        if (c == InputPort.EOF || Reader.isCloser(c)) throw r.error(vh, "expected `.` and value for hash");
        Object value = r.readItem(vh, c);
        r.skipAtmosphere();
        Reader.Here ch = r.here();
        c = in.readChar();
        if (c != closer) {
            if (c == InputPort.EOF) throw r.eofError(ph, "expected `" + (char) closer + "` to close `" + (char) open + "`");
            throw r.error(ch, "expected `" + (char) closer + "` after value for hash");
        }
        kv.add(key instanceof Syntax s ? SyntaxStrip.strip(s) : key);
        kv.add(value);
    }

    private static Object prefab(Reader r, Reader.Here h) {
        int open = r.in.readChar();
        Object list = r.readList(h, open);
        Object[] items = Pair.isList(list) ? Pair.toArray(list) : null;
        if (items == null) {
            throw r.error(h, "mismatch between structure description and number of provided field values in `#s` form");
        }
        if (items.length == 0) throw r.error(h, "invalid structure description in `#s` form");
        Object key = r.syntax ? SyntaxStrip.strip(items[0]) : items[0];
        Object[] fields = new Object[items.length - 1];
        System.arraycopy(items, 1, fields, 0, fields.length);
        Object v = ReaderHooks.prefabFactory.make(key, fields);
        if (v == null) throw r.error(h, "invalid structure description in `#s` form");
        return r.wrap(v, h);
    }

    private static Object regexp(Reader r, Reader.Here h, int c) {
        InputPort in = r.in;
        String prefix = c == 'r' ? "#rx" : "#px";
        if (in.peekChar() != 'x') throw r.error(h, "bad syntax `#" + (char) c + "`");
        in.readChar();
        int q = in.readChar();
        boolean bytes = q == '#';
        if (bytes) q = in.readChar();
        if (q != '"') {
            String msg = "expected `\"` or `#` after `" + prefix + "`";
            throw q == InputPort.EOF ? r.eofError(h, msg) : r.error(h, msg);
        }
        Object s = TextLiterals.readString(r, h, bytes);
        String src = s instanceof MString ms ? ms.toString()
                   : new String(((Bytes) s).bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        try {
            return r.wrap(ReaderHooks.regexpFactory.make(c == 'p', bytes, src), h);
        } catch (IllegalArgumentException e) {
            // The regexp implementation reports bad patterns this way (message only).
            throw r.error(h, e.getMessage() + "\n  pattern: " + org.jracket.runtime.print.Printer.toWriteString(s));
        }
    }

    private static Object caseMode(Reader r, Reader.Here h) {
        int m = r.in.readChar();
        if (m != 'i' && m != 's' && m != 'I' && m != 'S') throw r.error(h, "bad syntax `#c`");
        boolean saved = r.foldCase;
        r.foldCase = m == 'i' || m == 'I';
        try {
            r.skipAtmosphere();
            Reader.Here dh = r.here();
            int c = r.in.readChar();
            if (c == InputPort.EOF) return Eof.EOF;
            return r.readItem(dh, c);
        } finally {
            r.foldCase = saved;
        }
    }
}
