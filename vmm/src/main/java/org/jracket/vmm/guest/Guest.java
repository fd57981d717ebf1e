package org.jracket.vmm.guest;

import java.util.concurrent.TimeUnit;

import org.jracket.kernel.Kernel;
import org.jracket.kernel.KernelConfig;
import org.jracket.kernel.mem.PagePool;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.kernel.task.TaskExit;
import org.jracket.vmm.config.GuestConfig;
import org.jracket.vmm.devices.ConsoleStream;
import org.jracket.vmm.image.GuestImage;

/**
 * One guest: its own kernel (file system, console, tasks, memory pools) and its init program,
 * driven through the {@link GuestState} machine. Whatever the guest does can only end this
 * guest: its failures become a {@link StopReason}, never an exception in the monitor.
 */
public final class Guest implements MemoryAccountant.Account {
    /** The init thread's Java stack, as the command line's main thread (reserved, not committed). */
    static final long INIT_STACK_BYTES = 1L << 30;

    private final String name;
    private final GuestConfig config;
    private final ConsoleStream console;
    private final Kernel kernel;
    private final InitProgram init;
    private final MemoryAccountant accountant;
    private final PauseGate gate = new PauseGate();
    private final GuestThreads threads;
    private final long createdNanos = System.nanoTime();
    private GuestState state = GuestState.CREATED;
    private StopReason reason;
    private long launchedNanos, stoppedNanos;

    private Guest(String name, GuestConfig config, ConsoleStream console, Kernel kernel, InitProgram init, MemoryAccountant accountant) {
        this.name = name;
        this.config = config;
        this.console = console;
        this.kernel = kernel;
        this.init = init;
        this.accountant = accountant;
        this.threads = new GuestThreads(accountant.enabled());
    }

    /**
     * Boots the guest's kernel; nothing of the guest runs until {@link #launch()}. {@code stdio}:
     * host streams for init's descriptors 0, 1, 2 instead of the console (the command line's
     * guest), or null.
     */
    public static Guest create(String name, GuestConfig config, GuestImage image, InitProgram init, MemoryAccountant accountant,
                               KernelConfig.Stdio stdio) throws GuestSetupException {
        GuestConfig.ConsoleDevice c = config.console();
        ConsoleStream console = new ConsoleStream(c.id(), c.stream(), (int) c.scrollbackBytes());
        Kernel kernel = GuestKernel.boot(config, image, console, stdio);
        console.connect(kernel.console());
        Guest g = new Guest(name, config, console, kernel, init, accountant);
        kernel.init().onExit((task, code) -> g.end(StopReason.exited(code)));
        return g;
    }

    // ---- lifecycle -------------------------------------------------------------------------
    public void launch() throws LifecycleException {
        synchronized (this) {
            move(GuestState.Action.LAUNCH);
            launchedNanos = System.nanoTime();
        }
        accountant.register(this);
        int tid = kernel.init().spawnThread("guest-" + name + "-init", INIT_STACK_BYTES, threads.wrap(this::runInit));
        if (tid < 0) end(new StopReason(StopReason.Kind.BOOT_FAILED, 1, "cannot start the init thread (errno " + -tid + ")"));
    }

    public void pause() throws LifecycleException {
        synchronized (this) {
            move(GuestState.Action.PAUSE);
            gate.close();
        }
    }

    public void resume() throws LifecycleException {
        synchronized (this) {
            move(GuestState.Action.CONTINUE);
            gate.open();
        }
    }

    public void stop() throws LifecycleException {
        synchronized (this) {
            if (state.after(GuestState.Action.STOP) == null) throw refused(GuestState.Action.STOP);
        }
        end(new StopReason(StopReason.Kind.STOPPED, 128 + 9, "stopped by the host"));
    }

    /** Checks that the guest may be freed, and releases its kernel. */
    public void free() throws LifecycleException {
        synchronized (this) {
            if (state.after(GuestState.Action.FREE) == null) throw refused(GuestState.Action.FREE);
            state = GuestState.STOPPED;
            if (reason == null) reason = new StopReason(StopReason.Kind.STOPPED, 0, "freed before launch");
        }
        kernel.shutdown();
        console.close();
    }

    private void move(GuestState.Action action) throws LifecycleException {
        GuestState next = state.after(action);
        if (next == null) throw refused(action);
        state = next;
    }

    private LifecycleException refused(GuestState.Action action) {
        return new LifecycleException("cannot " + action.name().toLowerCase(java.util.Locale.ROOT) + " guest '" + name
                + "': " + state.refusal(action));
    }

    /** The guest ends (first reason wins): its tasks are killed, waiters and attached consoles told. */
    void end(StopReason why) {
        synchronized (this) {
            if (state == GuestState.STOPPED) return;
            state = GuestState.STOPPED;
            reason = why;
            stoppedNanos = System.nanoTime();
            notifyAll();
        }
        gate.open();
        accountant.unregister(this);
        kernel.shutdown();
        console.close();
    }

    private void runInit() {
        SystemCalls sys = new GuestSystemCalls(kernel.init(), gate, threads);
        try {
            sys.exit(init.run(sys));
        } catch (TaskExit normal) {
            // The init task ended; the exit listener has recorded why.
        } catch (BootFailure e) {
            end(new StopReason(StopReason.Kind.BOOT_FAILED, 1, e.getMessage()));
        } catch (OutOfMemoryError e) {
            end(new StopReason(StopReason.Kind.OUT_OF_MEMORY, 137, "the host heap ran out while this guest allocated"));
        } catch (Throwable e) {
            end(new StopReason(StopReason.Kind.CRASHED, 134, String.valueOf(e)));
        }
    }

    /** Waits until the guest has stopped; false on timeout. */
    public synchronized boolean awaitStopped(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (state != GuestState.STOPPED) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return false;
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    // ---- memory accounting ------------------------------------------------------------------
    @Override public long allocatedBytes() { return threads.allocatedBytes(); }

    @Override
    public long kernelBytes() {
        return (kernel.kernelMemory().usedPages() + kernel.guestMemory().usedPages()) * PagePool.PAGE_SIZE;
    }

    @Override public long limitBytes() { return config.memoryBytes(); }

    @Override
    public void outOfMemory(String detail) { end(new StopReason(StopReason.Kind.OUT_OF_MEMORY, 137, detail)); }

    // ---- views ------------------------------------------------------------------------------
    public String name() { return name; }
    public GuestConfig config() { return config; }
    public ConsoleStream console() { return console; }
    public Kernel kernel() { return kernel; }
    public synchronized GuestState state() { return state; }
    public synchronized StopReason reason() { return reason; }

    public GuestInfo info() {
        GuestState s;
        StopReason r;
        long up;
        synchronized (this) {
            s = state;
            r = reason;
            long now = s == GuestState.STOPPED ? stoppedNanos : System.nanoTime();
            up = launchedNanos == 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(Math.max(0, now - launchedNanos));
        }
        long kernelBytes = kernelBytes(), heap = accountant.heapEstimate(this);
        return new GuestInfo(name, s.label(), r == null ? "" : r.toString(), r == null ? -1 : r.exitCode(),
                config.cores(), config.memoryBytes(), Math.max(kernelBytes, heap), kernelBytes, heap, allocatedBytes(),
                up, threads.liveCount(), gate.waiting(), kernel.syscallStats().totalCalls(),
                console.stream(), console.outputBytes(), console.inputBytes());
    }

    long createdNanos() { return createdNanos; }
}
