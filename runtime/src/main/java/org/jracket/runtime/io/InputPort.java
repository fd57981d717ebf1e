package org.jracket.runtime.io;

/**
 * A Racket input port: a buffered byte source with UTF-8 character decoding, peeking at any
 * distance and optional line counting. Subclasses only supply {@link #fetch}; everything a
 * reader needs is here so that {@code read-char} on buffered data is a few field accesses.
 */
public abstract class InputPort {
    public static final int EOF = -1;

    /** The port's name as {@code object-name} reports it (e.g. the symbol {@code string}). */
    public final Object name;
    protected byte[] buf;
    protected int start;
    protected int end;
    /** Bytes of the stream that came before buf[0], so that base + start is file-position. */
    protected long base;
    private boolean closed;
    final Location loc = new Location();

    protected InputPort(Object name, byte[] initial, int length) {
        this.name = name;
        this.buf = initial;
        this.end = length;
    }

    /**
     * Reads more bytes into b[off..off+len); returns the count, or 0 at end of file.
     * Ports over complete data (strings) simply return 0.
     */
    protected abstract int fetch(byte[] b, int off, int len);

    /**
     * Like {@link #fetch} but never waits: returns -1 when no byte is available yet. Sources
     * that never block (strings, files) need not override it.
     */
    protected int fetchNow(byte[] b, int off, int len) { return fetch(b, off, len); }

    /**
     * Moves to byte pos for {@code file-position}, resetting buf/start/end/base to match;
     * false if the source cannot seek.
     */
    protected boolean reposition(long pos) { return false; }

    /** Releases the underlying resource; called once. */
    protected void release() {}

    public final boolean isClosed() { return closed; }

    public final void close() {
        if (!closed) { closed = true; release(); }
    }

    public void countLines() { loc.enableCounting(); }
    public boolean isCountingLines() { return loc.counting; }
    public int line() { return loc.line; }
    public int column() { return loc.column; }
    public long position() { return loc.position; }

    /** Makes at least n bytes available if the source has them; returns the count available. */
    private int ensure(int n) {
        while (end - start < n) {
            if (buf.length - start < n || end == buf.length) makeRoom(n);
            int k = fetch(buf, end, buf.length - end);
            if (k <= 0) break;
            end += k;
        }
        return end - start;
    }

    private void makeRoom(int n) {
        int avail = end - start;
        int need = Math.max(n, avail + 4096);
        byte[] nb = buf.length >= need && start > 0 ? buf : new byte[Math.max(need, buf.length * 2)];
        System.arraycopy(buf, start, nb, 0, avail);
        buf = nb;
        base += start;
        start = 0;
        end = avail;
    }

    public final void checkOpen(String who) {
        if (closed) throw PortErrors.closed(who, this);
    }

    /** Bytes already buffered (a {@code char-ready?} answer that never blocks). */
    public int buffered() { return end - start; }

    /** The position of the next byte to read, counted in bytes from the start of the stream. */
    public long filePosition() { return base + start; }

    /** Sets {@link #filePosition()}, dropping buffered bytes; false if the source cannot seek. */
    public boolean setFilePosition(long pos) { return reposition(pos); }

    /**
     * True if a read would not wait: bytes are buffered, or the source has some now, or it is at
     * end of file. Bytes found are kept in the buffer.
     */
    public boolean ready() {
        return start < end || fillNow() >= 0;
    }

    /** One non-blocking fetch appended to the buffer: its count, 0 at EOF, -1 if none yet. */
    private int fillNow() {
        if (end == buf.length) makeRoom(end - start + 1);
        int k = fetchNow(buf, end, buf.length - end);
        if (k > 0) end += k;
        return k;
    }

    /**
     * {@code read-bytes-avail!} and friends: copies at least one byte (waiting for it unless
     * {@code wait} is false), as many as are available now, up to len. Returns the count, EOF,
     * or 0 when nothing is available and {@code wait} is false. Peeking leaves them unread.
     */
    public int readAvailable(byte[] b, int off, int len, int skip, boolean wait, boolean peek) {
        if (len == 0) return 0;
        while (start + skip >= end) {
            if (wait) {
                if (ensure(skip + 1) <= skip) return EOF;
            } else {
                int k = fillNow();
                if (k == 0) return EOF;
                if (k < 0) return 0;
            }
        }
        int k = Math.min(len, end - start - skip);
        System.arraycopy(buf, start + skip, b, off, k);
        if (!peek) {
            loc.advance(buf, start, k);
            start += k;
        }
        return k;
    }

