package org.jracket.runtime.parallel;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * A Racket thread: a Java (virtual) thread of its place's kernel task that runs Racket code
 * only while holding the place lock. Its state is read and changed under that lock, except
 * the flags a killer sets, which are volatile so a parked thread sees them.
 */
final class RacketThread implements BaseEvt {
    private static final ThreadLocal<RacketThread> CURRENT = new ThreadLocal<>();

    final Scheduler scheduler;
    final String name;
    Custodian custodian;
    volatile Thread javaThread;
    volatile boolean killed;
    volatile boolean suspended;
    /** Blocked (in sync, or waiting in the kernel) rather than runnable: for system-idle-evt. */
    volatile boolean waiting;
    private boolean dead;
    /** A break waiting to be raised in this thread ({@link Breaks}): 'break, 'hang-up, 'terminate or null. */
    volatile org.jracket.runtime.data.Symbol pendingBreak;
    /** This thread's own break-enabled state, used where no parameterize-break is in effect. */
    final Breaks.Cell breakCell = new Breaks.Cell(true);
    final ArrayDeque<Object> mailbox = new ArrayDeque<>();
    /** Syncs waiting for this thread to end (thread-wait, thread-dead-evt). */
    final OfferList deathWaiters = new OfferList();
    /** Syncs waiting for a message (thread-receive, thread-receive-evt). */
    final OfferList mailWaiters = new OfferList();
    /** This thread's values of thread cells (absent: the cell's default). */
    final IdentityHashMap<ThreadCell, Object> cells = new IdentityHashMap<>();

    RacketThread(Scheduler scheduler, String name, Custodian custodian) {
        this.scheduler = scheduler;
        this.name = name;
        this.custodian = custodian;
        custodian.add(this);
        scheduler.live.add(this);
    }

    static RacketThread current() { return CURRENT.get(); }

    static void setCurrent(RacketThread t) { CURRENT.set(t); }

    boolean isDead() { return dead; }

    boolean isRunning() { return !dead && !suspended; }

    /** Marks the thread ended and releases every sync waiting for that (place lock held). */
    void finish() {
        if (dead) return;
        dead = true;
        custodian.remove(this);
        scheduler.live.remove(this);
        deathWaiters.commitAll(null);
    }

    /** kill-thread: the thread is dead at once; its Java thread unwinds when it next wakes. */
    void kill() {
        killed = true;
        finish();
        Thread jt = javaThread;
        if (jt != null) LockSupport.unpark(jt);
    }

    /** break-thread: leaves the break pending (a hang-up or terminate outranks a plain one) and wakes the thread. */
    void breakWith(org.jracket.runtime.data.Symbol kind) {
        org.jracket.runtime.data.Symbol old = pendingBreak;
        if (old == null || kind != Breaks.PLAIN && old == Breaks.PLAIN) pendingBreak = kind;
        Thread jt = javaThread;
        if (jt != null) LockSupport.unpark(jt);
    }

    void send(Object v) {
        mailbox.addLast(v);
        mailWaiters.wakeAll();
    }

    // As an event: ready (with itself) once the thread has ended.
    @Override public Object poll(Waiter w, int index) { return dead ? this : NOT_READY; }

    @Override public void register(Waiter w, int index) { deathWaiters.add(w, index, this); }

    @Override public void unregister(Waiter w) { deathWaiters.remove(w); }

    @Override public String toString() { return name == null ? "#<thread>" : "#<thread:" + name + ">"; }
}
