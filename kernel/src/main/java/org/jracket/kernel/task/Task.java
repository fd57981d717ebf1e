package org.jracket.kernel.task;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.ToIntFunction;

import org.jracket.kernel.Kernel;
import org.jracket.kernel.mem.AddressSpace;
import org.jracket.kernel.mem.PageFault;
import org.jracket.kernel.pipe.Pipe;
import org.jracket.kernel.pipe.PipeEnd;
import org.jracket.kernel.signal.SignalHandler;
import org.jracket.kernel.signal.SignalInfo;
import org.jracket.kernel.signal.SignalTable;
import org.jracket.kernel.signal.Signals;
import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.kernel.trace.Syscall;
import org.jracket.kernel.trace.SyscallStats;
import org.jracket.kernel.trace.SyscallTracer;
import org.jracket.kernel.vfs.OpenFile;
import org.jracket.kernel.vfs.PathNames;

/**
 * A task (process): a pid, descriptors, a cwd, an environment, signal handlers, an address space
 * and threads. It is the system-call interface for code running in it. Each call is counted in
 * {@link #stats()} and, when the kernel traces, logged. Kernel errors become {@code -errno};
 * calls of a task that has ended throw {@link TaskExit}.
 */
public final class Task implements SystemCalls {
    enum State { RUNNING, ZOMBIE, REAPED }

    private static final ThreadLocal<Errno> LAST_ERROR = new ThreadLocal<>();
    /** Faults at one address in a row before a handler that fixes nothing counts as no handler. */
    private static final int MAX_FAULT_RETRIES = 16;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final Kernel kernel;
    private final TaskTable table;
    private final int pid;
    private final String name;
    private final FdTable fds;
    private final Map<String, String> env;
    private final SignalTable signals = new SignalTable();
    private final AddressSpace memory;
    private final SyscallStats stats = new SyscallStats();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final List<ExitListener> exitListeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean exiting = new AtomicBoolean();
    private final AtomicLong finishedThreadsCpuNanos = new AtomicLong();
    private volatile String cwd;
    private volatile long stackLimit;
    private volatile boolean ended;

    // Guarded by the task table.
    volatile Task parent;
    final List<Task> children = new ArrayList<>();
    State state = State.RUNNING;
    int waitStatus;

    /**
     * Creates and registers a task. {@code fds} becomes the task's table; a child usually gets a
     * {@link FdTable#copy()} of its parent's.
     */
    public Task(Kernel kernel, Task parent, String name, FdTable fds, String cwd, Map<String, String> env) {
        this.kernel = kernel;
        this.table = kernel.tasks();
        this.pid = table.nextPid();
        this.parent = parent;
        this.name = name;
        this.fds = fds;
        this.cwd = cwd;
        this.env = Map.copyOf(env);
        this.stackLimit = kernel.config().taskStackBytes();
        this.memory = new AddressSpace(kernel.guestMemory(), kernel.config().taskHeapBytes(), stackLimit);
        table.add(this);
    }

    // ---- kernel-side accessors (not system calls) ----------------------------------------
    public Kernel kernel() { return kernel; }
    /** The pid, for kernel code (not counted as a system call, usable after the task ended). */
    public int pid() { return pid; }
    public String name() { return name; }
    public Task parent() { return parent; }
    public FdTable fds() { return fds; }
    public SyscallStats stats() { return stats; }
    public AddressSpace memory() { return memory; }
    public SignalTable signals() { return signals; }
    public boolean hasEnded() { return ended; }
    public int threadCount() { return threads.size(); }
    public String stateName() { return ended ? "Z (zombie)" : "R (running)"; }

    /** Adds a listener told when this task ends (see {@link ExitListener}). */
    public void onExit(ExitListener listener) { exitListeners.add(listener); }

    /**
     * Makes the calling thread one of this task's threads, so that an exit or a fatal signal
     * interrupts it (for a thread the host created, such as the CLI's main thread).
     */
    public void adoptCurrentThread() { threads.add(Thread.currentThread()); }

