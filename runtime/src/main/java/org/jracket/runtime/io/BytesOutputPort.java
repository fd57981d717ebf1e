package org.jracket.runtime.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** {@code open-output-string} / {@code open-output-bytes}: accumulates bytes in memory. */
public final class BytesOutputPort extends OutputPort {
    private byte[] data = new byte[64];
    private int size;

    public BytesOutputPort(Object name) { super(name); }

    @Override protected void put(int b) {
        if (size == data.length) data = Arrays.copyOf(data, size * 2);
        data[size++] = (byte) b;
    }

    @Override protected void put(byte[] b, int off, int len) {
        if (size + len > data.length) data = Arrays.copyOf(data, Math.max(size + len, size * 2));
        System.arraycopy(b, off, data, size, len);
        size += len;
    }

    public int size() { return size; }

    /** Copy of bytes [from, to). */
    public byte[] bytes(int from, int to) { return Arrays.copyOfRange(data, from, to); }

    public byte[] bytes() { return Arrays.copyOf(data, size); }

    /** The content decoded as UTF-8 (bad sequences become U+FFFD, as in Racket). */
    public String contentString() { return new String(data, 0, size, StandardCharsets.UTF_8); }

    /** Forgets the content ({@code get-output-bytes} with reset). */
    public void reset() { size = 0; }
}
