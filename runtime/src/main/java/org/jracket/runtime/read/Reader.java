package org.jracket.runtime.read;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.*;
import org.jracket.runtime.io.InputPort;
import org.jracket.runtime.syntax.SrcLoc;
import org.jracket.runtime.syntax.Syntax;

/**
 * Racket 8.7's datum reader over an {@link InputPort}: {@code read} builds plain data,
 * {@code read-syntax} wraps every datum (list elements included) in a {@link Syntax} with
 * its source location. Literal-specific syntax lives in {@link TextLiterals} (strings,
 * characters, here strings) and {@link Tokens} (symbols, numbers, keywords).
 */
public final class Reader {
    final InputPort in;
    final Object source;
    final boolean syntax;
    final String who;
    boolean foldCase;

    /** A standalone "." token (only meaningful inside a list). */
    static final Object DOT = new Object();

    private Reader(InputPort in, Object source, boolean syntax) {
        this.in = in;
        this.source = source;
        this.syntax = syntax;
        this.who = syntax ? "read-syntax" : "read";
    }

    /** {@code (read in)}: the next datum, or {@link Eof#EOF}. */
    public static Object read(InputPort in) {
        return new Reader(in, in.name, false).readTop();
    }

    /** {@code (read-syntax source in)}: the next datum as syntax, or {@link Eof#EOF}. */
    public static Object readSyntax(Object source, InputPort in) {
        return new Reader(in, source, true).readTop();
    }

    /** All remaining data as syntax objects (module bodies). */
    static List<Object> readAllSyntax(Object source, InputPort in) {
        Reader r = new Reader(in, source, true);
        List<Object> forms = new ArrayList<>();
        for (Object d = r.readTop(); d != Eof.EOF; d = r.readTop()) forms.add(d);
        return forms;
    }

    // ---- positions and errors ---------------------------------------------------------

    /** Where a datum starts. */
    record Here(int line, int col, long pos) {}

    Here here() {
        boolean c = in.isCountingLines();
        return new Here(c ? in.line() : -1, c ? in.column() : -1, in.position());
    }

    RuntimeException error(Here at, String msg) {
        return ReadErrors.error(false, source, at.line, at.col, at.pos, who, msg);
    }

    RuntimeException eofError(Here at, String msg) {
        return ReadErrors.error(true, source, at.line, at.col, at.pos, who, msg);
    }

    /** Wraps d as syntax spanning from start to the current position (read: d itself). */
    Object wrap(Object d, Here start) {
        if (!syntax) return d;
        int span = (int) (in.position() - start.pos);
        return new Syntax(d, new SrcLoc(source, start.line, start.col, (int) start.pos, span));
    }

    // ---- top level ----------------------------------------------------------------------

    private Object readTop() {
        skipAtmosphere();
        Here h = here();
        int c = in.readChar();
        if (c == InputPort.EOF) return Eof.EOF;
        Object d = readItem(h, c);
        if (d == DOT) throw error(h, "illegal use of `.`");
        return d;
    }

    static boolean isDelimiter(int c) {
        return switch (c) {
            case '(', ')', '[', ']', '{', '}', '"', ',', '\'', '`', ';', InputPort.EOF -> true;
            default -> org.jracket.runtime.print.CharNames.isWhitespace(c);
        };
    }

    static boolean isCloser(int c) { return c == ')' || c == ']' || c == '}'; }

    static int closerFor(int opener) { return opener == '(' ? ')' : opener == '[' ? ']' : '}'; }

    /** Skips whitespace and comments ({@code ;}, {@code #| |#}, {@code #;}, {@code #! }). */
    void skipAtmosphere() {
        while (true) {
            int c = in.peekChar();
            if (c == InputPort.EOF) return;
            if (org.jracket.runtime.print.CharNames.isWhitespace(c)) { in.readChar(); continue; }
            if (c == ';') { skipLine(); continue; }
            if (c != '#') return;
            int c2 = in.peekChar(1);
            if (c2 == '|') { skipBlockComment(); continue; }
            if (c2 == ';') {
                Here h = here();
                in.readChar(); in.readChar();
                readRequired(h, null);
                continue;
            }
            if (c2 == '!' && (in.peekChar(2) == ' ' || in.peekChar(2) == '/')) { skipLine(); continue; }
            return;
        }
    }

    private void skipLine() {
        for (int c = in.readChar(); c != '\n' && c != InputPort.EOF; c = in.readChar()) { /* skip */ }
    }

    private void skipBlockComment() {
        Here h = here();
        in.readChar(); in.readChar();
        int depth = 1;
        int prev = 0;
        while (depth > 0) {
            int c = in.readChar();
            if (c == InputPort.EOF) {
                throw ReadErrors.error(true, source, h.line, h.line < 0 ? -1 : h.col + 1, h.pos + 1, who,
                        "end of file in `#|` comment");
            }
            if (prev == '|' && c == '#') { depth--; c = 0; }
            else if (prev == '#' && c == '|') { depth++; c = 0; }
            prev = c;
        }
    }

