package org.jracket.kernel.vfs;

import java.util.concurrent.atomic.AtomicInteger;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.OpenFlags;

/**
 * An open file description: what one or more file descriptors (after dup, or in a child task)
 * refer to. It is reference counted because a pipe end only counts as closed when its last
 * descriptor goes (seed paper 4.4). Errors are thrown as {@link ErrnoException}.
 */
public abstract class OpenFile {
    private final AtomicInteger refs = new AtomicInteger(1);
    protected final int flags;
    /** O_NONBLOCK, the one status flag fcntl(F_SETFL) may change, shared by every descriptor. */
    private volatile boolean nonBlocking;

    protected OpenFile(int flags) {
        this.flags = flags & ~OpenFlags.O_NONBLOCK;
        this.nonBlocking = (flags & OpenFlags.O_NONBLOCK) != 0;
    }

    public final boolean readable() { return (flags & OpenFlags.O_ACCMODE) != OpenFlags.O_WRONLY; }
    public final boolean writable() { return (flags & OpenFlags.O_ACCMODE) != OpenFlags.O_RDONLY; }
    public final int flags() { return nonBlocking ? flags | OpenFlags.O_NONBLOCK : flags; }

    public final boolean isNonBlocking() { return nonBlocking; }

    /** fcntl(F_SETFL): only O_NONBLOCK can change; the other bits are ignored, as on Linux. */
    public final void setStatusFlags(int f) { nonBlocking = (f & OpenFlags.O_NONBLOCK) != 0; }

    /** Reads up to len bytes; 0 at end of file. May block (pipes, console). */
    public int read(byte[] buf, int off, int len) { throw ErrnoException.of(Errno.EINVAL); }

    /** Writes bytes; returns the count written. */
    public int write(byte[] buf, int off, int len) { throw ErrnoException.of(Errno.EINVAL); }

    /** A read that fails with EAGAIN rather than wait when noWait (files never wait). */
    public int read(byte[] buf, int off, int len, boolean noWait) { return read(buf, off, len); }

    /** A write that fails with EAGAIN rather than wait when noWait (files never wait). */
    public int write(byte[] buf, int off, int len, boolean noWait) { return write(buf, off, len); }

    /** Repositions the offset; streams (pipes, console) cannot seek. */
    public long seek(long offset, int whence) { throw ErrnoException.of(Errno.ESPIPE); }

    public abstract FileStat stat();

    /** True for terminals (isatty): the runtime line-buffers output to them. */
    public boolean isTerminal() { return false; }

    /** Short description for /proc/PID/fd and traces, e.g. a path or "pipe:[3]". */
    public abstract String describe();

    public final void retain() { refs.incrementAndGet(); }

    /** Drops one reference; the last one releases the underlying object. */
    public final void release() {
        if (refs.decrementAndGet() == 0) closed();
    }

    /** Called once, when the last descriptor referring to this description is closed. */
    protected void closed() {}
}
