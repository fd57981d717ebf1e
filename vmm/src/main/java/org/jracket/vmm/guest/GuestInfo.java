package org.jracket.vmm.guest;

/**
 * A guest as {@code list} and {@code stats} show it.
 *
 * @param reason        why it stopped ("" while it has not)
 * @param memoryUsed    estimated bytes in use (see {@link MemoryAccountant})
 * @param threads       its Java threads still running
 * @param threadsPaused those stopped at the pause gate
 */
public record GuestInfo(String name, String state, String reason, int exitCode, int cores, long memoryLimit,
                        long memoryUsed, long kernelBytes, long heapEstimate, long allocatedBytes,
                        long uptimeMillis, int threads, int threadsPaused, long syscalls,
                        String consoleStream, long consoleOutputBytes, long consoleInputBytes) {}
