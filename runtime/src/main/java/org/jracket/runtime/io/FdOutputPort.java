package org.jracket.runtime.io;

import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;

/**
 * An output port over a kernel file descriptor, with Racket's buffer modes: block (files,
 * piped stdout), line (terminal stdout) and none (stderr: flushed after every write).
 */
public final class FdOutputPort extends OutputPort {
    public enum BufferMode { BLOCK, LINE, NONE }

    private final SystemCalls sys;
    private final int fd;
    private final boolean ownsFd;
    private final byte[] buf = new byte[8192];
    private int len;
    private boolean sawNewline;
    public volatile BufferMode mode;

    /** sys may be null to use the calling task's SystemCalls at each call (standard ports). */
    public FdOutputPort(Object name, SystemCalls sys, int fd, boolean ownsFd, BufferMode mode) {
        super(name);
        this.sys = sys;
        this.fd = fd;
        this.ownsFd = ownsFd;
        this.mode = mode;
        Plumber.register(this);
    }

    private SystemCalls sys() { return sys != null ? sys : KernelAccess.syscalls(); }

    public int fd() { return fd; }

    @Override protected void put(int b) {
        if (len == buf.length) flush();
        buf[len++] = (byte) b;
        if (b == '\n') sawNewline = true;
    }

    @Override protected void put(byte[] b, int off, int n) {
        if (len + n > buf.length) {
            flush();
            if (n > buf.length) { drain(b, off, n); return; }
        }
        System.arraycopy(b, off, buf, len, n);
        len += n;
        if (mode == BufferMode.LINE) {
            for (int i = 0; i < n && !sawNewline; i++) sawNewline = b[off + i] == '\n';
        }
    }

    @Override protected void endWrite() {
        if (mode == BufferMode.NONE || (mode == BufferMode.LINE && sawNewline)) flush();
        sawNewline = false;
    }

    @Override public void flush() {
        if (len == 0) return;
        int n = len;
        len = 0;
        drain(buf, 0, n);
    }

    private void drain(byte[] b, int off, int n) {
        while (n > 0) {
            int k = sys().write(fd, b, off, n);
            if (k < 0) {
                throw Errors.raise(ExnTypes.FAIL, "error writing to stream port\n  system error: "
                        + FsErrors.describe(k));
            }
            off += k;
            n -= k;
        }
    }

    @Override protected void release() {
        Plumber.unregister(this);
        if (ownsFd) sys().close(fd);
    }
}
