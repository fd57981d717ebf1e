package org.jracket.kernel.hostfs;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.vfs.DirectoryHandle;
import org.jracket.kernel.vfs.FileSystem;
import org.jracket.kernel.vfs.OpenFile;

/**
 * Pass-through to a directory of the host, so that a program run from the command line sees the
 * host's files as under {@code racket}. Optionally read-only (every change fails with EROFS).
 */
public final class HostFs implements FileSystem {
    private final Path root;
    private final boolean readOnly;
    private final boolean posix;

    public HostFs(Path root, boolean readOnly) {
        this.root = root.toAbsolutePath().normalize();
        this.readOnly = readOnly;
        this.posix = this.root.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Override public String type() { return readOnly ? "hostfs(ro)" : "hostfs"; }

    Path hostPath(String rel) { return rel.isEmpty() ? root : root.resolve(rel); }

    @Override
    public OpenFile open(String path, int flags, int mode) {
        Path p = hostPath(path);
        int acc = flags & OpenFlags.O_ACCMODE;
        if (readOnly && (acc != OpenFlags.O_RDONLY || (flags & (OpenFlags.O_CREAT | OpenFlags.O_TRUNC)) != 0))
            throw ErrnoException.of(Errno.EROFS);
        if (Files.isDirectory(p)) {
            if ((flags & OpenFlags.O_CREAT) != 0 && (flags & OpenFlags.O_EXCL) != 0) throw ErrnoException.of(Errno.EEXIST);
            DirectoryHandle.checkFlags(flags);
            return new DirectoryHandle(flags, stat(path), p.toString());
        }
        if ((flags & OpenFlags.O_DIRECTORY) != 0) {
            if (!Files.exists(p)) throw ErrnoException.of(Errno.ENOENT);
            throw ErrnoException.of(Errno.ENOTDIR);
        }
        try {
            if ((flags & OpenFlags.O_CREAT) != 0 && (flags & OpenFlags.O_EXCL) != 0) Files.createFile(p);
            else if ((flags & OpenFlags.O_CREAT) == 0 && !Files.exists(p)) throw ErrnoException.of(Errno.ENOENT);
            // "rw" creates a missing file; a write-only open of an unreadable file is refused (EACCES).
            RandomAccessFile raf = new RandomAccessFile(p.toFile(), acc == OpenFlags.O_RDONLY ? "r" : "rw");
            if ((flags & OpenFlags.O_TRUNC) != 0 && acc != OpenFlags.O_RDONLY) raf.setLength(0);
            return new HostOpenFile(raf, flags, this, path);
        } catch (IOException e) {
            throw HostErrors.of(e);
        } catch (SecurityException e) {
            throw ErrnoException.of(Errno.EACCES);
        }
    }

    @Override
    public FileStat stat(String path) { return stat(path, false); }

    @Override
    public FileStat lstat(String path) { return stat(path, true); }

    private FileStat stat(String path, boolean noFollow) {
        try {
            Path p = hostPath(path);
            LinkOption[] opts = noFollow ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
            // One host call: POSIX attributes carry the permission bits too.
            BasicFileAttributes a = posix ? Files.readAttributes(p, PosixFileAttributes.class, opts)
                    : Files.readAttributes(p, BasicFileAttributes.class, opts);
            FileStat.Kind kind = a.isDirectory() ? FileStat.Kind.DIRECTORY
                    : a.isRegularFile() ? FileStat.Kind.FILE
                    : a.isSymbolicLink() ? FileStat.Kind.LINK : FileStat.Kind.CHAR_DEVICE;
            Object key = a.fileKey();
            long inode = key == null ? p.hashCode() : key.hashCode();
            int mode = a instanceof PosixFileAttributes px ? modeBits(px.permissions()) : 0644;
            if (readOnly) mode &= ~0222;
            return new FileStat(kind, a.size(), mode, a.lastModifiedTime().toMillis(), inode);
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public void mkdir(String path, int mode) {
        writable();
        try {
            Files.createDirectory(hostPath(path));
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public void rmdir(String path) {
        writable();
        Path p = hostPath(path);
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw ErrnoException.of(Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? Errno.ENOTDIR : Errno.ENOENT);
        }
        delete(p);
    }

    @Override
    public void unlink(String path) {
        writable();
        Path p = hostPath(path);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) throw ErrnoException.of(Errno.EISDIR);
        delete(p);
    }

    @Override
    public void rename(String from, String to) {
        writable();
        try {
            Files.move(hostPath(from), hostPath(to), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public List<String> list(String path) {
        Path p = hostPath(path);
        if (!Files.isDirectory(p)) throw ErrnoException.of(Files.exists(p) ? Errno.ENOTDIR : Errno.ENOENT);
        try (Stream<Path> s = Files.list(p)) {
            List<String> names = new ArrayList<>();
            s.forEach(c -> names.add(c.getFileName().toString()));
            return names;
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    private static int modeBits(Set<PosixFilePermission> perms) {
        int m = 0;
        for (PosixFilePermission x : perms) m |= 0400 >> x.ordinal(); // OWNER_READ .. OTHERS_EXECUTE
        return m;
    }

    private void writable() {
        if (readOnly) throw ErrnoException.of(Errno.EROFS);
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (NoSuchFileException e) {
            throw ErrnoException.of(Errno.ENOENT);
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }
}
