package org.jracket.kernel.task;

/**
 * Told when a task ends, before {@code exit} unwinds the caller. The host decides what the end
 * means: the CLI flushes and calls System.exit, the VMM stops the guest.
 */
@FunctionalInterface
public interface ExitListener {
    /** @param exitCode the status given to exit, or 128 + signal if a signal ended the task */
    void exited(Task task, int exitCode);
}
