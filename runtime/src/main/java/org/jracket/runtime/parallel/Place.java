package org.jracket.runtime.parallel;

import java.util.ArrayList;
import org.jracket.kernel.syscall.SystemCalls;

/**
 * A place as its creator sees it: the creator's end of the place channel (a place is also a
 * place channel and an event), the kernel task the place runs on, and its exit status once
 * it has ended, which a watcher learns from waitpid.
 */
final class Place implements BaseEvt {
    /** Racket reports 1 for a place that was killed. */
    static final int KILLED_STATUS = 1;

    private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong();

    /** The place's id in place events (the first place is 0). */
    final long id = IDS.incrementAndGet();
    final PlaceChannel channel;
    private final SystemCalls parentSys;
    volatile int pid;
    /** The place's scheduler, once the place has booted (place-kill stops its threads). */
    volatile Scheduler scheduler;
    /** The place's main thread, once it runs (place-break breaks it). */
    private volatile RacketThread main;
    /** A break asked for before the main thread ran. */
    private volatile org.jracket.runtime.data.Symbol earlyBreak;
    private volatile boolean killed;
    private Integer status;
    private boolean reaped;
    private final ArrayList<Waiter> endWaiters = new ArrayList<>(1);

    Place(PlaceChannel channel, SystemCalls parentSys) {
        this.channel = channel;
        this.parentSys = parentSys;
    }

    synchronized Integer status() { return status; }

    /** Logs the reaping of the ended place, the first time its creator sees it ended. */
    void reap() {
        synchronized (this) {
            if (status == null || reaped) return;
            reaped = true;
        }
        PlaceEvents.log("reap", id);
    }

    boolean isKilled() { return killed; }

    /** Waits for the kernel task to end and records Racket's status for it. */
    void watch() {
        Thread.ofVirtual().name("place-watch-" + pid).start(() -> {
            int[] ws = new int[1];
            int r;
            do { r = parentSys.waitpid(pid, ws, 0); } while (r == -4 /* EINTR */);
            int code = r < 0 ? 1 : (ws[0] & 0x7f) == 0 ? (ws[0] >> 8) & 0xff : 1;
            ended(killed ? KILLED_STATUS : code);
        });
    }

    private void ended(int code) {
        Waiter[] wake;
        synchronized (this) {
            if (status != null) return;
            status = code;
            notifyAll();
            wake = endWaiters.toArray(new Waiter[0]);
            endWaiters.clear();
        }
        for (Waiter w : wake) w.wake();
    }

    void onEnd(Waiter w) {
        boolean done;
        synchronized (this) {
            done = status != null;
            if (!done) endWaiters.add(w);
        }
        if (done) w.wake();
    }

    synchronized void cancelOnEnd(Waiter w) { endWaiters.remove(w); }

    /** Called by the place's main thread when it starts: takes a break that arrived early. */
    void mainStarted(RacketThread t) {
        main = t;
        org.jracket.runtime.data.Symbol kind = earlyBreak;
        if (kind != null) t.breakWith(kind);
    }

    /** place-break: a break for the place's main thread (kept until that thread runs). */
    void breakMain(org.jracket.runtime.data.Symbol kind) {
        earlyBreak = kind;
        RacketThread t = main;
        if (t != null) t.breakWith(kind);
    }

    /** place-kill: stops the place's threads and its task, and waits until it has ended. */
    void kill() {
        if (status() != null) return;
        killed = true;
        Scheduler s = scheduler;
        if (s != null) s.killPlace();
        parentSys.kill(pid, 9 /* SIGKILL */);
        synchronized (this) {
            while (status == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    // As an event, a place is its channel.
    @Override public Object poll(Waiter w, int index) { return channel.poll(w, index); }

    @Override public void register(Waiter w, int index) { channel.register(w, index); }

    @Override public void unregister(Waiter w) { channel.unregister(w); }

    @Override public String toString() { return "#<place>"; }
}
