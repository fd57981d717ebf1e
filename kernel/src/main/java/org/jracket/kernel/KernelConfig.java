package org.jracket.kernel;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jracket.kernel.console.Console;
import org.jracket.kernel.hostfs.HostFs;
import org.jracket.kernel.pipe.Pipe;
import org.jracket.kernel.vfs.FileSystem;

/**
 * Boot parameters of a kernel. The memory defaults are those the seed paper (4.7) settled on to
 * run Racket on Kitten: files up to 512*800 bytes in the in-memory file system, a 1024 MB kernel
 * memory pool for it, a 200 MB task heap and a 1 MB task stack.
 *
 * @param maxFileBytes     largest kfs file (EFBIG beyond)
 * @param kernelPoolBytes  kernel memory pool holding kfs data (ENOSPC when spent)
 * @param taskHeapBytes    heap region of each task's address space
 * @param taskStackBytes   stack region and default thread stack (RLIMIT_STACK)
 * @param guestMemoryBytes physical memory backing all task address spaces
 * @param vcpus            CPUs a task may use in parallel
 * @param mounts           extra file systems, mounted in order after the defaults
 * @param env              environment of the init task
 * @param consoleSink      where console output goes (the VMM's screen or serial port)
 * @param consoleBufferBytes size of the console input FIFO
 * @param pipeCapacity     bytes a pipe buffers
 * @param stdio            the init task's descriptors 0, 1, 2: host streams, or null for the console
 */
public record KernelConfig(long maxFileBytes, long kernelPoolBytes, long taskHeapBytes, long taskStackBytes,
                           long guestMemoryBytes, int vcpus, List<MountSpec> mounts, Map<String, String> env,
                           Console.Sink consoleSink, int consoleBufferBytes, int pipeCapacity, Stdio stdio) {
    public static final long MB = 1024 * 1024;

    /**
     * Host streams as init's standard descriptors (the command line's program: writes reach the
     * stream at once, a read returns what the stream has ready). {@code terminal}: what
     * {@code isatty} answers for them.
     */
    public record Stdio(InputStream in, OutputStream out, OutputStream err, boolean terminal) {
        /** The JVM's own streams; Java can only tell whether stdin and stdout are both a terminal. */
        public static Stdio ofProcess() {
            java.io.Console c = System.console();
            return new Stdio(System.in, System.out, System.err, c != null && c.isTerminal());
        }
    }

    /** A file system to mount at boot; built from the kernel so it can use its memory pools. */
    public record MountSpec(String path, Function<Kernel, FileSystem> fileSystem) {}

    public static KernelConfig defaults() {
        return new KernelConfig(512 * 800, 1024 * MB, 200 * MB, MB, 2048 * MB,
                Runtime.getRuntime().availableProcessors(), List.of(), Map.of(),
                (b, o, l) -> {}, 4096, Pipe.DEFAULT_CAPACITY, null);
    }

    /**
     * The command line's kernel ({@code jracket FILE.rkt}): host "/" read-write at "/" (host /dev
     * too), so absolute and relative paths mean what they mean to {@code racket}; the runtime's
     * Racket library from the class path read-only at {@value Kernel#COLLECTS_MOUNT}; the host
     * process's environment; the given streams as descriptors 0, 1, 2.
     */
    public static KernelConfig hostProcess(Stdio stdio) {
        return defaults().withEnv(System.getenv())
                .withMount("/", k -> new HostFs(Path.of("/"), false))
                .withMount("/dev", k -> new HostFs(Path.of("/dev"), false))
                .withMount(Kernel.COLLECTS_MOUNT, k -> Kernel.classPathCollections())
                .withStdio(stdio);
    }

    public KernelConfig withMaxFileBytes(long v) { return new KernelConfig(v, kernelPoolBytes, taskHeapBytes, taskStackBytes, guestMemoryBytes, vcpus, mounts, env, consoleSink, consoleBufferBytes, pipeCapacity, stdio); }
    public KernelConfig withKernelPoolBytes(long v) { return new KernelConfig(maxFileBytes, v, taskHeapBytes, taskStackBytes, guestMemoryBytes, vcpus, mounts, env, consoleSink, consoleBufferBytes, pipeCapacity, stdio); }
    public KernelConfig withTaskHeapBytes(long v) { return new KernelConfig(maxFileBytes, kernelPoolBytes, v, taskStackBytes, guestMemoryBytes, vcpus, mounts, env, consoleSink, consoleBufferBytes, pipeCapacity, stdio); }
    public KernelConfig withTaskStackBytes(long v) { return new KernelConfig(maxFileBytes, kernelPoolBytes, taskHeapBytes, v, guestMemoryBytes, vcpus, mounts, env, consoleSink, consoleBufferBytes, pipeCapacity, stdio); }
    public KernelConfig withGuestMemoryBytes(long v) { return new KernelConfig(maxFileBytes, kernelPoolBytes, taskHeapBytes, taskStackBytes, v, vcpus, mounts, env, consoleSink, consoleBufferBytes, pipeCapacity, stdio); }
    public KernelConfig withVcpus(int v) { return new KernelConfig(maxFileBytes, kernelPoolBytes, taskHeapBytes, taskStackBytes, guestMemoryBytes, v, mounts, env, consoleSink, consoleBufferBytes, pipeCapacity, stdio); }
    public KernelConfig withEnv(Map<String, String> v) { return new KernelConfig(maxFileBytes, kernelPoolBytes, taskHeapBytes, taskStackBytes, guestMemoryBytes, vcpus, mounts, Map.copyOf(v), consoleSink, consoleBufferBytes, pipeCapacity, stdio); }
    public KernelConfig withConsoleSink(Console.Sink v) { return new KernelConfig(maxFileBytes, kernelPoolBytes, taskHeapBytes, taskStackBytes, guestMemoryBytes, vcpus, mounts, env, v, consoleBufferBytes, pipeCapacity, stdio); }
    public KernelConfig withPipeCapacity(int v) { return new KernelConfig(maxFileBytes, kernelPoolBytes, taskHeapBytes, taskStackBytes, guestMemoryBytes, vcpus, mounts, env, consoleSink, consoleBufferBytes, v, stdio); }

    public KernelConfig withStdio(Stdio v) { return new KernelConfig(maxFileBytes, kernelPoolBytes, taskHeapBytes, taskStackBytes, guestMemoryBytes, vcpus, mounts, env, consoleSink, consoleBufferBytes, pipeCapacity, v); }

    /** Adds a mount; later mounts at the same path replace earlier ones. */
    public KernelConfig withMount(String path, Function<Kernel, FileSystem> fs) {
        List<MountSpec> m = new ArrayList<>(mounts);
        m.add(new MountSpec(path, fs));
        return new KernelConfig(maxFileBytes, kernelPoolBytes, taskHeapBytes, taskStackBytes, guestMemoryBytes, vcpus, List.copyOf(m), env, consoleSink, consoleBufferBytes, pipeCapacity, stdio);
    }
}
