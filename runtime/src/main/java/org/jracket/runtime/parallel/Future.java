package org.jracket.runtime.parallel;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.eval.Evaluator;
import org.jracket.runtime.eval.Machine;
import org.jracket.runtime.eval.PlaceContext;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.log.Logger;
import org.jracket.runtime.log.RootLoggers;
import org.jracket.runtime.prims.KernelPrimitives;

/**
 * A Racket future: a thunk run on a pool worker in parallel with its place's threads (and
 * without the place lock). An operation that needs the place's scheduler (thread and sync
 * operations, see {@link Scheduler#enter}) suspends the future until it is touched; the
 * rest of its work then runs for the touching thread, holding the place lock. A future no
 * worker has started yet is run by the thread that touches it.
 */
final class Future {
    private static final ThreadLocal<Future> RUNNING = new ThreadLocal<>();
    /** On a pool worker: the future it took from the queue (the one that a barricade suspends). */
    private static final ThreadLocal<Future> WORKER_ROOT = new ThreadLocal<>();

    enum State { PENDING, RUNNING, BLOCKED, DONE }

    final PlaceContext place;
    private final Procedure thunk;
    final long id;
    /** The place's root logger, where future events go (looked up once someone listens). */
    private Logger log;
    /** Who runs the future now, as future events name it: a worker's id, or 0 for a thread of the place. */
    private volatile int proc;
    private State state = State.PENDING;
    private Object value;
    private Object raised;
    private boolean raisedOnce;
    /** The touching thread a suspended future now runs for. */
    private RacketThread grantedTo;

    Future(PlaceContext place, Procedure thunk, long id) {
        this.place = place;
        this.thunk = thunk;
        this.id = id;
    }

    /** The place's root logger if future events are wanted there now, else null. */
    private Logger listening() {
        if (!Logger.debugListened()) return null;
        Logger l = log;
        if (l == null) log = l = RootLoggers.of(place);
        return FutureEvents.on(l) ? l : null;
    }

    /** The proc-id of future events logged by the calling thread. */
    private static int currentProc() {
        Future f = RUNNING.get();
        return f != null ? f.proc : 0;
    }

    private void event(String action, Long futureId, int procId, Object userData) {
        Logger l = listening();
        if (l != null) FutureEvents.log(l, place.syscalls.clockRealtimeMillis(), futureId, procId, action, null, userData);
    }

    private void event(String action) { event(action, id, proc, Boolean.FALSE); }

    /** Logs the future's creation, as done by the calling thread or future. */
    void created() {
        if (listening() == null) return;
        Future by = RUNNING.get();
        event("create", by == null ? null : by.id, currentProc(), id);
    }

    /** The future whose work the calling Java thread is doing, or null (current-future). */
    static Future running() { return RUNNING.get(); }

    /** On a worker, the future to suspend at an operation that needs the place; else null. */
    static Future workerRoot() { return WORKER_ROOT.get(); }

    /** Runs the future on the calling thread if nobody has started it (workers and touch). */
    void runIfPending(int workerId) {
        synchronized (this) {
            if (state != State.PENDING) return;
            state = State.RUNNING;
        }
        proc = workerId > 0 ? workerId : currentProc();
        event("start-work");
        Machine m = Machine.current();
        PlaceContext saved = savedPlace(m);
        Future outer = RUNNING.get();
        RacketThread outerThread = RacketThread.current();
        boolean onWorker = workerId > 0;
        place.enter();
        RUNNING.set(this);
        if (onWorker) {
            RacketThread.setCurrent(null);
            WORKER_ROOT.set(this);
        }
        Object v = null, exn = null;
        boolean failed = false;
        try {
            v = Evaluator.atTopLevel(() -> ((Procedure) KernelPrimitives.table().get("call-with-exception-handler")).apply2(CAPTURE, thunk));
        } catch (Raised r) {
            failed = true;
            exn = r.value;
        } catch (org.jracket.runtime.exn.RacketException r) {
            // raised where no Racket handler chain is installed (a runtime without Boot)
            failed = true;
            exn = r.value;
        } catch (RuntimeException | Error e) {
            // the place ended or the future's thread was killed: whoever touches it is told so
            failed = true;
            exn = org.jracket.runtime.exn.Errors.makeExn(org.jracket.runtime.exn.ExnTypes.FAIL,
                "touch: future ended abnormally: " + e);
        } finally {
            RUNNING.set(outer);
            if (onWorker) {
                WORKER_ROOT.remove();
                // a future that was suspended and then granted the place lock gives it back
                RacketThread granted = RacketThread.current();
                if (granted != null) {
                    granted.scheduler.release();
                    RacketThread.setCurrent(null);
                    m.setPreemption(null);
                }
            } else {
                RacketThread.setCurrent(outerThread);
            }
            if (saved != null) saved.enter();
        }
        event("complete");
        event("end-work");
        complete(v == Evaluator.ABORTED ? org.jracket.runtime.data.VoidValue.VOID : v, failed, exn);
    }

