package org.jracket.runtime.boot;

import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.eval.ExceptionHandling;
import org.jracket.runtime.eval.PlaceContext;
import org.jracket.runtime.io.KernelAccess;
import org.jracket.runtime.io.Ports;

/**
 * Brings up the Racket runtime on a kernel task (as the calling thread's place): connects the runtime to the task's system
 * calls, installs the raise mechanism, and gives the program its standard ports.
 */
public final class Boot {
    private Boot() {}

    /**
     * @param maxDepth Racket calls that may nest on the calling thread's Java stack before the
     *                 stack spills to the heap (size it to the thread's stack)
     */
    public static void initialize(SystemCalls sys, int maxDepth) {
        org.jracket.runtime.eval.Evaluator.setMaxDepth(maxDepth);
        new PlaceContext(sys).enter();
        KernelAccess.installSource(() -> PlaceContext.current().syscalls);
        ExceptionHandling.install();
        // Building the primitive table installs the reader's hooks (prefab, hash, regexp
        // values) before any source is read.
        org.jracket.runtime.prims.KernelPrimitives.table();
        org.jracket.runtime.namespace.SourceReader.install(new SourceFiles());
        Ports.installStandardPorts();
        org.jracket.runtime.log.RootLoggers.install(sys);
    }
}
