package org.jracket.runtime.module.compiled;

/** Reads what {@link ByteSink} wrote; a read past the end is a corrupt file. */
final class ByteSource {
    private final byte[] buf;
    private int pos;

    ByteSource(byte[] buf, int pos) { this.buf = buf; this.pos = pos; }

    int u8() {
        if (pos >= buf.length) throw new CorruptUnit("truncated at offset " + pos);
        return buf[pos++] & 0xFF;
    }

    long uvar() {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
    }

    int uint() { return (int) uvar(); }

    long svar() { long v = uvar(); return (v >>> 1) ^ -(v & 1); }

    int sint() { return (int) svar(); }

    long i64() {
        long v = 0;
        for (int i = 0; i < 8; i++) v |= (long) u8() << (8 * i);
        return v;
    }

    byte[] bytes() {
        int len = uint();
        if (len < 0 || pos + len > buf.length) throw new CorruptUnit("bad length " + len + " at offset " + pos);
        byte[] b = java.util.Arrays.copyOfRange(buf, pos, pos + len);
        pos += len;
        return b;
    }

    /** A UTF-8 string, decoded without an intermediate copy. */
    String utf8() {
        int len = uint();
        if (len < 0 || pos + len > buf.length) throw new CorruptUnit("bad length " + len + " at offset " + pos);
        String s = new String(buf, pos, len, java.nio.charset.StandardCharsets.UTF_8);
        pos += len;
        return s;
    }

    int position() { return pos; }

    /** Thrown for a malformed compiled file; the loader then falls back to the source. */
    static final class CorruptUnit extends RuntimeException {
        CorruptUnit(String m) { super(m, null, false, false); }
    }
}
