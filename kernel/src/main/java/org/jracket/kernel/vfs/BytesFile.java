package org.jracket.kernel.vfs;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.syscall.FileStat;

/** A read-only file whose content is a byte range (a resource, a blob entry, a /proc text). */
public final class BytesFile extends SeekableFile {
    private final byte[] data;
    private final int start, length;
    private final FileStat stat;
    private final String path;

    public BytesFile(byte[] data, int start, int length, FileStat stat, String path) {
        super(org.jracket.kernel.syscall.OpenFlags.O_RDONLY);
        this.data = data;
        this.start = start;
        this.length = length;
        this.stat = stat;
        this.path = path;
    }

    @Override
    protected int readAt(long pos, byte[] buf, int off, int len) {
        if (pos >= length) return 0;
        int n = (int) Math.min(len, length - pos);
        System.arraycopy(data, start + (int) pos, buf, off, n);
        return n;
    }

    @Override protected int writeAt(long pos, byte[] buf, int off, int len) { throw ErrnoException.of(Errno.EBADF); }
    @Override protected long size() { return length; }
    @Override public FileStat stat() { return stat; }
    @Override public String describe() { return path; }
}
