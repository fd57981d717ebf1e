package org.jracket.runtime.parallel;

import org.jracket.runtime.module.PrimitiveModules;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * Registers Racket's concurrency and parallelism: threads, events, channels, semaphores,
 * thread cells, custodians and shared storage go into {@code '#%kernel} (they are in
 * racket/base); futures, places and async channels are the primitive modules
 * {@code '#%futures}, {@code '#%place} and {@code '#%async-channel}, which
 * racket/future, racket/place and racket/async-channel re-export.
 */
public final class ParallelPrims {
    private ParallelPrims() {}

    public static void register(PrimitiveTable kernel) {
        // pipe and console waits in the kernel let the place's other threads run
        org.jracket.runtime.io.Blocking.install(action -> {
            RacketThread me = RacketThread.current();
            if (me == null || !me.scheduler.holds()) return action.getAsInt();
            return me.scheduler.outside(me, action::getAsInt);
        });
        ThreadPrims.register(kernel);
        Breaks.register(kernel);
        SyncPrims.register(kernel);
        SharedStoragePrims.register(kernel);
        PrimitiveModules.register(FuturePrims.table());
        PrimitiveModules.register(PlacePrims.table());
        PrimitiveModules.register(AsyncChannelPrims.table());
    }
}
