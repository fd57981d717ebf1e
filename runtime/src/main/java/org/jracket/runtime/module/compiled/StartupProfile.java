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
        print("compiled " + path + ": " + bytes / 1024 + " KB, io+hash " + ms(ioNanos) + " ms, decode " + ms(decodeNanos)
                + " ms (so far " + MODULES.get() + " modules, io+hash " + ms(IO.get()) + " ms, decode " + ms(DECODE.get()) + " ms)");
    }

    /** A start-up event. */
    public static void note(String what) {
        if (ON) print(what);
    }

    /** A start-up event about a file (the message is made only when profiling). */
    public static void note(String what, String path) {
        if (ON) note(what + " " + path);
    }

    /**
     * One line with the JVM's uptime. Neither printf nor the management bean at each event: their
     * first use costs milliseconds of class loading, which would be charged to the next phase.
     */
    private static synchronized void print(String what) {
        if (uptimeBase == Long.MIN_VALUE) {
            long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            uptimeBase = uptime * 1_000_000L - System.nanoTime();
        }
        long now = System.nanoTime();
        System.err.println("[jracket " + ms(now + uptimeBase) + " ms] " + what);
    }

    private static long uptimeBase = Long.MIN_VALUE;

    /** Milliseconds with two decimals, without a Formatter. */
    private static String ms(long nanos) {
        long hundredths = Math.round(nanos / 1e4);
        long frac = hundredths % 100;
        return hundredths / 100 + (frac < 10 ? ".0" : ".") + frac;
    }
}
