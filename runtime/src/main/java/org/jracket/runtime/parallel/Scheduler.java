package org.jracket.runtime.parallel;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.jracket.runtime.eval.Machine;
import org.jracket.runtime.eval.PlaceContext;

/**
 * The Racket threads of one place. They are Java virtual threads, but only the holder of the
 * place's lock runs Racket code, so programs keep Racket's thread semantics (no two threads
 * of a place touch a mutable value at the same moment). The lock is handed over when a
 * thread blocks and, through the evaluator's preemption hook, every few thousand calls when
 * another thread is waiting for it. The lock is fair, so handing over lets every runnable
 * thread take a turn.
 *
 * <p>A place's first thread (the one running its main module) is adopted lazily, the first
 * time it uses a thread operation: until then it is the only thread of its place.
 */
final class Scheduler {
    private static final Map<PlaceContext, Scheduler> ALL = Collections.synchronizedMap(new WeakHashMap<>());

    final PlaceContext place;
    private final ReentrantLock lock = new ReentrantLock(true);
    /** Every place starts under the host's root custodian (current-custodian's initial value). */
    final Custodian rootCustodian = ThreadPrims.ROOT_CUSTODIAN;
    /** The place's live threads, so that place-kill can wake them. */
    final java.util.Set<RacketThread> live = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Set when the place is killed: its threads stop at their next scheduling point. */
    volatile boolean placeKilled;

    private Scheduler(PlaceContext place) { this.place = place; }

    static Scheduler of(PlaceContext p) { return ALL.computeIfAbsent(p, Scheduler::new); }

    /**
     * Called by every thread operation: makes sure the calling thread is a Racket thread
     * holding its place's lock. A future reaching here is suspended until it is touched.
     */
    static RacketThread enter() {
        RacketThread me = RacketThread.current();
        if (me == null) {
            Future f = Future.workerRoot();
            if (f != null) return f.barricade();
            me = of(PlaceContext.current()).adopt(Thread.currentThread(), null);
        }
        Scheduler s = me.scheduler;
        if (!s.lock.isHeldByCurrentThread()) s.acquire(me);
        return me;
    }

    /** Makes the calling Java thread a Racket thread of this place (it then holds the lock). */
    RacketThread adopt(Thread javaThread, String name) {
        RacketThread t = new RacketThread(this, name, rootCustodian);
        t.javaThread = javaThread;
        RacketThread.setCurrent(t);
        Machine.current().setPreemption(this::preemptHook);
        acquire(t);
        return t;
    }

    /** Takes the place lock for t; throws if t was killed, waits while it is suspended. */
    void acquire(RacketThread t) {
        while (true) {
            lock.lock();
            if (t.killed || placeKilled) {
                lock.unlock();
                throw ThreadKilled.INSTANCE;
            }
            if (!t.suspended) return;
            lock.unlock();
            while (t.suspended && !t.killed && !placeKilled) LockSupport.parkNanos(1_000_000L);
        }
    }

    void release() {
        if (lock.isHeldByCurrentThread()) lock.unlock();
    }

    boolean holds() { return lock.isHeldByCurrentThread(); }

    /** The preemption hook: stop if killed, let waiting threads run. */
    void preemptHook() {
        RacketThread me = RacketThread.current();
        if (me == null) return;
        if (me.killed || placeKilled) {
            release();
            throw ThreadKilled.INSTANCE;
        }
        if (lock.hasQueuedThreads() && lock.isHeldByCurrentThread()) {
            lock.unlock();
            acquire(me);
        }
        if (me.pendingBreak != null) Breaks.check(me);
    }

    /** sleep 0: lets every other runnable thread of the place run first. */
    void yieldNow(RacketThread me) {
        if (lock.hasQueuedThreads()) {
            lock.unlock();
            Thread.yield();
            acquire(me);
        }
    }

    /**
     * Releases the lock until w is woken or the deadline (System.nanoTime) passes, then takes it
     * back. A kill wakes the thread, which then unwinds.
     */
    void park(RacketThread me, Waiter w, long deadline) {
        me.waiting = true;
        lock.unlock();
        Boolean breakable = null;
        try {
            while (!w.woken && !me.killed && !placeKilled) {
                if (me.pendingBreak != null) {
                    // a break ends the wait if it can be raised (the caller raises it)
                    if (breakable == null) breakable = Breaks.enabled(me);
                    if (breakable) break;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) break;
                LockSupport.parkNanos(left);
                if (Thread.interrupted()) {
                    // the kernel interrupts the threads of a task that ended
                    if (placeKilled) break;
                    place.syscalls.getpid();
                }
            }
        } finally {
            me.waiting = false;
            acquire(me);
        }
    }

    /** True if no thread of the place but me can run now (all blocked, suspended or dead). */
    boolean idleExcept(RacketThread me) {
        for (RacketThread t : live) {
            if (t != me && !t.waiting && !t.suspended && !t.isDead()) return false;
        }
        return true;
    }

    /** Runs a blocking Java action (not Racket code) without holding the place lock. */
    <T> T outside(RacketThread me, java.util.function.Supplier<T> action) {
        boolean held = lock.isHeldByCurrentThread();
        if (held) {
            me.waiting = true;
            lock.unlock();
        }
        try {
            return action.get();
        } finally {
            if (held) {
                me.waiting = false;
                acquire(me);
            }
        }
    }

    /** Marks the place dead and wakes its threads so that they unwind (place-kill). */
    void killPlace() {
        placeKilled = true;
        for (RacketThread t : live) {
            Thread jt = t.javaThread;
            if (jt != null) LockSupport.unpark(jt);
        }
    }
}
