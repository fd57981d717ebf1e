package org.jracket.runtime.io;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;

/** An input port over a kernel file descriptor (files, pipes, the console). */
public class FdInputPort extends InputPort {
    private final SystemCalls sys;
    private final int fd;
    private final boolean ownsFd;
    /** Run before a read that may block (stdin flushes stdout first, as Racket does). */
    private final Runnable beforeFetch;
    /** Reads may wait (pipes, the console): they run outside the place lock. */
    private final boolean mayBlock;
    /** Set for make-pipe ports: their readiness is asked of the kernel without waiting. */
    PipeEnds pipe;

    /** sys may be null to use the calling task's SystemCalls at each call (standard ports). */
    public FdInputPort(Object name, SystemCalls sys, int fd, boolean ownsFd, Runnable beforeFetch) {
        this(name, sys, fd, ownsFd, beforeFetch, beforeFetch != null);
    }

    public FdInputPort(Object name, SystemCalls sys, int fd, boolean ownsFd, Runnable beforeFetch,
                       boolean mayBlock) {
        super(name, new byte[4096], 0);
        this.sys = sys;
        this.fd = fd;
        this.ownsFd = ownsFd;
        this.beforeFetch = beforeFetch;
        this.mayBlock = mayBlock;
    }

    SystemCalls sys() { return sys != null ? sys : KernelAccess.syscalls(); }

    public int fd() { return fd; }

    @Override protected int fetch(byte[] b, int off, int len) {
        if (beforeFetch != null) beforeFetch.run();
        SystemCalls s = sys();
        int n;
        if (pipe != null && (n = s.read(fd, b, off, len, SystemCalls.RWF_NOWAIT)) != -Errno.EAGAIN.code
                && n != -Errno.ENOSYS.code) {
            // data or end of file at once: no need to let go of the place lock
        } else {
            n = mayBlock ? Blocking.call(s, () -> s.read(fd, b, off, len)) : s.read(fd, b, off, len);
        }
        if (n < 0) throw readError(n);
        return n;
    }

    /**
     * For pipes, a read that does not wait (-1 when it would). Other descriptors are treated as
     * ready (files never wait; the console has no non-blocking read).
     */
    @Override protected int fetchNow(byte[] b, int off, int len) {
        if (pipe == null) return fetch(b, off, len);
        int n = sys().read(fd, b, off, len, SystemCalls.RWF_NOWAIT);
        if (n == -Errno.EAGAIN.code) return -1;
        if (n == -Errno.ENOSYS.code) return fetch(b, off, len);
        if (n < 0) throw readError(n);
        return n;
    }

    private RuntimeException readError(int n) {
        return Errors.raise(ExnTypes.FAIL, "error reading from stream port\n  port: "
                + org.jracket.runtime.print.Printer.toWriteString(this)
                + "\n  system error: " + FsErrors.describe(n));
    }

    @Override protected boolean reposition(long pos) {
        long r = sys().lseek(fd, pos, SystemCalls.SEEK_SET);
        if (r < 0) return false;
        base = r;
        start = end = 0;
        return true;
    }

    @Override protected void release() {
        if (ownsFd) sys().close(fd);
    }
}