    // ---- call bookkeeping ------------------------------------------------------------------
    private long begin() {
        if (ended) throw new TaskExit(WaitStatus.exitCode(waitStatus));
        return System.nanoTime();
    }

    private long end(Syscall call, long t0, long result, Object... args) {
        long dt = System.nanoTime() - t0;
        stats.record(call, result, dt);
        SyscallTracer tr = kernel.tracer();
        if (tr != null) tr.trace(pid, call, result, dt, args);
        if (signals.anyPending()) deliverPending();
        return result;
    }

    /** read/write: no argument array unless tracing, since these are the hot calls. */
    private int endIo(Syscall call, long t0, int result, int fd, int len) {
        long dt = System.nanoTime() - t0;
        stats.record(call, result, dt);
        SyscallTracer tr = kernel.tracer();
        if (tr != null) tr.trace(pid, call, result, dt, fd, len);
        if (signals.anyPending()) deliverPending();
        return result;
    }

    private long run(Syscall call, LongSupplier body, Object... args) {
        long t0 = begin();
        long r;
        try {
            r = body.getAsLong();
        } catch (ErrnoException e) {
            r = -e.errno.code;
        }
        return end(call, t0, r, args);
    }

    private <T> T runNullable(Syscall call, java.util.function.Supplier<T> body, Object... args) {
        long t0 = begin();
        try {
            T v = body.get();
            end(call, t0, 0, args);
            return v;
        } catch (ErrnoException e) {
            LAST_ERROR.set(e.errno);
            end(call, t0, -e.errno.code, args);
            return null;
        }
    }

    private String abs(String path) {
        String a = PathNames.absolute(cwd, path);
        if (a.startsWith("/proc/self") && (a.length() == 10 || a.charAt(10) == '/'))
            a = "/proc/" + pid + a.substring(10);
        return a;
    }

    private static void checkBuffer(byte[] buf, int off, int len) {
        if (buf == null || off < 0 || len < 0 || len > buf.length - off) throw ErrnoException.of(Errno.EFAULT);
    }

    // ---- files -----------------------------------------------------------------------------
    @Override
    public int open(String path, int flags, int mode) {
        return (int) run(Syscall.OPEN, () -> {
            OpenFile f = kernel.vfs().open(abs(path), flags, mode);
            try {
                return fds.install(f);
            } catch (ErrnoException e) {
                f.release();
                throw e;
            }
        }, path, SyscallTracer.hex(flags), SyscallTracer.octal(mode));
    }

    @Override
    public int read(int fd, byte[] buf, int off, int len) { return read(fd, buf, off, len, 0); }

    @Override
    public int read(int fd, byte[] buf, int off, int len, int flags) {
        long t0 = begin();
        int r;
        try {
            checkBuffer(buf, off, len);
            OpenFile f = fds.get(fd);
            if (!f.readable()) throw ErrnoException.of(Errno.EBADF);
            r = f.read(buf, off, len, (flags & RWF_NOWAIT) != 0);
        } catch (ErrnoException e) {
            r = -e.errno.code;
        }
        return endIo(Syscall.READ, t0, r, fd, len);
    }

    @Override
    public int write(int fd, byte[] buf, int off, int len) { return write(fd, buf, off, len, 0); }

    @Override
    public int write(int fd, byte[] buf, int off, int len, int flags) {
        long t0 = begin();
        int r;
        try {
            checkBuffer(buf, off, len);
            OpenFile f = fds.get(fd);
            if (!f.writable()) throw ErrnoException.of(Errno.EBADF);
            r = f.write(buf, off, len, (flags & RWF_NOWAIT) != 0);
        } catch (ErrnoException e) {
            r = -e.errno.code;
        }
        endIo(Syscall.WRITE, t0, r, fd, len);
        // Writing to a pipe nobody reads: EPIPE plus SIGPIPE, whose default ends the task.
        if (r == -Errno.EPIPE.code) deliver(SignalInfo.sent(Signals.SIGPIPE, pid));
        return r;
    }

