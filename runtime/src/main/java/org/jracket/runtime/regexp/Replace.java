package org.jracket.runtime.regexp;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.Utf8;

/**
 * regexp-replace and regexp-replace*. The result is a string only for a string regexp on a
 * string input; otherwise everything is spliced as bytes (string inserts as UTF-8).
 */
final class Replace {
    private Replace() {}

    /** (regexp-replace[*] pattern input insert [start end input-prefix]) */
    static Object run(String who, boolean all, Object[] args) {
        Regexp rx = Inputs.pattern(who, args[0]);
        Object input = args[1];
        if (!(input instanceof MString || input instanceof Bytes)) {
            throw Errors.contract(who, "(or/c string? bytes?)", input);
        }
        Object insert = args[2];
        if (!(insert instanceof MString || insert instanceof Bytes || insert instanceof Procedure)) {
            throw Errors.contract(who, "(or/c string? bytes? procedure?)", insert);
        }
        Object[] spanArgs = new Object[args.length - 1];
        spanArgs[0] = rx;
        spanArgs[1] = input;
        System.arraycopy(args, 3, spanArgs, 2, args.length - 3);
        MatchAll.Span sp = MatchAll.span(who, spanArgs, 0);
        Subject s = sp.s();
        if (s.stringResults() && insert instanceof Bytes) {
            throw Errors.arguments(who, "cannot replace a string with a byte string", "byte string", insert);
        }
        List<int[]> found;
        if (all) {
            found = MatchAll.matches(sp, false);
        } else {
            int[] one = new Finder(rx, s, sp.start(), sp.end(), sp.prefix()).next(sp.start(), -1);
            found = one == null ? List.of() : List.of(one);
        }
        if (found.isEmpty()) return input;
        Builder b = new Builder(s.stringResults());
        b.add(s.slice(0, sp.start()));
        int prev = sp.start();
        for (int[] caps : found) {
            b.add(s.slice(prev, caps[0]));
            if (insert instanceof Procedure p) {
                Object r = p.apply(Pair.toArray(MatchOne.strings(s, caps)));
                if (s.stringResults() ? !(r instanceof MString) : !(r instanceof Bytes || r instanceof MString)) {
                    throw Errors.contract(who, s.stringResults() ? "string?" : "bytes?", r);
                }
                b.add(r);
            } else {
                expand(b, insert, s, caps);
            }
            prev = caps[1];
        }
        b.add(s.slice(prev, s.length()));
        return b.result();
    }

    /** Splices an insert string: &amp; and \0 the match, \N group N, \&amp; and \\ literally. */
    private static void expand(Builder b, Object insert, Subject s, int[] caps) {
        int[] t = insert instanceof MString m ? m.chars : Regexp.toUnits(((Bytes) insert).bytes);
        boolean unitsAreBytes = insert instanceof Bytes;
        int k = 0;
        while (k < t.length) {
            int c = t[k];
            if (c == '&') { group(b, s, caps, 0); k++; continue; }
            if (c != '\\') { b.unit(c, unitsAreBytes); k++; continue; }
            k++;
            if (k < t.length && (t[k] == '&' || t[k] == '\\')) { b.unit(t[k++], unitsAreBytes); continue; }
            int n = 0, digits = 0;
            while (k < t.length && t[k] >= '0' && t[k] <= '9') { n = Math.min(n * 10 + t[k++] - '0', 1 << 20); digits++; }
            // A backslash before anything else stands for the whole match.
            group(b, s, caps, digits == 0 ? 0 : n);
        }
    }

    private static void group(Builder b, Subject s, int[] caps, int n) {
        if (2 * n + 1 < caps.length && caps[2 * n] >= 0) b.add(s.slice(caps[2 * n], caps[2 * n + 1]));
    }

    /** Accumulates the result as code points or as bytes. */
    private static final class Builder {
        private final boolean string;
        private final StringBuilder chars = new StringBuilder();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Builder(boolean string) { this.string = string; }

        void add(Object piece) {
            if (piece instanceof MString m) {
                if (string) chars.append(new String(m.chars, 0, m.chars.length));
                else bytes.writeBytes(Utf8.encode(m.chars, 0, m.chars.length));
            } else {
                bytes.writeBytes(((Bytes) piece).bytes);
            }
        }

        void unit(int c, boolean isByte) {
            if (string) chars.appendCodePoint(c);
            else if (isByte) bytes.write(c);
            else bytes.writeBytes(Utf8.encode(new int[] {c}, 0, 1));
        }

        Object result() {
            return string ? MString.mutable(chars.toString()) : new Bytes(bytes.toByteArray(), false);
        }
    }
}
