package org.jracket.vmm.guest;

import org.jracket.kernel.syscall.SystemCalls;

/**
 * What a guest's init task runs, on its init thread, through the guest's system calls; the result
 * is its exit status. {@link RacketInit} runs a config's init command line; the command line's
 * default path can pass its own (one code path for {@code jracket FILE.rkt} and for hosting).
 */
@FunctionalInterface
public interface InitProgram {
    int run(SystemCalls sys) throws Exception;
}
