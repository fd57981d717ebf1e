package org.jracket.vmm.guest;

/**
 * The safe point where a paused guest's threads wait: every system call of the guest passes
 * through {@link #pass()} first (see {@link GuestSystemCalls}). Open, it costs one volatile read.
 * A thread waiting here holds no kernel lock, so pausing never blocks the guest kernel or other
 * guests. A waiting thread that is interrupted (the guest is being stopped) goes on into its
 * system call, which ends it.
 */
public final class PauseGate {
    private volatile boolean closed;
    private int waiting;

    public void pass() {
        if (closed) await();
    }

    private synchronized void await() {
        waiting++;
        try {
            while (closed) wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting--;
        }
    }

    public synchronized void close() { closed = true; }

    public synchronized void open() {
        closed = false;
        notifyAll();
    }

    public boolean isClosed() { return closed; }

    /** Threads stopped at the gate now. */
    public synchronized int waiting() { return waiting; }
}
