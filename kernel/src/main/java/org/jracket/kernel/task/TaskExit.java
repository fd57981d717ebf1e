package org.jracket.kernel.task;

/**
 * Thrown by {@code exit} (and by any system call of a task that has ended) so the calling thread
 * unwinds instead of returning to code of a task that no longer exists. It is an Error so that
 * ordinary {@code catch (Exception e)} in the runtime does not swallow it; task threads started by
 * the kernel catch it at their base.
 */
public final class TaskExit extends Error {
    private static final long serialVersionUID = 1L;
    /** The exit code as a shell reports it: the status, or 128 + signal when killed. */
    public final int exitCode;

    public TaskExit(int exitCode) {
        super("task exited with " + exitCode, null, false, false);
        this.exitCode = exitCode;
    }
}
