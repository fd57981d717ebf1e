package org.jracket.kernel.task;

/** Encoding of waitpid statuses, as Linux does it (WIFEXITED & co). */
public final class WaitStatus {
    private WaitStatus() {}

    public static int exited(int status) { return (status & 0xff) << 8; }
    public static int signaled(int signo) { return signo & 0x7f; }

    public static boolean ifExited(int ws) { return (ws & 0x7f) == 0; }
    public static int exitStatus(int ws) { return (ws >> 8) & 0xff; }
    public static boolean ifSignaled(int ws) { return (ws & 0x7f) != 0; }
    public static int termSig(int ws) { return ws & 0x7f; }

    /** The code a shell would report: the exit status, or 128 + signal. */
    public static int exitCode(int ws) { return ifExited(ws) ? exitStatus(ws) : 128 + termSig(ws); }
}
