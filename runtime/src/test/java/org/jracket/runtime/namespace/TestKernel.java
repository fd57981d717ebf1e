package org.jracket.runtime.namespace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.syscall.SystemCalls;

/**
 * In-memory system calls for expander tests: files given by the test, {@code /collects/...}
 * served from the classpath resources, stdout captured.
 */
public final class TestKernel implements SystemCalls {
    final Map<String, byte[]> files = new HashMap<>();
    private final Map<Integer, Object[]> fds = new HashMap<>();
    private int nextFd = 3;
    public final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    public final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private Errno last;
    /** What cpuCount reports (the future pool's size). */
    public int cpus = 1;

    public synchronized TestKernel file(String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public synchronized TestKernel file(String path, byte[] data) {
        files.put(path, data.clone());
        return this;
    }

    public String out() { return stdout.toString(StandardCharsets.UTF_8); }

    private byte[] data(String path) {
        byte[] b = files.get(path);
        if (b != null) return b;
        if (path.startsWith("/collects/")) {
            try (InputStream in = TestKernel.class.getResourceAsStream(path)) {
                if (in != null) {
                    b = in.readAllBytes();
                    files.put(path, b);
                    return b;
                }
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    /** Called (outside the kernel's lock) at each open, before it: tests observe or delay threads. */
    public volatile java.util.function.Consumer<String> onOpen;

    @Override public int open(String path, int flags, int mode) {
        java.util.function.Consumer<String> hook = onOpen;
        if (hook != null) hook.accept(path);
        return openLocked(path, flags);
    }

    // File calls are synchronized: a place's helper threads (module prefetch) use them too.
    private synchronized int openLocked(String path, int flags) {
        if ((flags & OpenFlags.O_CREAT) != 0) { files.putIfAbsent(path, new byte[0]); }
        if (data(path) == null) return -Errno.ENOENT.code;
        fds.put(nextFd, new Object[] {path, 0});
        return nextFd++;
    }
    @Override public synchronized int read(int fd, byte[] buf, int off, int len) {
        Object[] f = fds.get(fd);
        if (f == null) return -Errno.EBADF.code;
        byte[] d = data((String) f[0]);
        int pos = (Integer) f[1];
        int n = Math.max(0, Math.min(len, d.length - pos));
        System.arraycopy(d, pos, buf, off, n);
        f[1] = pos + n;
        return n;
    }
    @Override public int write(int fd, byte[] buf, int off, int len) {
        if (fd == STDOUT) { stdout.write(buf, off, len); return len; }
        if (fd == STDERR) { stderr.write(buf, off, len); return len; }
        return -Errno.EBADF.code;
    }
    @Override public long lseek(int fd, long offset, int whence) { return -Errno.ESPIPE.code; }
    @Override public synchronized int close(int fd) { return fds.remove(fd) == null ? -Errno.EBADF.code : 0; }
    @Override public int dup(int fd) { return -Errno.ENOSYS.code; }
    @Override public synchronized FileStat stat(String path) {
        byte[] d = data(path);
        if (d == null) { last = Errno.ENOENT; return null; }
        return new FileStat(FileStat.Kind.FILE, d.length, 0644, 1, path.hashCode());
    }
    @Override public FileStat fstat(int fd) { return null; }
    @Override public int mkdir(String path, int mode) { return -Errno.EROFS.code; }
    @Override public int rmdir(String path) { return -Errno.EROFS.code; }
    @Override public int unlink(String path) { return -Errno.EROFS.code; }
    @Override public int rename(String from, String to) { return -Errno.EROFS.code; }
    @Override public List<String> readdir(String path) { last = Errno.ENOENT; return null; }
    @Override public String getcwd() { return "/t"; }
    @Override public int chdir(String path) { return 0; }
    @Override public int pipe(int[] fds) { return -Errno.ENOSYS.code; }
    @Override public Errno lastError() { return last; }
    @Override public double clockRealtimeMillis() { return System.currentTimeMillis(); }
    @Override public long clockMonotonicNanos() { return System.nanoTime(); }
    @Override public long cpuTimeMillis() { return 0; }
    @Override public int nanosleep(long nanos) { return 0; }
    @Override public int getpid() { return 1; }
    @Override public void exit(int status) { throw new IllegalStateException("exit " + status); }
    @Override public int spawnThread(String name, long stackBytes, Runnable body) {
        Thread t = new Thread(body, name);
        t.start();
        return 2;
    }
    @Override public int cpuCount() { return cpus; }
    @Override public String getenv(String name) { return null; }
    @Override public long getrlimit(int resource) { return RLIM_INFINITY; }
    @Override public int setrlimit(int resource, long value) { return 0; }
}
