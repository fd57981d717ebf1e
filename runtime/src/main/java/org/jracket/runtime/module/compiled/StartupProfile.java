package org.jracket.runtime.module.compiled;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Start-up timing, printed to the JVM's stderr when the launcher runs with JRACKET_PROFILE set
 * (system property jracket.profile): each compiled module loaded with the JVM's uptime and the
 * running totals of reading and decoding compiled files. Off, it
 * costs one branch per module.
 */
public final class StartupProfile {
    private StartupProfile() {}

    public static final boolean ON = Boolean.getBoolean("jracket.profile");
    private static final AtomicLong IO = new AtomicLong(), DECODE = new AtomicLong(), BYTES = new AtomicLong();
    private static final AtomicLong MODULES = new AtomicLong();

    static long now() { return ON ? System.nanoTime() : 0; }

    static void loaded(String path, int bytes, long ioNanos, long decodeNanos) {
        if (!ON) return;
        IO.addAndGet(ioNanos);
        DECODE.addAndGet(decodeNanos);
        BYTES.addAndGet(bytes);
        MODULES.incrementAndGet();
        System.err.printf("[jracket %7.1f ms] compiled %s: %d KB, io+hash %.2f ms, decode %.2f ms"
                + " (so far %d modules, io+hash %.1f ms, decode %.1f ms)%n", uptime(), path, bytes / 1024,
                ms(ioNanos), ms(decodeNanos), MODULES.get(), ms(IO.get()), ms(DECODE.get()));
    }

    /** A start-up event. */
    public static void note(String what) {
        if (ON) System.err.printf("[jracket %7.1f ms] %s%n", uptime(), what);
    }

    /** A start-up event about a file (the message is made only when profiling). */
    public static void note(String what, String path) {
        if (ON) note(what + " " + path);
    }

    private static double uptime() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private static double ms(long nanos) { return nanos / 1e6; }
}
