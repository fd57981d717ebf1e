package org.jracket.runtime.io;

import java.io.ByteArrayOutputStream;
import java.util.*;
import org.jracket.kernel.syscall.*;

/** In-memory files for port tests: paths map to byte buffers; no directories but "/". */
final class FakeSystemCalls implements SystemCalls {
    final Map<String, ByteArrayOutputStream> files = new HashMap<>();
    private final Map<Integer, Object[]> fds = new HashMap<>();
    private int nextFd = 3;
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private Errno last;

    @Override public int open(String path, int flags, int mode) {
        boolean exists = files.containsKey(path);
        if (!exists && (flags & OpenFlags.O_CREAT) == 0) return -Errno.ENOENT.code;
        if (exists && (flags & OpenFlags.O_EXCL) != 0) return -Errno.EEXIST.code;
        if (!exists || (flags & OpenFlags.O_TRUNC) != 0) files.put(path, new ByteArrayOutputStream());
        fds.put(nextFd, new Object[] {path, 0});
        return nextFd++;
    }
    @Override public int read(int fd, byte[] buf, int off, int len) {
        Object[] f = fds.get(fd);
        byte[] data = files.get((String) f[0]).toByteArray();
        int pos = (Integer) f[1];
        int n = Math.min(len, data.length - pos);
        System.arraycopy(data, pos, buf, off, n);
        f[1] = pos + n;
        return n;
    }
    @Override public int write(int fd, byte[] buf, int off, int len) {
        if (fd == STDOUT) { stdout.write(buf, off, len); return len; }
        files.get((String) fds.get(fd)[0]).write(buf, off, len);
        return len;
    }
    @Override public long lseek(int fd, long offset, int whence) { return -Errno.ESPIPE.code; }
    @Override public int close(int fd) { return fds.remove(fd) == null ? -Errno.EBADF.code : 0; }
    @Override public int dup(int fd) { return -Errno.ENOSYS.code; }
    @Override public FileStat stat(String path) {
        if (path.equals("/")) return new FileStat(FileStat.Kind.DIRECTORY, 0, 0755, 0, 1);
        ByteArrayOutputStream b = files.get(path);
        if (b == null) { last = Errno.ENOENT; return null; }
        return new FileStat(FileStat.Kind.FILE, b.size(), 0644, 0, 2);
    }
    @Override public FileStat fstat(int fd) { return null; }
    @Override public int mkdir(String path, int mode) { return -Errno.ENOENT.code; }
    @Override public int rmdir(String path) { return -Errno.ENOENT.code; }
    @Override public int unlink(String path) { return files.remove(path) == null ? -Errno.ENOENT.code : 0; }
    @Override public int rename(String from, String to) {
        ByteArrayOutputStream b = files.remove(from);
        if (b == null) return -Errno.ENOENT.code;
        files.put(to, b);
        return 0;
    }
    @Override public List<String> readdir(String path) { last = Errno.ENOENT; return null; }
    @Override public String getcwd() { return "/"; }
    @Override public int chdir(String path) { return 0; }
    @Override public int pipe(int[] fds) { return -Errno.ENOSYS.code; }
    @Override public Errno lastError() { return last; }
    @Override public double clockRealtimeMillis() { return 0; }
    @Override public long clockMonotonicNanos() { return 0; }
    @Override public long cpuTimeMillis() { return 0; }
    @Override public int nanosleep(long nanos) { return 0; }
    @Override public int getpid() { return 1; }
    @Override public void exit(int status) { }
    @Override public int spawnThread(String name, long stackBytes, Runnable body) { return -Errno.ENOSYS.code; }
    @Override public int cpuCount() { return 1; }
    @Override public String getenv(String name) { return null; }
    @Override public long getrlimit(int resource) { return RLIM_INFINITY; }
    @Override public int setrlimit(int resource, long value) { return 0; }
}
