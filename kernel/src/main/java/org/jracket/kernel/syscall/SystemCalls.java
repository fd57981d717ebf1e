package org.jracket.kernel.syscall;

import java.util.List;
import java.util.function.ToIntFunction;

import org.jracket.kernel.signal.SignalHandler;

/**
 * The one door between a guest program (the Racket runtime) and the world: every file,
 * console, clock, task and memory service the runtime uses is one of these calls.
 *
 * <p>Conventions follow Linux/Kitten: integer results are {@code >= 0} on success and
 * {@code -errno} on failure (see {@link Errno}); calls never throw for errors a program can
 * cause. Calls that return data write it into caller-owned buffers, so hot paths allocate
 * nothing. One {@code SystemCalls} object belongs to one task (a pid); file descriptors
 * are per task. Implementations are safe to call from many threads at once.
 */
public interface SystemCalls {
    // ---- files -----------------------------------------------------------------------
    /** Opens {@code path} (absolute or relative to the cwd); returns an fd or -errno. */
    int open(String path, int flags, int mode);
    /** Reads up to {@code len} bytes; returns the count (0 at EOF) or -errno. Blocks on pipes/console. */
    int read(int fd, byte[] buf, int off, int len);
    /** Writes {@code len} bytes; returns the count or -errno. */
    int write(int fd, byte[] buf, int off, int len);
    int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;
    /** Repositions an fd; returns the new offset or -errno. */
    long lseek(int fd, long offset, int whence);
    int close(int fd);
    /** Duplicates an fd; returns the new fd or -errno. */
    int dup(int fd);
    /** Status of a path, or null with {@code errno} available from {@link #lastError()}. */
    FileStat stat(String path);
    FileStat fstat(int fd);
    int mkdir(String path, int mode);
    int rmdir(String path);
    int unlink(String path);
    int rename(String from, String to);
    /** Names in a directory (without "." and ".."), or null (see {@link #lastError()}). */
    List<String> readdir(String path);
    String getcwd();
    int chdir(String path);
    /** Creates a pipe; fills {@code fds[0]} (read end) and {@code fds[1]} (write end). */
    int pipe(int[] fds);
    /** The errno of the last call on this thread that returned null. */
    Errno lastError();

    // ---- standard descriptors: 0, 1, 2 are the console (or what the host bound them to)
    int STDIN = 0, STDOUT = 1, STDERR = 2;

    // ---- clocks ----------------------------------------------------------------------
    /** Wall-clock time in milliseconds since the epoch (as a double, with sub-ms precision). */
    double clockRealtimeMillis();
    /** Monotonic nanoseconds. */
    long clockMonotonicNanos();
    /** CPU time consumed by this task, in milliseconds. */
    long cpuTimeMillis();
    /** Sleeps the calling thread; returns 0, or -EINTR if interrupted. */
    int nanosleep(long nanos);

    // ---- tasks -----------------------------------------------------------------------
    int getpid();
    /**
     * Ends the task with a status; does not return: it tells the task's exit listeners, then
     * throws {@code org.jracket.kernel.task.TaskExit} (an Error) so the calling thread unwinds.
     * The task's other threads are interrupted and their next system call throws it too.
     */
    void exit(int status);
    /**
     * Starts a kernel thread running {@code body} in this task; returns its thread id.
     * {@code stackBytes > 0}: a platform thread with that stack; {@code 0}: a platform thread with
     * the task's RLIMIT_STACK; {@code < 0}: a virtual thread. An exception escaping {@code body}
     * ends the task (as a crash in any thread ends a process); {@code exit} in any thread ends
     * all of them.
     */
    int spawnThread(String name, long stackBytes, Runnable body);
    /** Number of CPUs this task may use in parallel (the guest's vCPU count). */
    int cpuCount();
    /** Environment variable of the task, or null. */
    String getenv(String name);

    // ---- limits ----------------------------------------------------------------------
    int RLIMIT_STACK = 3, RLIMIT_AS = 9;
    long RLIM_INFINITY = -1L;
    /** Current soft limit, {@link #RLIM_INFINITY}, or -errno. */
    long getrlimit(int resource);
    int setrlimit(int resource, long value);

