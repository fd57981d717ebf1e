package org.jracket.kernel.vfs;

import java.util.List;

import org.jracket.kernel.syscall.FileStat;

/**
 * One mounted file system. Paths are relative to the file system's root, already normalized by
 * {@link Vfs}: no leading slash, no "." or ".." components, "" for the root itself. Errors are
 * thrown as {@code ErrnoException}.
 */
public interface FileSystem {
    OpenFile open(String path, int flags, int mode);

    FileStat stat(String path);

    /** Status without following a final symbolic link; the same as stat where there are none. */
    default FileStat lstat(String path) { return stat(path); }

    void mkdir(String path, int mode);

    void rmdir(String path);

    void unlink(String path);

    /** Renames within this file system (Vfs refuses cross-mount renames with EXDEV). */
    void rename(String from, String to);

    /** Names in a directory, without "." and "..". */
    List<String> list(String path);

    /** Type name for /proc/mounts, e.g. "kfs". */
    String type();
}
