package org.jracket.kernel.vfs;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.syscall.FileStat;

/**
 * The kernel's single name space: a table of mounts, each a file system attached at an absolute
 * path. A path goes to the mount with the longest matching prefix (seed paper 4.3: everything,
 * including the Racket collections, lives in this memory-resident VFS).
 */
public final class Vfs {
    /** A file system attached at {@code path} ("/" or "/a/b", normalized). */
    public record Mount(String path, FileSystem fs) {
        boolean covers(String abs) {
            return path.equals("/") || abs.equals(path)
                    || (abs.startsWith(path) && abs.charAt(path.length()) == '/');
        }

        String relative(String abs) {
            if (path.equals("/")) return abs.substring(1);
            return abs.length() == path.length() ? "" : abs.substring(path.length() + 1);
        }
    }

    /** A path resolved to its file system and the path inside it. */
    public record Target(FileSystem fs, String rel, Mount mount) {}

    // Longest path first; replaced wholesale on mount so lookups need no lock.
    private volatile Mount[] mounts = new Mount[0];

    public synchronized void mount(String path, FileSystem fs) {
        String p = PathNames.absolute("/", path);
        // Insert before the first shorter path (a replaced mount keeps its place). A loop, not
        // a Comparator: a composed comparator's lambdas are spun at every boot (the AOT cache
        // does not keep the JDK's), which cost 5 ms of each start.
        List<Mount> list = new ArrayList<>(mounts.length + 1);
        Mount added = new Mount(p, fs);
        for (Mount m : mounts) {
            if (added != null && m.path.length() < p.length()) { list.add(added); added = null; }
            if (!m.path.equals(p)) list.add(m);
        }
        if (added != null) list.add(added);
        mounts = list.toArray(new Mount[0]);
    }

    public List<Mount> mounts() { return List.of(mounts); }

    public Target resolve(String abs) {
        for (Mount m : mounts) if (m.covers(abs)) return new Target(m.fs, m.relative(abs), m);
        throw ErrnoException.of(Errno.ENOENT);
    }

    public OpenFile open(String abs, int flags, int mode) {
        Target t = resolve(abs);
        return t.fs.open(t.rel, flags, mode);
    }

    public FileStat stat(String abs) {
        Target t = resolve(abs);
        return t.fs.stat(t.rel);
    }

    public FileStat lstat(String abs) {
        Target t = resolve(abs);
        return t.fs.lstat(t.rel);
    }

    public void mkdir(String abs, int mode) {
        if (isMountPoint(abs)) throw ErrnoException.of(Errno.EEXIST);
        Target t = resolve(abs);
        t.fs.mkdir(t.rel, mode);
    }

    public void rmdir(String abs) {
        if (isMountPoint(abs)) throw ErrnoException.of(Errno.EBUSY);
        Target t = resolve(abs);
        t.fs.rmdir(t.rel);
    }

    public void unlink(String abs) {
        Target t = resolve(abs);
        t.fs.unlink(t.rel);
    }

    public void rename(String fromAbs, String toAbs) {
        if (isMountPoint(fromAbs) || isMountPoint(toAbs)) throw ErrnoException.of(Errno.EBUSY);
        Target from = resolve(fromAbs), to = resolve(toAbs);
        if (from.mount != to.mount) throw ErrnoException.of(Errno.EXDEV);
        from.fs.rename(from.rel, to.rel);
    }

    /** Directory listing, including mount points attached directly below it. */
    public List<String> list(String abs) {
        Target t = resolve(abs);
        List<String> names = t.fs.list(t.rel);
        TreeSet<String> extra = null;
        for (Mount m : mounts) {
            if (m.path.equals(abs) || m.path.equals("/")) continue;
            if (PathNames.parent(m.path.substring(1)).equals(abs.substring(1))) {
                String name = PathNames.name(m.path);
                if (!names.contains(name)) {
                    if (extra == null) extra = new TreeSet<>();
                    extra.add(name);
                }
            }
        }
        if (extra == null) return names;
        List<String> all = new ArrayList<>(names);
        all.addAll(extra);
        return all;
    }

    private boolean isMountPoint(String abs) {
        for (Mount m : mounts) if (m.path.equals(abs)) return true;
        return false;
    }
}