    // ---- extensions (default: ENOSYS, so other implementations of this interface keep compiling)
    /** {@code waitpid} option: return 0 instead of blocking when no child has exited. */
    int WNOHANG = 1;
    /**
     * Starts a child task (a new pid) that inherits this task's cwd, environment and open
     * descriptors, and runs {@code main} on its own thread; main's result is the exit status.
     * Returns the child's pid or -errno.
     */
    default int spawnTask(String name, ToIntFunction<SystemCalls> main) { return -Errno.ENOSYS.code; }
    /**
     * Waits for a child to end: {@code pid > 0} that child, {@code -1} any child, {@code 0} any
     * child in the caller's process group (seed paper 4.6). Stores the wait status (see
     * {@code org.jracket.kernel.task.WaitStatus}) in {@code status[0]} if non-null. Returns the
     * child's pid, 0 with {@link #WNOHANG} when none has ended yet, or -errno (ECHILD).
     */
    default int waitpid(int pid, int[] status, int options) { return -Errno.ENOSYS.code; }
    /** Like {@link #stat} but does not follow a final symbolic link (host files only have links). */
    default FileStat lstat(String path) { return stat(path); }
    /** 1 if the descriptor is a terminal (the console, or a host terminal), 0 if not, or -errno. */
    default int isatty(int fd) { return 0; }
    /** Sends a signal (see {@code org.jracket.kernel.signal.Signals}) to a task; 0 or -errno. */
    default int kill(int pid, int signo) { return -Errno.ENOSYS.code; }
    /**
     * Installs a handler for a signal; {@link SignalHandler#DEFAULT} and {@link SignalHandler#IGNORE}
     * restore the default action or ignore it. Returns 0 or -errno (EINVAL for SIGKILL).
     */
    default int sigaction(int signo, SignalHandler handler) { return -Errno.ENOSYS.code; }

    /** {@link #fcntl} commands, with Linux's values. */
    int F_GETFL = 3, F_SETFL = 4, F_SETPIPE_SZ = 1031, F_GETPIPE_SZ = 1032;
    /**
     * Descriptor control: {@code F_GETFL} answers the open flags, {@code F_SETFL} sets
     * {@code O_NONBLOCK} (other bits ignored), {@code F_GETPIPE_SZ}/{@code F_SETPIPE_SZ} read and
     * change a pipe's capacity (unlike Linux, any size of at least 1 byte is kept exactly: the
     * runtime's pipes need small limits; EBUSY if more is buffered now). Returns a value &gt;= 0
     * or -errno (EBADF for pipe commands on other files).
     */
    default int fcntl(int fd, int cmd, int arg) { return -Errno.ENOSYS.code; }

    /** Per-call flag of the read/write overloads below (Linux's preadv2/pwritev2 flag). */
    int RWF_NOWAIT = 0x8;
    /**
     * {@link #read} with per-call flags, as Linux's {@code preadv2(fd, iov, 1, -1, flags)}: with
     * {@link #RWF_NOWAIT} a read that would wait fails with EAGAIN, without touching the open
     * file's O_NONBLOCK (which other threads may rely on).
     */
    default int read(int fd, byte[] buf, int off, int len, int flags) {
        return flags == 0 ? read(fd, buf, off, len) : -Errno.ENOSYS.code;
    }
    /**
     * {@link #write} with per-call flags; with {@link #RWF_NOWAIT} it behaves as a write on an
     * O_NONBLOCK descriptor (see {@code Pipe}: EAGAIN instead of waiting).
     */
    default int write(int fd, byte[] buf, int off, int len, int flags) {
        return flags == 0 ? write(fd, buf, off, len) : -Errno.ENOSYS.code;
    }

    // ---- guest memory (page protections are enforced by memRead/memWrite) ------------------
    int PROT_NONE = 0, PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4;
    int MAP_SHARED = 0x01, MAP_PRIVATE = 0x02, MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x20;
    /** Maps anonymous zero-filled pages; returns the address or -errno. */
    default long mmap(long addr, long length, int prot, int flags) { return -Errno.ENOSYS.code; }
    default int munmap(long addr, long length) { return -Errno.ENOSYS.code; }
    /** Changes the protection of whole pages; later accesses that break it fault (SIGSEGV). */
    default int mprotect(long addr, long length, int prot) { return -Errno.ENOSYS.code; }
    /**
     * Copies guest memory at {@code addr} into {@code buf}. Touching an unmapped or protected page
     * delivers SIGSEGV to the task's handler and retries the access when the handler returns
     * (seed paper 4.5); without a handler the task ends. Returns {@code len} or -errno.
     */
    default int memRead(long addr, byte[] buf, int off, int len) { return -Errno.ENOSYS.code; }
    /** Copies {@code buf} into guest memory; faults as {@link #memRead}. */
    default int memWrite(long addr, byte[] buf, int off, int len) { return -Errno.ENOSYS.code; }
}
