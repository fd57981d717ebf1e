package org.jracket.kernel.kfs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.jracket.kernel.mem.PagePool;
import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.vfs.DirectoryHandle;
import org.jracket.kernel.vfs.FileSystem;
import org.jracket.kernel.vfs.OpenFile;
import org.jracket.kernel.vfs.PathNames;

/**
 * The in-memory file system (Kitten's kfs, seed paper 4.3): the only storage a guest has. File
 * data lives in pages of the kernel memory pool, so writes fail with ENOSPC when the pool is
 * spent and EFBIG past the per-file limit (paper 4.7). Name-space changes take a write lock;
 * lookups share a read lock; file data has its own lock per file.
 */
public final class Kfs implements FileSystem {
    private final PagePool pool;
    private final long maxFileBytes;
    private final AtomicLong inodes = new AtomicLong(1);
    private final KfsDir root = new KfsDir(inodes.getAndIncrement());
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public Kfs(PagePool pool, long maxFileBytes) {
        this.pool = pool;
        this.maxFileBytes = maxFileBytes;
    }

    @Override public String type() { return "kfs"; }

    @Override
    public OpenFile open(String path, int flags, int mode) {
        KfsNode node;
        boolean create = (flags & OpenFlags.O_CREAT) != 0;
        var l = create ? lock.writeLock() : lock.readLock();
        l.lock();
        try {
            node = path.isEmpty() ? root : lookupIn(dir(PathNames.parent(path)), PathNames.name(path));
            if (node == null) {
                if (!create) throw ErrnoException.of(Errno.ENOENT);
                KfsDir parent = dir(PathNames.parent(path));
                node = new KfsFile(inodes.getAndIncrement(), pool, maxFileBytes);
                parent.entries.put(PathNames.name(path), node);
                parent.touch();
            } else if (create && (flags & OpenFlags.O_EXCL) != 0) {
                throw ErrnoException.of(Errno.EEXIST);
            }
        } finally {
            l.unlock();
        }
        if (node instanceof KfsDir d) {
            DirectoryHandle.checkFlags(flags);
            return new DirectoryHandle(flags, statOf(d), "/" + path);
        }
        if ((flags & OpenFlags.O_DIRECTORY) != 0) throw ErrnoException.of(Errno.ENOTDIR);
        KfsFile f = (KfsFile) node;
        if ((flags & OpenFlags.O_TRUNC) != 0 && (flags & OpenFlags.O_ACCMODE) != OpenFlags.O_RDONLY) f.truncate();
        return new KfsOpenFile(f, flags, "/" + path);
    }

    @Override
    public FileStat stat(String path) {
        lock.readLock().lock();
        try {
            return statOf(node(path));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void mkdir(String path, int mode) {
        if (path.isEmpty()) throw ErrnoException.of(Errno.EEXIST);
        lock.writeLock().lock();
        try {
            KfsDir parent = dir(PathNames.parent(path));
            String name = PathNames.name(path);
            if (parent.entries.containsKey(name)) throw ErrnoException.of(Errno.EEXIST);
            parent.entries.put(name, new KfsDir(inodes.getAndIncrement()));
            parent.touch();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void rmdir(String path) {
        if (path.isEmpty()) throw ErrnoException.of(Errno.EBUSY);
        lock.writeLock().lock();
        try {
            KfsDir parent = dir(PathNames.parent(path));
            if (!(existing(parent, PathNames.name(path)) instanceof KfsDir d)) throw ErrnoException.of(Errno.ENOTDIR);
            if (!d.entries.isEmpty()) throw ErrnoException.of(Errno.ENOTEMPTY);
            parent.entries.remove(PathNames.name(path));
            parent.touch();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void unlink(String path) {
        if (path.isEmpty()) throw ErrnoException.of(Errno.EISDIR);
        lock.writeLock().lock();
        try {
            KfsDir parent = dir(PathNames.parent(path));
            if (!(existing(parent, PathNames.name(path)) instanceof KfsFile f)) throw ErrnoException.of(Errno.EISDIR);
            parent.entries.remove(PathNames.name(path));
            parent.touch();
            f.unlinked();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void rename(String from, String to) {
        if (from.isEmpty() || to.isEmpty()) throw ErrnoException.of(Errno.EBUSY);
        if (to.startsWith(from + "/")) throw ErrnoException.of(Errno.EINVAL);
        lock.writeLock().lock();
        try {
            KfsDir src = dir(PathNames.parent(from)), dst = dir(PathNames.parent(to));
            KfsNode node = existing(src, PathNames.name(from));
            KfsNode old = dst.entries.get(PathNames.name(to));
            if (old == node) return;
            if (old instanceof KfsDir od) {
                if (!(node instanceof KfsDir)) throw ErrnoException.of(Errno.EISDIR);
                if (!od.entries.isEmpty()) throw ErrnoException.of(Errno.ENOTEMPTY);
            } else if (old != null && node instanceof KfsDir) {
                throw ErrnoException.of(Errno.ENOTDIR);
            }
            src.entries.remove(PathNames.name(from));
            dst.entries.put(PathNames.name(to), node);
            if (old instanceof KfsFile of) of.unlinked();
            src.touch();
            dst.touch();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public List<String> list(String path) {
        lock.readLock().lock();
        try {
            return new ArrayList<>(dir(path).entries.keySet());
        } finally {
            lock.readLock().unlock();
        }
    }

    static FileStat statOf(KfsNode n) {
        return n instanceof KfsFile f
                ? new FileStat(FileStat.Kind.FILE, f.size(), 0644, f.modifiedMillis, f.inode)
                : new FileStat(FileStat.Kind.DIRECTORY, 0, 0755, n.modifiedMillis, n.inode);
    }

    // ---- lookups; callers hold the lock -------------------------------------------------
    private KfsNode node(String path) {
        if (path.isEmpty()) return root;
        return existing(dir(PathNames.parent(path)), PathNames.name(path));
    }

    private KfsDir dir(String path) {
        KfsNode n = root;
        if (!path.isEmpty()) {
            int start = 0;
            while (true) {
                int slash = path.indexOf('/', start);
                String name = slash < 0 ? path.substring(start) : path.substring(start, slash);
                if (!(n instanceof KfsDir d)) throw ErrnoException.of(Errno.ENOTDIR);
                n = existing(d, name);
                if (slash < 0) break;
                start = slash + 1;
            }
        }
        if (!(n instanceof KfsDir d)) throw ErrnoException.of(Errno.ENOTDIR);
        return d;
    }

    private static KfsNode existing(KfsDir d, String name) {
        KfsNode n = d.entries.get(name);
        if (n == null) throw ErrnoException.of(Errno.ENOENT);
        return n;
    }

    private static KfsNode lookupIn(KfsDir d, String name) { return d.entries.get(name); }
}
