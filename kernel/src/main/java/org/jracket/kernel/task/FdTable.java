package org.jracket.kernel.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.vfs.OpenFile;

/**
 * A task's file descriptors. Lookups (every read and write) take no lock; changes are serialized.
 * A descriptor holds one reference to its open file description.
 */
public final class FdTable {
    public static final int MAX_FDS = 1024;

    /** A descriptor and what it refers to, for /proc/PID/fd. */
    public record Entry(int fd, OpenFile file) {}

    private volatile AtomicReferenceArray<OpenFile> files = new AtomicReferenceArray<>(16);

    public OpenFile get(int fd) {
        AtomicReferenceArray<OpenFile> f = files;
        OpenFile file = fd >= 0 && fd < f.length() ? f.get(fd) : null;
        if (file == null) throw ErrnoException.of(Errno.EBADF);
        return file;
    }

    /** Installs at the lowest free descriptor; the table takes over the caller's reference. */
    public synchronized int install(OpenFile file) {
        AtomicReferenceArray<OpenFile> f = files;
        for (int i = 0; i < f.length(); i++) {
            if (f.get(i) == null) {
                f.set(i, file);
                return i;
            }
        }
        if (f.length() >= MAX_FDS) throw ErrnoException.of(Errno.EMFILE);
        AtomicReferenceArray<OpenFile> bigger = new AtomicReferenceArray<>(Math.min(MAX_FDS, f.length() * 2));
        for (int i = 0; i < f.length(); i++) bigger.set(i, f.get(i));
        int fd = f.length();
        bigger.set(fd, file);
        files = bigger;
        return fd;
    }

    /** Installs at a given descriptor (used to set up 0, 1, 2), closing what was there. */
    public synchronized void installAt(int fd, OpenFile file) {
        while (files.length() <= fd) {
            AtomicReferenceArray<OpenFile> f = files;
            AtomicReferenceArray<OpenFile> bigger = new AtomicReferenceArray<>(f.length() * 2);
            for (int i = 0; i < f.length(); i++) bigger.set(i, f.get(i));
            files = bigger;
        }
        OpenFile old = files.getAndSet(fd, file);
        if (old != null) old.release();
    }

    /** Removes a descriptor and drops its reference. */
    public synchronized void close(int fd) {
        AtomicReferenceArray<OpenFile> f = files;
        OpenFile file = fd >= 0 && fd < f.length() ? f.getAndSet(fd, null) : null;
        if (file == null) throw ErrnoException.of(Errno.EBADF);
        file.release();
    }

    public synchronized List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        AtomicReferenceArray<OpenFile> f = files;
        for (int i = 0; i < f.length(); i++) if (f.get(i) != null) out.add(new Entry(i, f.get(i)));
        return out;
    }

    /** A copy sharing every open file (as a child task inherits its parent's descriptors). */
    public synchronized FdTable copy() {
        FdTable t = new FdTable();
        for (Entry e : entries()) {
            e.file().retain();
            t.installAt(e.fd(), e.file());
        }
        return t;
    }

    public synchronized void closeAll() {
        AtomicReferenceArray<OpenFile> f = files;
        for (int i = 0; i < f.length(); i++) {
            OpenFile file = f.getAndSet(i, null);
            if (file != null) file.release();
        }
    }
}
