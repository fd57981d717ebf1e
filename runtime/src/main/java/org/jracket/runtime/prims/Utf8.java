package org.jracket.runtime.prims;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.Char;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.exn.Errors;

/** Conversions between strings and byte strings (UTF-8 and Latin-1). */
public final class Utf8 {
    private Utf8() {}

    static void register(PrimitiveTable t) {
        t.add(Primitive.ofN("string->bytes/utf-8", 1, 4, a -> {
            MString s = Args.string("string->bytes/utf-8", a[0]);
            int[] r = Args.range("string->bytes/utf-8", "string", s, s.chars.length, a, 2);
            return new Bytes(encode(s.chars, r[0], r[1]), false);
        }));
        t.add(Primitive.ofN("bytes->string/utf-8", 1, 4, a -> {
            Bytes b = Args.bytes("bytes->string/utf-8", a[0]);
            Object err = a.length > 1 ? a[1] : Boolean.FALSE;
            if (err != Boolean.FALSE) Args.ch("bytes->string/utf-8", err);
            int[] r = Args.range("bytes->string/utf-8", "byte string", b, b.bytes.length, a, 2);
            int[] cs = decode(b.bytes, r[0], r[1], err instanceof Char c ? c.code : -1);
            if (cs == null) {
                throw Errors.arguments("bytes->string/utf-8", "byte string is not a well-formed UTF-8 encoding", "byte string", b);
            }
            return new MString(cs, false);
        }));
        t.add(Primitive.ofN("string->bytes/latin-1", 1, 4, a -> {
            MString s = Args.string("string->bytes/latin-1", a[0]);
            Object err = a.length > 1 ? a[1] : Boolean.FALSE;
            if (err != Boolean.FALSE && !Args.isByte(err)) throw Errors.contract("string->bytes/latin-1", "(or/c #f byte?)", err);
            int[] r = Args.range("string->bytes/latin-1", "string", s, s.chars.length, a, 2);
            byte[] out = new byte[r[1] - r[0]];
            for (int i = r[0]; i < r[1]; i++) {
                int c = s.chars[i];
                if (c > 255) {
                    if (err == Boolean.FALSE) {
                        throw Errors.arguments("string->bytes/latin-1", "string cannot be encoded in Latin-1", "string", s);
                    }
                    c = (int) (long) (Long) err;
                }
                out[i - r[0]] = (byte) c;
            }
            return new Bytes(out, false);
        }));
        t.add(Primitive.ofN("bytes->string/latin-1", 1, 4, a -> {
            Bytes b = Args.bytes("bytes->string/latin-1", a[0]);
            int[] r = Args.range("bytes->string/latin-1", "byte string", b, b.bytes.length, a, 2);
            int[] cs = new int[r[1] - r[0]];
            for (int i = r[0]; i < r[1]; i++) cs[i - r[0]] = b.bytes[i] & 0xFF;
            return new MString(cs, false);
        }));
        t.add(Primitive.ofN("string-utf-8-length", 1, 3, a -> {
            MString s = Args.string("string-utf-8-length", a[0]);
            int[] r = Args.range("string-utf-8-length", "string", s, s.chars.length, a, 1);
            long n = 0;
            for (int i = r[0]; i < r[1]; i++) { int c = s.chars[i]; n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }
            return n;
        }));
        t.add(Primitive.ofN("bytes-utf-8-length", 1, 4, a -> {
            Bytes b = Args.bytes("bytes-utf-8-length", a[0]);
            Object err = a.length > 1 ? a[1] : Boolean.FALSE;
            int[] r = Args.range("bytes-utf-8-length", "byte string", b, b.bytes.length, a, 2);
            int[] cs = decode(b.bytes, r[0], r[1], err instanceof Char c ? c.code : -1);
            return cs == null ? Boolean.FALSE : (Object) (long) cs.length;
        }));
    }

    public static byte[] encode(int[] cs, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            int c = cs[i];
            if (c < 0x80) out.write(c);
            else if (c < 0x800) { out.write(0xC0 | c >> 6); out.write(0x80 | c & 0x3F); }
            else if (c < 0x10000) { out.write(0xE0 | c >> 12); out.write(0x80 | c >> 6 & 0x3F); out.write(0x80 | c & 0x3F); }
            else {
                out.write(0xF0 | c >> 18); out.write(0x80 | c >> 12 & 0x3F);
                out.write(0x80 | c >> 6 & 0x3F); out.write(0x80 | c & 0x3F);
            }
        }
        return out.toByteArray();
    }

    /**
     * Strict UTF-8 decoding (no overlongs, surrogates or values past U+10FFFF). Each byte
     * that does not start a valid sequence becomes errChar; with errChar -1 such input
     * yields null.
     */
    public static int[] decode(byte[] b, int from, int to, int errChar) {
        int[] out = new int[to - from];
        int n = 0;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            int need, min;
            if (c < 0x80) { out[n++] = c; i++; continue; }
            else if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; c &= 0x1F; }
            else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; c &= 0x0F; }
            else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; c &= 0x07; }
            else { need = -1; min = 0; }
            boolean ok = need > 0 && i + need < to;
            if (ok) {
                for (int k = 1; k <= need; k++) {
                    int cc = b[i + k] & 0xFF;
                    if ((cc & 0xC0) != 0x80) { ok = false; break; }
                    c = (c << 6) | (cc & 0x3F);
                }
                if (ok && (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))) ok = false;
            }
            if (ok) { out[n++] = c; i += need + 1; }
            else {
                if (errChar < 0) return null;
                out[n++] = errChar;
                i++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Decodes well-formed UTF-8 (or replaces bad bytes with U+FFFD). */
    public static MString toMString(byte[] b) { return new MString(decode(b, 0, b.length, 0xFFFD), false); }
}
