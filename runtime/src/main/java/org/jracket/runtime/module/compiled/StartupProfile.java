package org.jracket.runtime.module.compiled;

/**
 * Start-up timing, printed to the JVM's stderr when the launcher runs with JRACKET_PROFILE set
 * (system property jracket.profile): where the time of loading the libraries goes. Off, it
 * costs one branch per module.
 */
public final class StartupProfile {
    private StartupProfile() {}

    public static final boolean ON = Boolean.getBoolean("jracket.profile");
    private static final long START = System.nanoTime();

    static long now() { return ON ? System.nanoTime() : 0; }

    static void loaded(String path, int bytes, long ioNanos, long readNanos) {
        if (ON) {
            System.err.printf("[jracket %7.1f ms] compiled %s: %d KB, io+hash %.2f ms, decode %.2f ms%n",
                    ms(System.nanoTime() - START), path, bytes / 1024, ms(ioNanos), ms(readNanos));
        }
    }

    /** A start-up event (the CLI marks boot and the end of the init library). */
    public static void note(String what) {
        if (ON) System.err.printf("[jracket %7.1f ms] %s%n", ms(System.nanoTime() - START), what);
    }

    private static double ms(long nanos) { return nanos / 1e6; }
}
