package org.jracket.kernel;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.jracket.kernel.console.Console;
import org.jracket.kernel.console.ConsoleFile;
import org.jracket.kernel.devfs.DevFs;
import org.jracket.kernel.hostfs.HostInput;
import org.jracket.kernel.hostfs.HostOutput;
import org.jracket.kernel.kfs.Kfs;
import org.jracket.kernel.mem.PagePool;
import org.jracket.kernel.procfs.ProcFs;
import org.jracket.kernel.resfs.ResourceFs;
import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.task.FdTable;
import org.jracket.kernel.task.Task;
import org.jracket.kernel.task.TaskTable;
import org.jracket.kernel.trace.SyscallStats;
import org.jracket.kernel.trace.SyscallTracer;
import org.jracket.kernel.vfs.PathNames;
import org.jracket.kernel.vfs.Vfs;

/**
 * A booted kernel: memory pools, the VFS, the console, the task table, and the init task.
 *
 * <p>One way to boot, {@link #boot(KernelConfig)}: by default a guest as in the seed paper (an
 * in-memory kfs at "/", /proc, /dev with the console, init's descriptors 0, 1, 2 on the console;
 * feed console input with {@link #console()}); {@link KernelConfig#hostProcess} configures the
 * command line's kernel instead (the host's files at "/", the runtime's Racket library at
 * /collects, descriptors 0, 1, 2 on host streams). {@link #forHostProcess} boots that in-process.
 */
public final class Kernel {
    /** Resource directory of the runtime's Racket library on the class path. */
    public static final String COLLECTS_RESOURCE = "collects";
    /** Where that library is mounted. */
    public static final String COLLECTS_MOUNT = "/collects";

    private final KernelConfig config;
    private final PagePool kernelMemory;
    private final PagePool guestMemory;
    private final Vfs vfs = new Vfs();
    private final TaskTable tasks = new TaskTable();
    private final Console console;
    private volatile SyscallTracer tracer;
    private Task init;

    private Kernel(KernelConfig config) {
        this.config = config;
        this.kernelMemory = new PagePool("kernel", config.kernelPoolBytes());
        this.guestMemory = new PagePool("guest", config.guestMemoryBytes());
        this.console = new Console(config.consoleBufferBytes(), config.consoleSink());
    }

    /**
     * Boots a kernel: an in-memory kfs at "/" (with /tmp), /proc, /dev (console, null, zero), then
     * the configured mounts (one at "/" replaces the kfs); the init task's descriptors 0, 1, 2 are
     * the console, or the configured host streams.
     */
    public static Kernel boot(KernelConfig config) { return boot(config, "/"); }

    /** As {@link #boot(KernelConfig)}, with init's cwd (absolute, not checked). */
    public static Kernel boot(KernelConfig config, String initCwd) {
        Kernel k = new Kernel(config);
        Kfs root = new Kfs(k.kernelMemory, config.maxFileBytes());
        k.vfs.mount("/", root);
        root.mkdir("tmp", 0777);
        k.vfs.mount("/proc", new ProcFs(k));
        k.vfs.mount("/dev", new DevFs(k.console));
        k.mountConfigured();
        FdTable fds = new FdTable();
        KernelConfig.Stdio io = config.stdio();
        if (io == null) {
            fds.installAt(0, new ConsoleFile(k.console, OpenFlags.O_RDONLY));
            fds.installAt(1, new ConsoleFile(k.console, OpenFlags.O_WRONLY));
            fds.installAt(2, new ConsoleFile(k.console, OpenFlags.O_WRONLY));
        } else {
            fds.installAt(0, new HostInput(io.in(), "stdin", io.terminal()));
            fds.installAt(1, new HostOutput(io.out(), "stdout", io.terminal()));
            fds.installAt(2, new HostOutput(io.err(), "stderr", io.terminal()));
        }
        k.init = new Task(k, null, "init", fds, initCwd, config.env());
        return k;
    }

    /**
     * Boots a kernel for a program run in this process on the host's files
     * ({@link KernelConfig#hostProcess}) with the given streams as descriptors 0, 1, 2 and
     * {@code hostCwd} as init's cwd. The calling thread is adopted by the init task. Install an
     * exit listener with {@code kernel.init().onExit(...)}.
     */
    public static Kernel forHostProcess(Path hostCwd, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        java.io.Console c = System.console();
        KernelConfig config = KernelConfig.hostProcess(new KernelConfig.Stdio(stdin, stdout, stderr, c != null && c.isTerminal()));
        Kernel k = boot(config, PathNames.absolute("/", hostCwd.toAbsolutePath().normalize().toString()));
        k.init.adoptCurrentThread();
        return k;
    }

    /** The runtime's Racket library: the class-path resource directory {@value #COLLECTS_RESOURCE}, read-only. */
    public static ResourceFs classPathCollections() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return ResourceFs.of(loader != null ? loader : Kernel.class.getClassLoader(), COLLECTS_RESOURCE);
    }

    private void mountConfigured() {
        for (KernelConfig.MountSpec m : config.mounts()) vfs.mount(m.path(), m.fileSystem().apply(this));
    }

    // ---- accessors ---------------------------------------------------------------------------
    public KernelConfig config() { return config; }
    public Vfs vfs() { return vfs; }
    public TaskTable tasks() { return tasks; }
    public Console console() { return console; }
    /** The first task; its {@code SystemCalls} are what the runtime's main program uses. */
    public Task init() { return init; }
    /** Pool holding kfs file data (seed paper 4.7). */
    public PagePool kernelMemory() { return kernelMemory; }
    /** Physical memory behind task address spaces. */
    public PagePool guestMemory() { return guestMemory; }

    /** Creates a task with no thread of its own yet (the caller runs its code). */
    public Task createTask(Task parent, String name, String cwd, Map<String, String> env) {
        return new Task(this, parent, name, parent != null ? parent.fds().copy() : new FdTable(), cwd, env);
    }

    /** Ends every task (SIGKILL), as when the VMM stops the guest. */
    public void shutdown() {
        for (Task t : tasks.all()) t.terminate(org.jracket.kernel.task.WaitStatus.signaled(org.jracket.kernel.signal.Signals.SIGKILL));
        console.hangUp();
    }

    // ---- tracing -----------------------------------------------------------------------------
    /** Logs every system call of every task, strace style, to {@code out}; null stops tracing. */
    public void traceTo(Consumer<String> out) { tracer = out == null ? null : new SyscallTracer(out); }

    /** The active tracer, or null. */
    public SyscallTracer tracer() { return tracer; }

    /** Counts over all tasks, including ended ones. */
    public SyscallStats syscallStats() { return tasks.totalStats(); }

    /** A table like {@code strace -c} over all tasks, for {@code jracket --trace-syscalls}. */
    public String syscallSummary() { return syscallStats().summary(); }
}
