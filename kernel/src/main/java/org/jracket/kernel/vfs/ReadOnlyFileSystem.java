package org.jracket.kernel.vfs;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.syscall.OpenFlags;

/** Base for file systems that cannot be changed: every mutation fails with EROFS. */
public abstract class ReadOnlyFileSystem implements FileSystem {
    @Override public void mkdir(String path, int mode) { throw ErrnoException.of(Errno.EROFS); }
    @Override public void rmdir(String path) { throw ErrnoException.of(Errno.EROFS); }
    @Override public void unlink(String path) { throw ErrnoException.of(Errno.EROFS); }
    @Override public void rename(String from, String to) { throw ErrnoException.of(Errno.EROFS); }

    /** Rejects flags that would modify the file system. */
    protected static void checkReadOnlyOpen(int flags) {
        if ((flags & OpenFlags.O_ACCMODE) != OpenFlags.O_RDONLY
                || (flags & (OpenFlags.O_CREAT | OpenFlags.O_TRUNC)) != 0)
            throw ErrnoException.of(Errno.EROFS);
    }
}
