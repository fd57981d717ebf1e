package org.jracket.runtime.module.compiled;

import java.util.Arrays;

/** A growable byte buffer with the compact encodings of the compiled format (varints, zigzag). */
final class ByteSink {
    private byte[] buf = new byte[1 << 16];
    private int n;

    void u8(int b) {
        if (n == buf.length) buf = Arrays.copyOf(buf, n * 2);
        buf[n++] = (byte) b;
    }

    /** Unsigned LEB128: small counts and indices take one byte. */
    void uvar(long v) {
        while ((v & ~0x7FL) != 0) { u8((int) ((v & 0x7F) | 0x80)); v >>>= 7; }
        u8((int) v);
    }

    /** Signed values (phases, line numbers with -1 for unknown) zigzag-encoded. */
    void svar(long v) { uvar((v << 1) ^ (v >> 63)); }

    void i64(long v) { for (int i = 0; i < 8; i++) u8((int) (v >>> (8 * i))); }

    void bytes(byte[] b) {
        uvar(b.length);
        if (n + b.length > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + b.length));
        System.arraycopy(b, 0, buf, n, b.length);
        n += b.length;
    }

    int size() { return n; }

    /** Drops what was written after position at. */
    void truncate(int at) { n = at; }

    byte[] toArray() { return Arrays.copyOf(buf, n); }
}
