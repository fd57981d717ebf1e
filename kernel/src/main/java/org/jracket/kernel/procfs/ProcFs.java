package org.jracket.kernel.procfs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jracket.kernel.Kernel;
import org.jracket.kernel.mem.PagePool;
import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.task.FdTable;
import org.jracket.kernel.task.Task;
import org.jracket.kernel.vfs.BytesFile;
import org.jracket.kernel.vfs.DirectoryHandle;
import org.jracket.kernel.vfs.OpenFile;
import org.jracket.kernel.vfs.ReadOnlyFileSystem;
import org.jracket.kernel.vfs.Vfs;

/**
 * /proc, generated from the kernel's state on each access:
 * <pre>
 *   /proc/meminfo          kernel pool and guest memory use
 *   /proc/mounts           the mount table
 *   /proc/PID/status       name, pid, parent, state, threads, memory
 *   /proc/PID/fd/N         each open descriptor; pipes appear here (seed paper 4.4)
 * </pre>
 * Opening /proc/PID/fd/N opens what the descriptor refers to (the same pipe, console, file).
 * "/proc/self" is resolved by the task before it gets here.
 */
public final class ProcFs extends ReadOnlyFileSystem {
    private final Kernel kernel;

    public ProcFs(Kernel kernel) { this.kernel = kernel; }

    @Override public String type() { return "proc"; }

    @Override
    public OpenFile open(String path, int flags, int mode) {
        FileStat st = stat(path);
        if (st.isDirectory()) {
            DirectoryHandle.checkFlags(flags);
            return new DirectoryHandle(flags, st, "/proc/" + path);
        }
        String[] p = path.split("/");
        if (p.length == 3 && p[1].equals("fd")) {
            OpenFile f = descriptor(task(p[0]), p[2]);
            f.retain();
            return f;
        }
        checkReadOnlyOpen(flags);
        byte[] text = text(path).getBytes(StandardCharsets.UTF_8);
        return new BytesFile(text, 0, text.length, st, "/proc/" + path);
    }

    @Override
    public FileStat stat(String path) {
        if (path.isEmpty()) return dir(1);
        String[] p = path.split("/");
        if (p.length == 1 && (p[0].equals("meminfo") || p[0].equals("mounts"))) return textStat(path);
        Task t = task(p[0]);
        if (p.length == 1) return dir(t.pid() * 16L);
        if (p.length == 2 && p[1].equals("fd")) return dir(t.pid() * 16L + 1);
        if (p.length == 2 && p[1].equals("status")) return textStat(path);
        if (p.length == 3 && p[1].equals("fd")) return descriptor(t, p[2]).stat();
        throw ErrnoException.of(Errno.ENOENT);
    }

    @Override
    public List<String> list(String path) {
        List<String> out = new ArrayList<>();
        if (path.isEmpty()) {
            out.add("meminfo");
            out.add("mounts");
            for (Task t : kernel.tasks().all()) out.add(Integer.toString(t.pid()));
            return out;
        }
        String[] p = path.split("/");
        Task t = task(p[0]);
        if (p.length == 1) return List.of("fd", "status");
        if (p.length == 2 && p[1].equals("fd")) {
            for (FdTable.Entry e : t.fds().entries()) out.add(Integer.toString(e.fd()));
            return out;
        }
        stat(path);
        throw ErrnoException.of(Errno.ENOTDIR);
    }

    /** What a descriptor refers to, as "readlink /proc/PID/fd/N" would print it. */
    public static String describe(Task t, int fd) { return t.fds().get(fd).describe(); }

    private Task task(String pid) {
        try {
            Task t = kernel.tasks().get(Integer.parseInt(pid));
            if (t != null) return t;
        } catch (NumberFormatException e) {
            // Not a pid: no such entry.
        }
        throw ErrnoException.of(Errno.ENOENT);
    }

    private static OpenFile descriptor(Task t, String fd) {
        try {
            return t.fds().get(Integer.parseInt(fd));
        } catch (NumberFormatException | ErrnoException e) {
            throw ErrnoException.of(Errno.ENOENT);
        }
    }

    private static FileStat dir(long inode) { return new FileStat(FileStat.Kind.DIRECTORY, 0, 0555, 0, inode); }

    private FileStat textStat(String path) {
        return new FileStat(FileStat.Kind.FILE, text(path).length(), 0444, System.currentTimeMillis(), path.hashCode());
    }

    private String text(String path) {
        StringBuilder sb = new StringBuilder();
        if (path.equals("meminfo")) {
            pool(sb, "KernelPool", kernel.kernelMemory());
            pool(sb, "GuestMemory", kernel.guestMemory());
        } else if (path.equals("mounts")) {
            for (Vfs.Mount m : kernel.vfs().mounts()) sb.append(m.fs().type()).append(' ').append(m.path()).append('\n');
        } else {
            Task t = task(path.substring(0, path.indexOf('/')));
            sb.append("Name:\t").append(t.name()).append('\n')
              .append("State:\t").append(t.stateName()).append('\n')
              .append("Pid:\t").append(t.pid()).append('\n')
              .append("PPid:\t").append(t.parent() == null ? 0 : t.parent().pid()).append('\n')
              .append("Threads:\t").append(t.threadCount()).append('\n')
              .append("VmSize:\t").append(t.memory().mappedBytes() / 1024).append(" kB\n")
              .append("VmRSS:\t").append(t.memory().residentPages() * PagePool.PAGE_SIZE / 1024).append(" kB\n");
        }
        return sb.toString();
    }

    private static void pool(StringBuilder sb, String name, PagePool p) {
        sb.append(name).append("Total:\t").append(p.maxPages() * PagePool.PAGE_SIZE / 1024).append(" kB\n");
        sb.append(name).append("Used:\t").append(p.usedPages() * PagePool.PAGE_SIZE / 1024).append(" kB\n");
    }
}
