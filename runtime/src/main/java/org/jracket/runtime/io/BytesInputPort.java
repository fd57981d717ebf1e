package org.jracket.runtime.io;

import java.nio.charset.StandardCharsets;

/** {@code open-input-string} / {@code open-input-bytes}: all data is buffered up front. */
public final class BytesInputPort extends InputPort {
    private final byte[] data;

    public BytesInputPort(Object name, byte[] data) {
        super(name, data, data.length);
        this.data = data;
    }

    public static BytesInputPort ofString(Object name, String s) {
        return new BytesInputPort(name, s.getBytes(StandardCharsets.UTF_8));
    }

    @Override protected int fetch(byte[] b, int off, int len) { return 0; }

    /** Any position works; past the end, reads see end of file. */
    @Override protected boolean reposition(long pos) {
        buf = data;
        base = 0;
        end = data.length;
        start = (int) Math.min(pos, data.length);
        return true;
    }
}
