package org.jracket.kernel.vfs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.OpenFlags;

/**
 * A read-only file system whose tree is fixed when it is built: the Racket collections from the
 * class path, or an image of a collections blob. Subclasses add files and supply their bytes.
 */
public abstract class StaticTreeFs<F> extends ReadOnlyFileSystem {
    // Hash maps: looked up at every stat and open; only a directory's names need an order.
    private final Map<String, TreeSet<String>> dirs = new HashMap<>();
    private final Map<String, F> files = new HashMap<>();
    private final Map<String, Long> sizes = new HashMap<>();
    private final long builtMillis = System.currentTimeMillis();

    protected StaticTreeFs() { dirs.put("", new TreeSet<>()); }

    /** Adds a directory and its missing parents. */
    protected final void addDir(String rel) {
        if (rel.isEmpty() || dirs.containsKey(rel)) return;
        String parent = PathNames.parent(rel);
        addDir(parent);
        dirs.get(parent).add(PathNames.name(rel));
        dirs.put(rel, new TreeSet<>());
    }

    /** Adds a file (first one wins when several class path roots have the same name). */
    protected final void addFile(String rel, long size, F source) {
        if (files.containsKey(rel) || dirs.containsKey(rel)) return;
        String parent = PathNames.parent(rel);
        addDir(parent);
        dirs.get(parent).add(PathNames.name(rel));
        files.put(rel, source);
        sizes.put(rel, size);
    }

    /** The content of a file. */
    protected abstract byte[] content(String rel, F source);

    public final int fileCount() { return files.size(); }

    @Override
    public OpenFile open(String path, int flags, int mode) {
        if (dirs.containsKey(path)) {
            if ((flags & OpenFlags.O_CREAT) != 0 && (flags & OpenFlags.O_EXCL) != 0) throw ErrnoException.of(Errno.EEXIST);
            DirectoryHandle.checkFlags(flags);
            return new DirectoryHandle(flags, stat(path), path);
        }
        F source = files.get(path);
        if (source == null) {
            if ((flags & OpenFlags.O_CREAT) != 0) throw ErrnoException.of(Errno.EROFS);
            throw ErrnoException.of(Errno.ENOENT);
        }
        checkReadOnlyOpen(flags);
        if ((flags & OpenFlags.O_DIRECTORY) != 0) throw ErrnoException.of(Errno.ENOTDIR);
        byte[] data = content(path, source);
        return new BytesFile(data, 0, data.length, stat(path), path);
    }

    @Override
    public FileStat stat(String path) {
        if (dirs.containsKey(path)) return new FileStat(FileStat.Kind.DIRECTORY, 0, 0555, builtMillis, path.hashCode());
        Long size = sizes.get(path);
        if (size == null) throw ErrnoException.of(Errno.ENOENT);
        return new FileStat(FileStat.Kind.FILE, size, 0444, builtMillis, path.hashCode());
    }

    @Override
    public List<String> list(String path) {
        TreeSet<String> names = dirs.get(path);
        if (names == null) throw ErrnoException.of(files.containsKey(path) ? Errno.ENOTDIR : Errno.ENOENT);
        return new ArrayList<>(names);
    }
}
