package org.jracket.vmm.config;

import java.nio.file.Path;
import java.util.List;

import org.jracket.kernel.KernelConfig;

/**
 * The guest that {@code jracket FILE.rkt} runs its program in (the default configuration): all
 * host cores unless told otherwise, the JVM's heap as its memory, the host's "/" (and /dev)
 * mounted read-write at the same paths with the user's working directory as init's cwd, so that
 * relative and absolute paths mean what they mean to {@code racket}; the host environment. The
 * builtin collections are read in place from the class path: there is no image to build
 * ({@code GuestImage.NONE}).
 */
public final class CommandLineGuest {
    /** The guest's name in its monitor. */
    public static final String NAME = "main";

    private CommandLineGuest() {}

    /**
     * @param cores       vCPUs ({@code cpuCount()}), 0 for all of the host's
     * @param memoryBytes the guest's memory limit, 0 for the JVM's maximum heap
     * @param args        racket's flags and arguments ({@link InitCommandLine})
     */
    public static GuestConfig config(Path cwd, int cores, long memoryBytes, List<String> args) throws InitCommandLine.BadArgument {
        KernelConfig d = KernelConfig.defaults();
        long memory = memoryBytes > 0 ? memoryBytes : Runtime.getRuntime().maxMemory();
        int vcpus = cores > 0 ? cores : Runtime.getRuntime().availableProcessors();
        String dir = cwd.toAbsolutePath().normalize().toString();
        return new GuestConfig(NAME, memory, vcpus,
                new GuestConfig.ConsoleDevice("console", "jracket", 4096),
                new GuestConfig.Collections(null, org.jracket.kernel.Kernel.COLLECTS_MOUNT), List.of(),
                new GuestConfig.InitTask(List.copyOf(args), dir, InitCommandLine.parse(args)),
                new GuestConfig.KernelLimits(Math.min(d.taskHeapBytes(), memory), d.taskStackBytes(), d.maxFileBytes(),
                        Math.min(d.kernelPoolBytes(), memory)),
                List.of(new GuestConfig.HostMount(Path.of("/"), "/", true), new GuestConfig.HostMount(Path.of("/dev"), "/dev", true)),
                System.getenv());
    }
}
