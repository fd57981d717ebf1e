package org.jracket.kernel.vfs;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.syscall.SystemCalls;

/**
 * A regular file with an offset. Subclasses supply positional reads/writes; this class keeps
 * the offset, which descriptors sharing the description share, and O_APPEND.
 */
public abstract class SeekableFile extends OpenFile {
    private long position;

    protected SeekableFile(int flags) { super(flags); }

    protected abstract int readAt(long pos, byte[] buf, int off, int len);

    protected abstract int writeAt(long pos, byte[] buf, int off, int len);

    protected abstract long size();

    @Override
    public final synchronized int read(byte[] buf, int off, int len) {
        int n = readAt(position, buf, off, len);
        if (n > 0) position += n;
        return n;
    }

    @Override
    public final synchronized int write(byte[] buf, int off, int len) {
        if ((flags & OpenFlags.O_APPEND) != 0) position = size();
        int n = writeAt(position, buf, off, len);
        position += n;
        return n;
    }

    @Override
    public final synchronized long seek(long offset, int whence) {
        long base = switch (whence) {
            case SystemCalls.SEEK_SET -> 0;
            case SystemCalls.SEEK_CUR -> position;
            case SystemCalls.SEEK_END -> size();
            default -> throw ErrnoException.of(Errno.EINVAL);
        };
        long p = base + offset;
        if (p < 0) throw ErrnoException.of(Errno.EINVAL);
        return position = p;
    }
}
