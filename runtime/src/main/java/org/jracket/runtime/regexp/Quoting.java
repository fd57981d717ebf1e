package org.jracket.runtime.regexp;

import java.io.ByteArrayOutputStream;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.exn.Errors;

/** regexp-quote and regexp-replace-quote: backslashes before the characters that are special. */
final class Quoting {
    private Quoting() {}

    private static final String SPECIAL = "\\.[]^$*+?(){}|";

    /** (regexp-quote str [case-sensitive?]); a false second argument wraps the result in (?i:..). */
    static Object regexpQuote(Object[] a) {
        boolean caseSensitive = a.length < 2 || a[1] != Boolean.FALSE;
        Object r = escape("regexp-quote", a[0], SPECIAL);
        if (caseSensitive) return r;
        return r instanceof MString m ? MString.mutable("(?i:" + m + ")")
                : wrapBytes(((Bytes) r).bytes);
    }

    static Object replaceQuote(Object v) { return escape("regexp-replace-quote", v, "\\&"); }

    private static Object escape(String who, Object v, String special) {
        if (v instanceof MString s) {
            StringBuilder sb = new StringBuilder();
            for (int c : s.chars) {
                if (c < 128 && special.indexOf(c) >= 0) sb.append('\\');
                sb.appendCodePoint(c);
            }
            return MString.mutable(sb.toString());
        }
        if (v instanceof Bytes b) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte x : b.bytes) {
                if (x >= 0 && special.indexOf(x) >= 0) out.write('\\');
                out.write(x);
            }
            return new Bytes(out.toByteArray(), false);
        }
        throw Errors.contract(who, "(or/c string? bytes?)", v);
    }

    private static Bytes wrapBytes(byte[] inner) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("(?i:".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeBytes(inner);
        out.write(')');
        return new Bytes(out.toByteArray(), false);
    }
}
