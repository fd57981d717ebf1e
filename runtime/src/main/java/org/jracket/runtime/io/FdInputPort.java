package org.jracket.runtime.io;

import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;

/** An input port over a kernel file descriptor (files, pipes, the console). */
public final class FdInputPort extends InputPort {
    private final SystemCalls sys;
    private final int fd;
    private final boolean ownsFd;
    /** Run before a read that may block (stdin flushes stdout first, as Racket does). */
    private final Runnable beforeFetch;

    /** sys may be null to use the calling task's SystemCalls at each call (standard ports). */
    public FdInputPort(Object name, SystemCalls sys, int fd, boolean ownsFd, Runnable beforeFetch) {
        super(name, new byte[4096], 0);
        this.sys = sys;
        this.fd = fd;
        this.ownsFd = ownsFd;
        this.beforeFetch = beforeFetch;
    }

    private SystemCalls sys() { return sys != null ? sys : KernelAccess.syscalls(); }

    public int fd() { return fd; }

    @Override protected int fetch(byte[] b, int off, int len) {
        if (beforeFetch != null) beforeFetch.run();
        int n = sys().read(fd, b, off, len);
        if (n < 0) {
            throw Errors.raise(ExnTypes.FAIL, "error reading from stream port\n  port: "
                    + org.jracket.runtime.print.Printer.toWriteString(this)
                    + "\n  system error: " + FsErrors.describe(n));
        }
        return n;
    }

    @Override protected void release() {
        if (ownsFd) sys().close(fd);
    }
}
