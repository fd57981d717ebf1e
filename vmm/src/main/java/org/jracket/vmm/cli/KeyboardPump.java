package org.jracket.vmm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Copies the host's stdin to a guest console on a daemon thread (a blocked read of stdin cannot
 * be interrupted, so the thread is simply left behind when the command ends).
 */
final class KeyboardPump {
    /** Where typed bytes go. */
    interface Target {
        void type(byte[] bytes) throws Exception;
        /** stdin ended, or the detach key was pressed. */
        void end(boolean detachKey) throws Exception;
    }

    private KeyboardPump() {}

    static void start(InputStream in, boolean watchDetachKey, Target target) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    int cut = watchDetachKey ? indexOf(buf, n, (byte) Terminal.DETACH_KEY) : -1;
                    if (cut >= 0) {
                        if (cut > 0) target.type(Arrays.copyOf(buf, cut));
                        target.end(true);
                        return;
                    }
                    target.type(Arrays.copyOf(buf, n));
                }
                target.end(false);
            } catch (IOException e) {
                try { target.end(false); } catch (Exception ignored) { /* the command is ending anyway */ }
            } catch (Exception e) {
                System.err.println("jracket vm: console input: " + e.getMessage());
            }
        }, "vm-keyboard");
        t.setDaemon(true);
        t.start();
    }

    private static int indexOf(byte[] b, int n, byte x) {
        for (int i = 0; i < n; i++) if (b[i] == x) return i;
        return -1;
    }
}