    @Override
    public long lseek(int fd, long offset, int whence) {
        long t0 = begin(); // written out like read/write: a hot call, so no lambda or boxing
        long r;
        try {
            r = fds.get(fd).seek(offset, whence);
        } catch (ErrnoException e) {
            r = -e.errno.code;
        }
        long dt = System.nanoTime() - t0;
        stats.record(Syscall.LSEEK, r, dt);
        SyscallTracer tr = kernel.tracer();
        if (tr != null) tr.trace(pid, Syscall.LSEEK, r, dt, fd, offset, whence);
        if (signals.anyPending()) deliverPending();
        return r;
    }

    @Override
    public int close(int fd) {
        return (int) run(Syscall.CLOSE, () -> {
            fds.close(fd);
            return 0;
        }, fd);
    }

    @Override
    public int dup(int fd) {
        return (int) run(Syscall.DUP, () -> {
            OpenFile f = fds.get(fd);
            f.retain();
            try {
                return fds.install(f);
            } catch (ErrnoException e) {
                f.release();
                throw e;
            }
        }, fd);
    }

    @Override
    public FileStat stat(String path) { return runNullable(Syscall.STAT, () -> kernel.vfs().stat(abs(path)), path); }

    @Override
    public FileStat lstat(String path) { return runNullable(Syscall.LSTAT, () -> kernel.vfs().lstat(abs(path)), path); }

    @Override
    public int isatty(int fd) { return (int) run(Syscall.ISATTY, () -> fds.get(fd).isTerminal() ? 1 : 0, fd); }

    @Override
    public FileStat fstat(int fd) { return runNullable(Syscall.FSTAT, () -> fds.get(fd).stat(), fd); }

    @Override
    public int mkdir(String path, int mode) {
        return (int) run(Syscall.MKDIR, () -> {
            kernel.vfs().mkdir(abs(path), mode);
            return 0;
        }, path, SyscallTracer.octal(mode));
    }

    @Override
    public int rmdir(String path) {
        return (int) run(Syscall.RMDIR, () -> {
            kernel.vfs().rmdir(abs(path));
            return 0;
        }, path);
    }

    @Override
    public int unlink(String path) {
        return (int) run(Syscall.UNLINK, () -> {
            kernel.vfs().unlink(abs(path));
            return 0;
        }, path);
    }

    @Override
    public int rename(String from, String to) {
        return (int) run(Syscall.RENAME, () -> {
            kernel.vfs().rename(abs(from), abs(to));
            return 0;
        }, from, to);
    }

    @Override
    public List<String> readdir(String path) { return runNullable(Syscall.READDIR, () -> kernel.vfs().list(abs(path)), path); }

    @Override
    public String getcwd() {
        long t0 = begin();
        String c = cwd;
        end(Syscall.GETCWD, t0, 0);
        return c;
    }

    @Override
    public int chdir(String path) {
        return (int) run(Syscall.CHDIR, () -> {
            String a = abs(path);
            if (!kernel.vfs().stat(a).isDirectory()) throw ErrnoException.of(Errno.ENOTDIR);
            cwd = a;
            return 0;
        }, path);
    }

    @Override
    public int pipe(int[] fds) {
        return (int) run(Syscall.PIPE, () -> {
            if (fds == null || fds.length < 2) throw ErrnoException.of(Errno.EFAULT);
            PipeEnd[] ends = Pipe.open(kernel.config().pipeCapacity());
            int r;
            try {
                r = this.fds.install(ends[0]);
            } catch (ErrnoException e) {
                ends[0].release();
                ends[1].release();
                throw e;
            }
            try {
                fds[1] = this.fds.install(ends[1]);
            } catch (ErrnoException e) {
                this.fds.close(r);
                ends[1].release();
                throw e;
            }
            fds[0] = r;
            return 0;
        });
    }

    @Override
    public Errno lastError() { return LAST_ERROR.get(); }

