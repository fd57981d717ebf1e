package org.jracket.kernel.hostfs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;

/** Maps the host's I/O exceptions to errno values. */
final class HostErrors {
    private HostErrors() {}

    static ErrnoException of(IOException e) {
        // instanceof tests, not a pattern switch, whose invokedynamic would spin a class at
        // start-up (a program's first missing file is found then).
        Errno errno;
        if (e instanceof NoSuchFileException) errno = Errno.ENOENT;
        else if (e instanceof FileAlreadyExistsException) errno = Errno.EEXIST;
        else if (e instanceof DirectoryNotEmptyException) errno = Errno.ENOTEMPTY;
        else if (e instanceof AccessDeniedException) errno = Errno.EACCES;
        else if (e instanceof NotDirectoryException) errno = Errno.ENOTDIR;
        else if (e instanceof FileSystemException x) errno = byReason(x.getReason());
        else errno = byReason(e.getMessage());
        return new ErrnoException(errno, String.valueOf(e.getMessage()));
    }

    private static Errno byReason(String reason) {
        if (reason == null) return Errno.EIO;
        String r = reason.toLowerCase();
        if (r.contains("is a directory")) return Errno.EISDIR;
        if (r.contains("not a directory")) return Errno.ENOTDIR;
        if (r.contains("broken pipe")) return Errno.EPIPE;
        if (r.contains("no space")) return Errno.ENOSPC;
        if (r.contains("read-only")) return Errno.EROFS;
        if (r.contains("too large")) return Errno.EFBIG;
        if (r.contains("cross-device")) return Errno.EXDEV;
        if (r.contains("permission")) return Errno.EACCES;
        if (r.contains("no such file")) return Errno.ENOENT;
        return Errno.EIO;
    }
}
