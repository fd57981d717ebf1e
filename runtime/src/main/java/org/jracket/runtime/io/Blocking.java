package org.jracket.runtime.io;

import java.util.function.IntSupplier;
import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.SystemCalls;

/**
 * Runs system calls that may wait (pipe and console reads, pipe writes). Racket threads of a
 * place run one at a time under the place's lock, so a thread must let go of it while it waits
 * in the kernel, or the thread that would feed the pipe could never run. The scheduler installs
 * a {@link Runner} that does that; until then (or for a thread that is no Racket thread) the
 * call simply runs.
 */
public final class Blocking {
    private Blocking() {}

    /** Runs action with the calling thread's place lock released. */
    @FunctionalInterface
    public interface Runner { int run(IntSupplier action); }

    private static volatile Runner runner = IntSupplier::getAsInt;

    public static void install(Runner r) { runner = r; }

    /** Runs a call that may wait, retrying after EINTR (a getpid lets a pending kill end us). */
    static int call(SystemCalls sys, IntSupplier syscall) {
        while (true) {
            int r = runner.run(syscall);
            if (r != -Errno.EINTR.code) return r;
            sys.getpid();
        }
    }
}
