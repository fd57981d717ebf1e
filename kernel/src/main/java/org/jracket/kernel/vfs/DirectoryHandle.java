package org.jracket.kernel.vfs;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.syscall.FileStat;

/** A directory opened with open(2) (for fstat or O_DIRECTORY checks); reads fail with EISDIR. */
public final class DirectoryHandle extends OpenFile {
    private final FileStat stat;
    private final String path;

    public DirectoryHandle(int flags, FileStat stat, String path) {
        super(flags);
        this.stat = stat;
        this.path = path;
    }

    @Override public int read(byte[] buf, int off, int len) { throw ErrnoException.of(Errno.EISDIR); }
    @Override public int write(byte[] buf, int off, int len) { throw ErrnoException.of(Errno.EISDIR); }
    @Override public FileStat stat() { return stat; }
    @Override public String describe() { return path; }

    /** Checks the flags a directory may be opened with. */
    public static void checkFlags(int flags) {
        if ((flags & org.jracket.kernel.syscall.OpenFlags.O_ACCMODE) != 0) throw ErrnoException.of(Errno.EISDIR);
    }
}