    private static PlaceContext savedPlace(Machine m) {
        try {
            return PlaceContext.current();
        } catch (IllegalStateException none) {
            return null;
        }
    }

    private synchronized void complete(Object v, boolean failed, Object exn) {
        value = v;
        if (failed) raised = exn;
        state = State.DONE;
        notifyAll();
    }

    /**
     * touch: the value, or the exception re-raised; waits (without the place lock) while
     * another worker runs the future.
     */
    Object touch() {
        runIfPending(0);
        Future toucher = RUNNING.get();
        boolean paused = toucher != null && !isDone();
        if (paused) event("touch-pause", id, toucher.proc, Boolean.FALSE);
        RacketThread me = RacketThread.current();
        while (true) {
            synchronized (this) {
                if (state == State.DONE) break;
                if (state == State.BLOCKED && grantedTo == null) {
                    // the worker waits for a thread of the place to continue for
                    Future root = WORKER_ROOT.get();
                    if (me == null && root != null) me = root.barricade();
                    if (me == null) me = Scheduler.enter();
                    grantedTo = me;
                    notifyAll();
                }
            }
            awaitChange(me);
        }
        if (paused) event("touch-resume", id, toucher.proc, Boolean.FALSE);
        return result();
    }

    private void awaitChange(RacketThread me) {
        Runnable wait = () -> {
            synchronized (this) {
                if (state == State.DONE || (state == State.BLOCKED && grantedTo == null)) return;
                try {
                    wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        if (me != null && me.scheduler.holds()) me.scheduler.outside(me, () -> { wait.run(); return null; });
        else wait.run();
    }

    private synchronized Object result() {
        if (raised == null) return value;
        if (raisedOnce) throw Errors.fail("touch: future previously aborted");
        raisedOnce = true;
        throw Errors.raise(raised);
    }

    /**
     * Called on the future's worker when it reaches an operation that needs the place's
     * scheduler: waits until a thread touches the future, then continues as that thread,
     * holding the place lock.
     */
    RacketThread barricade() {
        event("block");
        event("suspend");
        event("end-work");
        RacketThread t;
        synchronized (this) {
            state = State.BLOCKED;
            notifyAll();
            while (grantedTo == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            t = grantedTo;
            state = State.RUNNING;
        }
        RacketThread.setCurrent(t);
        Machine.current().setPreemption(t.scheduler::preemptHook);
        t.scheduler.acquire(t);
        // the place's thread now does what the future blocked on, and then the rest of it
        proc = 0;
        event("block");
        event("result");
        event("start-work");
        return t;
    }

    synchronized boolean isDone() { return state == State.DONE; }

    /**
     * Carries a raised value out of the future's thunk to {@link #runIfPending}. An Error, so
     * that the evaluator's prompts (which report stray Java exceptions as Racket errors) let it through.
     */
    private static final class Raised extends Error {
        final Object value;

        Raised(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    /** The exception handler of a future's body: ends the future with the raised value. */
    private static final Procedure CAPTURE = Primitive.of1("future-exception-handler", v -> { throw new Raised(v); });

    @Override public String toString() { return "#<future>"; }
}
