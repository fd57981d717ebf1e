package org.jracket.vmm.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated guest description (the config file's meaning). Host paths are absolute: relative
 * ones were resolved against the config file's directory.
 *
 * @param name        the guest's default name
 * @param memoryBytes all memory the guest may use: kernel pages plus its share of the Java heap
 * @param cores       vCPUs: what {@code SystemCalls.cpuCount()} answers, so futures and places size by it
 */
public record GuestConfig(String name, long memoryBytes, int cores, ConsoleDevice console,
                          Collections collections, List<ProgramFile> files, InitTask init,
                          KernelLimits limits, List<HostMount> mounts, Map<String, String> env) {

    /** The serial console; {@code stream} is the char stream's name (Palacios CHAR_STREAM). */
    public record ConsoleDevice(String id, String stream, long scrollbackBytes) {}

    /** Where the Racket library comes from: {@code builtin} (null path) or a host directory; unpacked at root. */
    public record Collections(Path hostDir, String root) {
        public boolean builtin() { return hostDir == null; }
    }

    /** A host file or directory packed into the image, placed at {@code dest} in the guest. */
    public record ProgramFile(Path src, String dest) {}

    /** The init task's command line and working directory. */
    public record InitTask(List<String> args, String cwd, InitCommandLine commandLine) {}

    public record KernelLimits(long taskHeapBytes, long taskStackBytes, long maxFileBytes, long kernelPoolBytes) {}

    /** A host directory mounted into the guest; read-only unless {@code writable}. */
    public record HostMount(Path src, String dest, boolean writable) {}
}
