package org.jracket.runtime.parallel;

import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.eval.Evaluator;
import org.jracket.runtime.eval.Machine;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.KernelPrimitives;

/**
 * Starts a Racket thread: a virtual thread of the place's kernel task that enters the place,
 * takes the place lock, and runs the thunk under the creator's parameterization at a top
 * level (an uncaught error is reported and ends just that thread, as in Racket).
 */
final class ThreadStart {
    private ThreadStart() {}

    /** Racket calls nested on a virtual thread's stack before spilling to the heap. */
    private static final int THREAD_MAX_DEPTH = 1000;

    static RacketThread start(RacketThread creator, Procedure thunk, Custodian custodian) {
        Scheduler s = creator.scheduler;
        RacketThread t = new RacketThread(s, thunk.name(), custodian);
        creator.cells.forEach((cell, v) -> { if (cell.preserved) t.cells.put(cell, v); });
        Object paramz = ((Procedure) KernelPrimitives.table().get("current-parameterization")).apply0();
        Procedure withParamz = (Procedure) KernelPrimitives.table().get("call-with-parameterization");
        int tid = s.place.syscalls.spawnThread("racket-thread", -1, () -> run(s, t, () -> withParamz.apply2(paramz, thunk)));
        if (tid < 0) throw Errors.fail("thread: cannot start a thread");
        return t;
    }

    private static void run(Scheduler s, RacketThread t, java.util.function.Supplier<Object> body) {
        t.javaThread = Thread.currentThread();
        s.place.enter();
        RacketThread.setCurrent(t);
        Machine m = Machine.current();
        m.setMaxDepth(THREAD_MAX_DEPTH);
        m.setPreemption(s::preemptHook);
        try {
            s.acquire(t);
            try {
                Evaluator.atTopLevel(body);
            } finally {
                if (s.holds()) t.finish();
            }
        } catch (ThreadKilled killed) {
            // ends quietly; kill-thread already marked it dead
        } finally {
            s.release();
        }
    }
}