    // ---- clocks ----------------------------------------------------------------------------
    @Override
    public double clockRealtimeMillis() {
        long t0 = begin();
        Instant now = Instant.now();
        end(Syscall.CLOCK_REALTIME, t0, 0);
        return now.getEpochSecond() * 1000.0 + now.getNano() / 1e6;
    }

    @Override
    public long clockMonotonicNanos() {
        long t0 = begin();
        end(Syscall.CLOCK_MONOTONIC, t0, 0);
        return t0;
    }

    @Override
    public long cpuTimeMillis() {
        return run(Syscall.CPU_TIME, () -> {
            long total = finishedThreadsCpuNanos.get();
            boolean self = false;
            for (Thread t : threads) {
                self |= t == Thread.currentThread();
                long n = t.isVirtual() ? -1 : CPU.getThreadCpuTime(t.threadId());
                if (n > 0) total += n;
            }
            if (!self && !Thread.currentThread().isVirtual()) total += Math.max(0, CPU.getCurrentThreadCpuTime());
            return total / 1_000_000;
        });
    }

    @Override
    public int nanosleep(long nanos) {
        return (int) run(Syscall.NANOSLEEP, () -> {
            try {
                Thread.sleep(Duration.ofNanos(Math.max(0, nanos)));
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ErrnoException.of(Errno.EINTR);
            }
        }, nanos);
    }

    // ---- tasks ------------------------------------------------------------------------------
    @Override
    public int getpid() {
        long t0 = begin();
        end(Syscall.GETPID, t0, pid);
        return pid;
    }

    /** Ends the task (all its threads) with {@code status}; never returns: throws {@link TaskExit}. */
    @Override
    public void exit(int status) {
        long t0 = begin();
        end(Syscall.EXIT, t0, 0, status);
        terminate(WaitStatus.exited(status));
        throw new TaskExit(status & 0xff);
    }

    /**
     * Starts a thread of this task. {@code stackBytes > 0}: a platform thread with that stack;
     * {@code 0}: a platform thread with the task's RLIMIT_STACK (1 MB by default, seed paper 4.7);
     * {@code < 0}: a virtual thread (cheap, for many mostly-blocked threads). Returns the thread id.
     * An exception escaping {@code body} ends the whole task, as a crash in any thread of a
     * process does.
     */
    @Override
    public int spawnThread(String name, long stackBytes, Runnable body) {
        return (int) run(Syscall.SPAWN_THREAD, () -> startThread(name, stackBytes, body), name, stackBytes);
    }

    private int startThread(String threadName, long stackBytes, Runnable body) {
        int tid = table.nextTid();
        Thread.Builder b = stackBytes < 0 ? Thread.ofVirtual()
                : Thread.ofPlatform().daemon(true).stackSize(stackBytes == 0 ? stackLimit : stackBytes);
        Thread t = b.name(threadName == null ? name + "/" + tid : threadName).unstarted(() -> runThread(body));
        threads.add(t);
        if (ended) {
            threads.remove(t);
            throw new TaskExit(WaitStatus.exitCode(waitStatus));
        }
        t.start();
        return tid;
    }

    private void runThread(Runnable body) {
        try {
            body.run();
        } catch (TaskExit normal) {
            // The task ended; this thread just stops.
        } catch (Throwable crash) {
            System.err.println("jracket kernel: task " + pid + " (" + name + ") crashed in thread "
                    + Thread.currentThread().getName() + ": " + crash);
            crash.printStackTrace();
            terminate(WaitStatus.signaled(Signals.SIGABRT));
        } finally {
            Thread me = Thread.currentThread();
            if (!me.isVirtual()) finishedThreadsCpuNanos.addAndGet(Math.max(0, CPU.getCurrentThreadCpuTime()));
            threads.remove(me);
        }
    }

