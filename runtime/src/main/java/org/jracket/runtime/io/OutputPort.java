package org.jracket.runtime.io;

/**
 * A Racket output port. Characters are UTF-8 encoded here; subclasses only accept bytes
 * ({@link #put(int)}, {@link #put(byte[], int, int)}). The public write methods end with
 * {@link #endWrite()} so an unbuffered port (stderr) can flush after each whole operation
 * rather than per byte.
 */
public abstract class OutputPort {
    /** The port's name as {@code object-name} reports it. */
    public final Object name;
    private boolean closed;
    final Location loc = new Location();

    protected OutputPort(Object name) { this.name = name; }

    protected abstract void put(int b);
    protected abstract void put(byte[] b, int off, int len);

    /** Stores what can be stored without waiting; the count (write-bytes-avail*). */
    protected int putNow(byte[] b, int off, int len) {
        put(b, off, len);
        return len;
    }

    /** The position of the next byte written, counted in bytes ({@code file-position}). */
    public long filePosition() { return loc.position - 1; }

    /** Moves to byte pos (or the end), for {@code file-position}; false if it cannot seek. */
    protected boolean reposition(long pos, boolean toEnd) { return false; }

    public final boolean setFilePosition(long pos, boolean toEnd) { return reposition(pos, toEnd); }

    /** Called at the end of each public write operation. */
    protected void endWrite() {}

    /** Pushes buffered bytes to the destination. */
    public void flush() {}

    /** Releases the underlying resource; called once, after a flush. */
    protected void release() {}

    public final boolean isClosed() { return closed; }

    public final void close() {
        if (closed) return;
        flush();
        closed = true;
        release();
    }

    private void checkOpen() {
        if (closed) throw PortErrors.closed("write-string", this);
    }

    /** Raises Racket's closed-port error for operation who. */
    public final void checkOpen(String who) {
        if (closed) throw PortErrors.closed(who, this);
    }

    /** write-bytes-avail*: writes what fits without waiting and returns the count. */
    public final int writeBytesAvail(byte[] b, int off, int len) {
        checkOpen("write-bytes-avail*");
        int n = putNow(b, off, len);
        loc.advance(b, off, n);
        endWrite();
        return n;
    }

    public void countLines() { loc.enableCounting(); }
    public boolean isCountingLines() { return loc.counting; }
    public int line() { return loc.line; }
    public int column() { return loc.column; }
    public long position() { return loc.position; }

    public final void writeByte(int b) {
        checkOpen();
        put(b);
        loc.advance(b);
        endWrite();
    }

    public final void writeBytes(byte[] b, int off, int len) {
        checkOpen();
        put(b, off, len);
        loc.advance(b, off, len);
        endWrite();
    }

    public final void writeBytes(byte[] b) { writeBytes(b, 0, b.length); }

    public final void writeChar(int c) {
        checkOpen();
        encode(c);
        endWrite();
    }

    /** Writes a Java string (UTF-16, surrogate pairs combined). */
    public final void writeString(CharSequence s) {
        checkOpen();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) { put(c); loc.advance(c); continue; }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(++i));
            }
            encode(cp);
        }
        endWrite();
    }

    /** Writes code points cs[from..to) (a Racket string's storage). */
    public final void writeCodePoints(int[] cs, int from, int to) {
        checkOpen();
        for (int i = from; i < to; i++) {
            int c = cs[i];
            if (c < 0x80) { put(c); loc.advance(c); } else encode(c);
        }
        endWrite();
    }

    private void encode(int c) {
        if (c < 0x80) {
            emit(c);
        } else if (c < 0x800) {
            emit(0xC0 | (c >> 6)); emit(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            emit(0xE0 | (c >> 12)); emit(0x80 | ((c >> 6) & 0x3F)); emit(0x80 | (c & 0x3F));
        } else {
            emit(0xF0 | (c >> 18)); emit(0x80 | ((c >> 12) & 0x3F));
            emit(0x80 | ((c >> 6) & 0x3F)); emit(0x80 | (c & 0x3F));
        }
    }

    private void emit(int b) {
        put(b);
        loc.advance(b);
    }
}
