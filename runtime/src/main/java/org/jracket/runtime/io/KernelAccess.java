package org.jracket.runtime.io;

import org.jracket.kernel.syscall.SystemCalls;

/**
 * The runtime's only way to reach the kernel. Boot code installs the current task's
 * {@link SystemCalls}; a {@link Source} (rather than a plain field) lets a multi-place host
 * later answer per place, e.g. from a thread-local set when a place's threads start.
 */
public final class KernelAccess {
    private KernelAccess() {}

    /** Supplies the SystemCalls of the task the calling thread runs for. */
    @FunctionalInterface
    public interface Source { SystemCalls current(); }

    private static volatile Source source = () -> {
        throw new IllegalStateException("KernelAccess: no SystemCalls installed");
    };

    /** Makes every thread use {@code sys} (single-task hosts and tests). */
    public static void install(SystemCalls sys) {
        source = () -> sys;
    }

    /** Installs a per-thread/per-place lookup. */
    public static void installSource(Source s) { source = s; }

    public static SystemCalls syscalls() { return source.current(); }

    /** The task's working directory, or null if the calling thread has no kernel (unit tests). */
    public static String currentDirectory() {
        try {
            return syscalls().getcwd();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
