package org.jracket.runtime.parallel;

/**
 * An event sync can wait on directly; choice, wrap and guard events are flattened into these
 * first. All methods run with the place lock held, except where an implementation is fed
 * from other places (then it synchronizes itself and only wakes waiters).
 */
public interface BaseEvt {
    Object NOT_READY = new Object();

    /** Completes the event now if it can and returns its result, else {@link #NOT_READY}. */
    Object poll(Waiter w, int index);

    /** Asks to be woken (or committed) when the event may have become ready. */
    default void register(Waiter w, int index) {}

    default void unregister(Waiter w) {}

    /** A System.nanoTime() after which the event is ready by itself (alarms). */
    default long deadline() { return Long.MAX_VALUE; }
}