    /**
     * Reads the datum that must follow a prefix such as {@code '}; eofWhat completes
     * "expected an element for ..., found end-of-file" (null: the {@code #;} message).
     */
    Object readRequired(Here prefix, String eofWhat) {
        skipAtmosphere();
        Here h = here();
        int c = in.readChar();
        if (c == InputPort.EOF) {
            if (eofWhat == null) {
                throw ReadErrors.error(true, source, -1, -1, -1, who,
                        "expected a commented-out element for `#;`, but found end-of-file");
            }
            throw eofError(prefix, "expected an element for " + eofWhat + ", found end-of-file");
        }
        Object d = readItem(h, c);
        if (d == DOT) throw error(h, "illegal use of `.`");
        return d;
    }

    // ---- one datum ----------------------------------------------------------------------

    /** Reads the datum whose first character c (at h) has been consumed. */
    Object readItem(Here h, int c) {
        switch (c) {
            case '(', '[', '{': return wrap(readList(h, c), h);
            case ')', ']', '}': throw error(h, "unexpected `" + (char) c + "`");
            case '"': return wrap(TextLiterals.readString(this, h, false), h);
            case '\'': return quoteForm(h, "quote", "quoting \"'\"", 1);
            case '`': return quoteForm(h, "quasiquote", "quasiquoting \"`\"", 1);
            case ',':
                if (in.peekChar() == '@') {
                    in.readChar();
                    return quoteForm(h, "unquote-splicing", "unquoting \",@\"", 2);
                }
                return quoteForm(h, "unquote", "unquoting \",\"", 1);
            case '#': return HashDispatch.read(this, h);
            default: return Tokens.readSymbolOrNumber(this, h, c);
        }
    }

    Object quoteForm(Here h, String name, String eofWhat, int prefixLength) {
        Object sym = Symbol.of(name);
        if (syntax) {
            sym = new Syntax(sym, new SrcLoc(source, h.line, h.col, (int) h.pos, prefixLength));
        }
        Object d = readRequired(h, eofWhat);
        return wrap(Pair.list(sym, d), h);
    }

    /** Reads list elements after the opener (consumed, at h); returns the list datum. */
    Object readList(Here h, int opener) {
        int closer = closerFor(opener);
        List<Object> items = new ArrayList<>();
        Object tail = Null.NULL;
        Here dotAt = null;
        boolean infixDone = false;
        Here infixAt = null;
        int itemsAtInfix = 0;
        while (true) {
            skipAtmosphere();
            Here eh = here();
            int c = in.readChar();
            if (c == InputPort.EOF) {
                if (dotAt != null) throw error(dotAt, "illegal use of `.`");
                throw eofError(h, "expected a `" + (char) closer + "` to close `" + (char) opener + "`");
            }
            if (c == closer) {
                if (infixDone && items.size() == itemsAtInfix) throw error(infixAt, "illegal use of `.`");
                break;
            }
            if (isCloser(c)) {
                if (dotAt != null) throw error(dotAt, "illegal use of `.`");
                throw error(eh, "expected `" + (char) closer + "` to close preceding `" + (char) opener
                        + "`, found instead `" + (char) c + "`");
            }
            if (dotAt != null) {
                // After "a . b": only the closer, or a second dot making an infix form.
                if (c == '.' && isDelimiter(in.peekChar()) && !infixDone) {
                    items.add(0, tail);
                    tail = Null.NULL;
                    infixAt = dotAt;
                    itemsAtInfix = items.size();
                    dotAt = null;
                    infixDone = true;
                    continue;
                }
                throw error(dotAt, "illegal use of `.`");
            }
            Object d = readItem(eh, c);
            if (d == DOT) {
                if (items.isEmpty() || infixDone) throw error(eh, "illegal use of `.`");
                skipAtmosphere();
                Here th = here();
                int tc = in.readChar();
                if (tc == InputPort.EOF) throw eofError(h, "expected a `" + (char) closer + "` to close `" + (char) opener + "`");
                if (isCloser(tc)) throw error(th, "unexpected `" + (char) tc + "`");
                tail = readItem(th, tc);
                if (tail == DOT) throw error(th, "illegal use of `.`");
                dotAt = eh;
                continue;
            }
            items.add(d);
        }
        // An infix form (a . op . b c) already holds [op a b c] in items, with an empty tail.
        Object r = tail;
        for (int i = items.size() - 1; i >= 0; i--) r = new Pair(items.get(i), r);
        return r;
    }

    /** Vector elements after "#(" (consumed); rejects dots. */
    Object[] readVectorItems(Here h, int opener) {
        int closer = closerFor(opener);
        List<Object> items = new ArrayList<>();
        while (true) {
            skipAtmosphere();
            Here eh = here();
            int c = in.readChar();
            if (c == InputPort.EOF) {
                throw eofError(h, "expected a `" + (char) closer + "` to close `" + (char) opener + "`");
            }
            if (c == closer) return items.toArray();
            if (isCloser(c)) {
                throw error(eh, "expected `" + (char) closer + "` to close preceding `" + (char) opener
                        + "`, found instead `" + (char) c + "`");
            }
            Object d = readItem(eh, c);
            if (d == DOT) throw error(eh, "illegal use of `.`");
            items.add(d);
        }
    }
}
