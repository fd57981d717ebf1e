package org.jracket.runtime.boot;

import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.eval.ExceptionHandling;
import org.jracket.runtime.io.KernelAccess;
import org.jracket.runtime.io.Ports;

/**
 * Brings up the Racket runtime on a kernel task: connects the runtime to the task's system
 * calls, installs the raise mechanism, and gives the program its standard ports.
 */
public final class Boot {
    private Boot() {}

    public static void initialize(SystemCalls sys) {
        KernelAccess.install(sys);
        ExceptionHandling.install();
        Ports.installStandardPorts();
    }
}
