package org.jracket.kernel.signal;

/** Signal numbers (Linux x86-64 values) and their default actions. */
public final class Signals {
    public static final int SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGABRT = 6, SIGBUS = 7,
            SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12, SIGPIPE = 13, SIGALRM = 14,
            SIGTERM = 15, SIGCHLD = 17, SIGCONT = 18, SIGWINCH = 28;
    /** Signals are 1..MAX-1. */
    public static final int MAX = 32;

    private Signals() {}

    /** True if the default action ignores the signal instead of ending the task. */
    public static boolean ignoredByDefault(int signo) {
        return signo == SIGCHLD || signo == SIGCONT || signo == SIGWINCH;
    }

    public static boolean valid(int signo) { return signo > 0 && signo < MAX; }

    public static String name(int signo) {
        return switch (signo) {
            case SIGHUP -> "SIGHUP"; case SIGINT -> "SIGINT"; case SIGQUIT -> "SIGQUIT";
            case SIGABRT -> "SIGABRT"; case SIGBUS -> "SIGBUS"; case SIGKILL -> "SIGKILL";
            case SIGUSR1 -> "SIGUSR1"; case SIGSEGV -> "SIGSEGV"; case SIGUSR2 -> "SIGUSR2";
            case SIGPIPE -> "SIGPIPE"; case SIGALRM -> "SIGALRM"; case SIGTERM -> "SIGTERM";
            case SIGCHLD -> "SIGCHLD"; case SIGCONT -> "SIGCONT"; case SIGWINCH -> "SIGWINCH";
            default -> "SIG" + signo;
        };
    }
}