    @Override
    public int spawnTask(String taskName, ToIntFunction<SystemCalls> main) {
        return (int) run(Syscall.SPAWN_TASK, () -> {
            Task child = new Task(kernel, this, taskName, fds.copy(), cwd, env);
            child.stackLimit = stackLimit;
            child.startThread(taskName, 0, () -> child.exit(main.applyAsInt(child)));
            return child.pid;
        }, taskName);
    }

    @Override
    public int waitpid(int pid, int[] status, int options) {
        return (int) run(Syscall.WAITPID, () -> {
            if (pid < -1) throw ErrnoException.of(Errno.EINVAL); // no process groups besides our own
            return table.waitChild(this, pid, status, options);
        }, pid, options);
    }

    @Override
    public int cpuCount() {
        long t0 = begin();
        end(Syscall.CPU_COUNT, t0, 0);
        return kernel.config().vcpus();
    }

    @Override
    public String getenv(String var) {
        long t0 = begin();
        String v = var == null ? null : env.get(var);
        end(Syscall.GETENV, t0, v == null ? -Errno.ENOENT.code : 0, var);
        return v;
    }

    /** The task's environment (read-only). */
    public Map<String, String> environment() { return env; }

    // ---- limits ------------------------------------------------------------------------------
    /** RLIMIT_AS is RLIM_INFINITY until set (seed paper 4.6); RLIMIT_STACK is the task stack. */
    @Override
    public long getrlimit(int resource) {
        return run(Syscall.GETRLIMIT, () -> switch (resource) {
            case RLIMIT_AS -> memory.limit();
            case RLIMIT_STACK -> stackLimit;
            default -> throw ErrnoException.of(Errno.EINVAL);
        }, resource);
    }

    @Override
    public int setrlimit(int resource, long value) {
        return (int) run(Syscall.SETRLIMIT, () -> {
            if (value < 0 && value != RLIM_INFINITY) throw ErrnoException.of(Errno.EINVAL);
            switch (resource) {
                case RLIMIT_AS -> memory.setLimit(value);
                case RLIMIT_STACK -> stackLimit = value == RLIM_INFINITY ? 0 : value;
                default -> throw ErrnoException.of(Errno.EINVAL);
            }
            return 0;
        }, resource, value);
    }

    // ---- signals -------------------------------------------------------------------------------
    @Override
    public int kill(int target, int signo) {
        return (int) run(Syscall.KILL, () -> {
            if (signo != 0 && !Signals.valid(signo)) throw ErrnoException.of(Errno.EINVAL);
            Task t = target == 0 ? this : table.get(target);
            if (t == null || t.ended) throw ErrnoException.of(Errno.ESRCH);
            if (signo != 0) t.post(signo);
            return 0;
        }, target, signo);
    }

    /**
     * Sends a signal from outside the task. A signal whose action is to end the task ends it now
     * (interrupting its threads); one with a handler runs at the task's next system call.
     */
    public void post(int signo) {
        SignalHandler h = signals.handler(signo);
        if (signo == Signals.SIGKILL || h == SignalHandler.DEFAULT) {
            if (signo != Signals.SIGKILL && Signals.ignoredByDefault(signo)) return;
            terminate(WaitStatus.signaled(signo));
        } else if (h != SignalHandler.IGNORE) {
            signals.post(signo);
        }
    }

    @Override
    public int sigaction(int signo, SignalHandler handler) {
        return (int) run(Syscall.SIGACTION, () -> {
            if (!Signals.valid(signo) || signo == Signals.SIGKILL || handler == null) throw ErrnoException.of(Errno.EINVAL);
            signals.install(signo, handler);
            return 0;
        }, signo);
    }

    @Override
    public int fcntl(int fd, int cmd, int arg) {
        return (int) run(Syscall.FCNTL, () -> {
            OpenFile f = fds.get(fd);
            switch (cmd) {
                case F_GETFL: return f.flags();
                case F_SETFL: f.setStatusFlags(arg); return 0;
                case F_GETPIPE_SZ: return pipeOf(f).capacity();
                case F_SETPIPE_SZ: pipeOf(f).setCapacity(arg); return arg;
                default: throw ErrnoException.of(Errno.EINVAL);
            }
        }, fd, cmd, arg);
    }

