package org.jracket.kernel.signal;

/**
 * A task's reaction to a signal, run on the thread the signal is delivered to. Returning from a
 * SIGSEGV handler retries the faulting access (seed paper 4.5: the fault goes to the task
 * instead of being fatal to the kernel).
 */
@FunctionalInterface
public interface SignalHandler {
    void handle(SignalInfo info);

    /** Marker: take the signal's default action (end the task, or ignore, see {@link Signals}). */
    SignalHandler DEFAULT = info -> {};
    /** Marker: discard the signal. */
    SignalHandler IGNORE = info -> {};
}
