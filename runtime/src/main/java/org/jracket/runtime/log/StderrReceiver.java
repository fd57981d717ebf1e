package org.jracket.runtime.log;

import java.nio.charset.StandardCharsets;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.data.MVector;

/**
 * The root logger's receiver for the process's standard error (Racket's PLT_STDERR receiver):
 * each event's message is written as one line straight to descriptor 2 of the place's task,
 * not through current-error-port, as Racket does.
 */
final class StderrReceiver extends LogReceiver {
    private final SystemCalls sys;

    StderrReceiver(TopicLevels wants, SystemCalls sys) {
        super(wants);
        this.sys = sys;
    }

    @Override void deliver(Object event) {
        byte[] line = (((MVector) event).items[1] + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            for (int off = 0; off < line.length; ) {
                int n = sys.write(SystemCalls.STDERR, line, off, line.length - off);
                if (n == -4 /* EINTR */) continue;
                if (n <= 0) return;
                off += n;
            }
        }
    }
}
