package org.jracket.vmm.cli;

import java.io.File;
import java.io.IOException;

/**
 * The host terminal while attached to a guest. When stdin is a terminal it is switched to
 * non-canonical, no-echo mode so that each key goes to the guest at once and the guest kernel's
 * own line discipline edits and echoes the line (as a serial console does); it is restored on
 * close and at JVM exit. Ctrl-C still interrupts the host command.
 */
final class Terminal implements AutoCloseable {
    /** Ctrl-]: detach, as telnet and virsh console do. */
    static final int DETACH_KEY = 0x1d;

    private final String saved;
    private final Thread restoreAtExit;

    private Terminal(String saved) {
        this.saved = saved;
        this.restoreAtExit = saved == null ? null : new Thread(this::restore, "terminal-restore");
        if (restoreAtExit != null) Runtime.getRuntime().addShutdownHook(restoreAtExit);
    }

    static boolean isInteractive() {
        java.io.Console c = System.console();
        return c != null && c.isTerminal() && new File("/dev/tty").exists();
    }

    /** Raw-ish mode if stdin is a terminal; otherwise nothing changes. */
    static Terminal open() {
        if (!isInteractive()) return new Terminal(null);
        String saved = stty("-g");
        if (saved == null || stty("-icanon -echo min 1") == null) return new Terminal(null);
        return new Terminal(saved.trim());
    }

    boolean raw() { return saved != null; }

    private void restore() { if (saved != null) stty(saved); }

    @Override
    public void close() {
        restore();
        if (restoreAtExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(restoreAtExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    private static String stty(String args) {
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty " + args + " < /dev/tty").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