    public int readByte() {
        if (start < end) {
            int b = buf[start++] & 0xFF;
            loc.advance(b);
            return b;
        }
        checkOpen("read-byte");
        if (ensure(1) < 1) return EOF;
        int b = buf[start++] & 0xFF;
        loc.advance(b);
        return b;
    }

    /** The byte {@code skip} bytes ahead, without consuming anything. */
    public int peekByte(int skip) {
        if (start + skip < end) return buf[start + skip] & 0xFF;
        checkOpen("peek-byte");
        return ensure(skip + 1) > skip ? buf[start + skip] & 0xFF : EOF;
    }

    /** Reads a character (code point), decoding UTF-8; a bad sequence yields U+FFFD per byte. */
    public int readChar() {
        if (start < end) {
            int b = buf[start] & 0xFF;
            if (b < 0x80) {
                start++;
                loc.advance(b);
                return b;
            }
        }
        int n = decodeLength(0);
        if (n == 0) return EOF;
        int c = decoded;
        for (int i = 0; i < n; i++) loc.advance(buf[start + i] & 0xFF);
        start += n;
        return c;
    }

    /** The character starting {@code skipBytes} bytes ahead (Racket's peek skip counts bytes). */
    public int peekChar(int skipBytes) {
        if (start + skipBytes < end) {
            int b = buf[start + skipBytes] & 0xFF;
            if (b < 0x80) return b;
        }
        return decodeLength(skipBytes) == 0 ? EOF : decoded;
    }

    public int peekChar() { return peekChar(0); }

    /** Byte length of the UTF-8 encoding of a code point. */
    public static int utf8Length(int c) {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }

    private int decoded;

    /** Decodes the char at start+skip into {@link #decoded}; returns its byte length, 0 at EOF. */
    private int decodeLength(int skip) {
        if (ensure(skip + 1) <= skip) return 0;
        int b0 = buf[start + skip] & 0xFF;
        int n = b0 < 0x80 ? 1 : b0 >= 0xC2 && b0 < 0xE0 ? 2 : b0 >= 0xE0 && b0 < 0xF0 ? 3
              : b0 >= 0xF0 && b0 < 0xF5 ? 4 : 0;
        if (n == 1) { decoded = b0; return 1; }
        if (n == 0) { decoded = 0xFFFD; return 1; }
        int have = ensure(skip + n) - skip;
        int c = b0 & (0x7F >> n);
        for (int i = 1; i < n; i++) {
            if (i >= have) { decoded = 0xFFFD; return 1; }
            int b = buf[start + skip + i] & 0xFF;
            if ((b & 0xC0) != 0x80) { decoded = 0xFFFD; return 1; }
            c = (c << 6) | (b & 0x3F);
        }
        boolean overlong = (n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF));
        if (overlong || (c >= 0xD800 && c < 0xE000)) { decoded = 0xFFFD; return 1; }
        decoded = c;
        return n;
    }

    /** Reads up to len bytes into b; returns the count, or EOF if none before end of file. */
    public int readBytes(byte[] b, int off, int len) {
        int got = 0;
        while (got < len) {
            if (start == end && ensure(1) < 1) break;
            int k = Math.min(len - got, end - start);
            System.arraycopy(buf, start, b, off + got, k);
            loc.advance(buf, start, k);
            start += k;
            got += k;
        }
        return got == 0 && len > 0 ? EOF : got;
    }

    /** Copies up to len bytes starting skip bytes ahead without consuming; count or EOF. */
    public int peekBytes(byte[] b, int off, int len, int skip) {
        int avail = ensure(skip + len) - skip;
        if (avail <= 0) return len == 0 ? 0 : EOF;
        int k = Math.min(avail, len);
        System.arraycopy(buf, start + skip, b, off, k);
        return k;
    }
}
