package org.jracket.runtime.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code open-output-string} / {@code open-output-bytes}: accumulates bytes in memory. Writes
 * go at the current position ({@code file-position} can move it back to overwrite, or past the
 * end, which fills the gap with zero bytes as Racket does).
 */
public final class BytesOutputPort extends OutputPort {
    private byte[] data = new byte[64];
    private int size;
    private int pos;

    public BytesOutputPort(Object name) { super(name); }

    private void room(int n) {
        if (pos + n > data.length) data = Arrays.copyOf(data, Math.max(pos + n, data.length * 2));
        if (pos > size) Arrays.fill(data, size, pos, (byte) 0);
    }

    @Override protected void put(int b) {
        room(1);
        data[pos++] = (byte) b;
        if (pos > size) size = pos;
    }

    @Override protected void put(byte[] b, int off, int len) {
        room(len);
        System.arraycopy(b, off, data, pos, len);
        pos += len;
        if (pos > size) size = pos;
    }

    public int size() { return size; }

    /** Copy of bytes [from, to). */
    public byte[] bytes(int from, int to) { return Arrays.copyOfRange(data, from, to); }

    public byte[] bytes() { return Arrays.copyOf(data, size); }

    /** The content decoded as UTF-8 (bad sequences become U+FFFD, as in Racket). */
    public String contentString() { return new String(data, 0, size, StandardCharsets.UTF_8); }

    /** Forgets the content ({@code get-output-bytes} with reset). */
    public void reset() { size = 0; pos = 0; }

    @Override public long filePosition() { return pos; }

    @Override protected boolean reposition(long p, boolean toEnd) {
        pos = toEnd ? size : (int) Math.min(p, Integer.MAX_VALUE - 8);
        return true;
    }
}
