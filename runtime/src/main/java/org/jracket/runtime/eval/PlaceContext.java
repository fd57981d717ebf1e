package org.jracket.runtime.eval;

import org.jracket.kernel.syscall.SystemCalls;

/**
 * The mutable state of one Racket place (a VMM guest's program is its initial place): the
 * kernel task it runs on and its root parameterization (the root values of all parameters:
 * current ports, current namespace, ...). Compiled code, primitives and symbols are shared
 * by all places; this is what is not. Every {@link Machine} belongs to one place, and
 * threads a place starts belong to it too.
 */
public final class PlaceContext {
    public final SystemCalls syscalls;
    final Parameterization rootParameterization = Parameterization.newRoot();

    public PlaceContext(SystemCalls syscalls) { this.syscalls = syscalls; }

    /** The place of the calling thread. */
    public static PlaceContext current() {
        PlaceContext p = Machine.current().place;
        if (p == null) throw new IllegalStateException("thread is not running in a Racket place");
        return p;
    }

    /** Makes the calling thread run for this place (call first thing on a place's threads). */
    public void enter() { Machine.current().place = this; }
}
