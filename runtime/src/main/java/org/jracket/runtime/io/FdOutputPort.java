package org.jracket.runtime.io;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.FileStat;
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
    /** Set for make-pipe ports: writes may wait, and bytes nobody will read are dropped. */
    PipeEnds pipe;
    /** Bytes handed to the kernel, for file-position on ports that cannot seek. */
    private long written;

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
        // A pipe write may wait with the place lock released, and another thread may then
        // write to this port: it must not overwrite the bytes still being drained.
        drain(pipe != null ? java.util.Arrays.copyOf(buf, n) : buf, 0, n);
    }

    private void drain(byte[] b, int off, int n) {
        SystemCalls s = sys();
        while (n > 0) {
            int k = pipe != null ? pipeWrite(s, b, off, n) : s.write(fd, b, off, n);
            if (k < 0) {
                throw Errors.raise(ExnTypes.FAIL, "error writing to stream port\n  system error: "
                        + FsErrors.describe(k));
            }
            off += k;
            n -= k;
            written += k;
        }
    }

    /**
     * A pipe write: first without waiting, keeping the place lock; only when the pipe is full
     * does the thread wait in the kernel with the lock released (so a thread found outside the
     * lock really is blocked, which system-idle-evt relies on). Racket drops what is written to
     * a pipe whose input end is closed.
     */
    private int pipeWrite(SystemCalls s, byte[] b, int off, int n) {
        int k = s.write(fd, b, off, n, SystemCalls.RWF_NOWAIT);
        if (k == -Errno.EAGAIN.code || k == -Errno.ENOSYS.code) k = Blocking.call(s, () -> s.write(fd, b, off, n));
        return k == -Errno.EPIPE.code ? n : k;
    }

    /**
     * write-bytes-avail*: for pipes, what fits now (0 when full); other descriptors take
     * everything. The kernel keeps small writes whole, so when those do not fit the part that
     * does is written, as Racket does.
     */
    @Override protected int putNow(byte[] b, int off, int n) {
        if (pipe == null) return super.putNow(b, off, n);
        flush();
        SystemCalls s = sys();
        int k = s.write(fd, b, off, n, SystemCalls.RWF_NOWAIT);
        if (k == -Errno.EAGAIN.code && n > 1) {
            FileStat st = s.fstat(fd);
            long room = st == null ? 0 : s.fcntl(fd, SystemCalls.F_GETPIPE_SZ, 0) - st.size();
            k = room > 0 ? s.write(fd, b, off, (int) Math.min(room, n), SystemCalls.RWF_NOWAIT) : k;
        }
        if (k == -Errno.EAGAIN.code) return 0;
        if (k == -Errno.EPIPE.code) k = n;
        if (k == -Errno.ENOSYS.code) return super.putNow(b, off, n);
        if (k < 0) throw Errors.raise(ExnTypes.FAIL, "error writing to stream port\n  system error: " + FsErrors.describe(k));
        written += k;
        return k;
    }

    /** The byte position: the kernel's offset for files, the bytes written for pipes. */
    @Override public long filePosition() {
        long r = sys().lseek(fd, 0, SystemCalls.SEEK_CUR);
        return (r >= 0 ? r : written) + len;
    }

    @Override protected boolean reposition(long pos, boolean toEnd) {
        flush();
        long r = sys().lseek(fd, toEnd ? 0 : pos, toEnd ? SystemCalls.SEEK_END : SystemCalls.SEEK_SET);
        return r >= 0;
    }

    @Override protected void release() {
        Plumber.unregister(this);
        if (ownsFd) sys().close(fd);
    }
}