    private static Pipe pipeOf(OpenFile f) {
        if (f instanceof PipeEnd end) return end.pipe();
        throw ErrnoException.of(Errno.EBADF);
    }

    private void deliverPending() {
        int signo;
        while ((signo = signals.take()) != 0) deliver(SignalInfo.sent(signo, 0));
    }

    /** Runs a signal's action on the calling thread; a fatal one ends the task and unwinds. */
    private void deliver(SignalInfo info) {
        SignalHandler h = signals.handler(info.signo());
        if (h == SignalHandler.IGNORE) return;
        if (h == SignalHandler.DEFAULT) {
            if (Signals.ignoredByDefault(info.signo())) return;
            terminate(WaitStatus.signaled(info.signo()));
            throw new TaskExit(128 + info.signo());
        }
        h.handle(info);
    }

    /**
     * Ends the task once: tells the exit listeners (descriptors still open, so a listener can
     * flush), then closes descriptors, frees memory, wakes a waiting parent and interrupts the
     * task's other threads. Returns false if the task had already ended.
     */
    public boolean terminate(int ws) {
        if (!exiting.compareAndSet(false, true)) return false;
        waitStatus = ws;
        for (ExitListener l : exitListeners) l.exited(this, WaitStatus.exitCode(ws));
        ended = true;
        fds.closeAll();
        memory.clear();
        table.ended(this);
        Thread me = Thread.currentThread();
        for (Thread t : threads) if (t != me) t.interrupt();
        return true;
    }

    /** The wait status once ended (see {@link WaitStatus}). */
    public int waitStatus() { return waitStatus; }

    // ---- memory ----------------------------------------------------------------------------
    @Override
    public long mmap(long addr, long length, int prot, int flags) {
        return run(Syscall.MMAP, () -> memory.mmap(addr, length, prot, flags), SyscallTracer.hex(addr), length, prot, flags);
    }

    @Override
    public int munmap(long addr, long length) {
        return (int) run(Syscall.MUNMAP, () -> {
            memory.munmap(addr, length);
            return 0;
        }, SyscallTracer.hex(addr), length);
    }

    @Override
    public int mprotect(long addr, long length, int prot) {
        return (int) run(Syscall.MPROTECT, () -> {
            memory.mprotect(addr, length, prot);
            return 0;
        }, SyscallTracer.hex(addr), length, prot);
    }

    /** Not a system call (a load), so not counted; faults become SIGSEGV (seed paper 4.5). */
    @Override
    public int memRead(long addr, byte[] buf, int off, int len) { return access(addr, buf, off, len, false); }

    @Override
    public int memWrite(long addr, byte[] buf, int off, int len) { return access(addr, buf, off, len, true); }

    private int access(long addr, byte[] buf, int off, int len, boolean write) {
        if (ended) throw new TaskExit(WaitStatus.exitCode(waitStatus));
        Objects.checkFromIndexSize(off, len, buf.length);
        long lastFault = -1;
        int repeats = 0;
        while (true) {
            try {
                if (write) memory.write(addr, buf, off, len);
                else memory.read(addr, buf, off, len);
                return len;
            } catch (PageFault f) {
                repeats = f.address == lastFault ? repeats + 1 : 0;
                lastFault = f.address;
                int signo = f.cause == PageFault.Cause.OUT_OF_MEMORY ? Signals.SIGBUS : Signals.SIGSEGV;
                SignalInfo info = new SignalInfo(signo, pid, f.address, f.write);
                if (repeats >= MAX_FAULT_RETRIES) {
                    // The handler returned without fixing the page; a real CPU would spin forever.
                    terminate(WaitStatus.signaled(signo));
                    throw new TaskExit(128 + signo);
                }
                deliver(info); // returns only if a handler ran: retry the access
            }
        }
    }

    @Override
    public String toString() { return "task " + pid + " (" + name + ")"; }
}
