package org.jracket.runtime.parallel;

/**
 * A future semaphore: a counting semaphore safe to use from futures running in parallel
 * (a Java monitor, no place lock). A Racket thread waiting on one lets the other threads of
 * its place run meanwhile.
 */
final class FSemaphore {
    private long count;

    FSemaphore(long count) { this.count = count; }

    synchronized void post() {
        count++;
        notify();
    }

    synchronized boolean tryWait() {
        if (count == 0) return false;
        count--;
        return true;
    }

    synchronized long count() { return count; }

    void await() {
        if (tryWait()) return;
        RacketThread me = RacketThread.current();
        if (me != null && me.scheduler.holds()) me.scheduler.outside(me, () -> { block(); return null; });
        else block();
    }

    private synchronized void block() {
        while (count == 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        count--;
    }

    @Override public String toString() { return "#<fsemaphore>"; }
}
