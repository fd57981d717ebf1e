package org.jracket.vmm.devices;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The last {@code capacity} bytes a guest wrote to its console, addressed by absolute position
 * (bytes since boot). Readers keep their own cursor, so any number of attached terminals follow
 * the output without per-reader buffers, and the guest never waits for a slow reader: a reader
 * that falls more than {@code capacity} behind is told how much it missed.
 */
public final class Scrollback {
    /** A chunk of output: {@code start} is its absolute position; {@code skipped} bytes were lost before it. */
    public record Chunk(long start, byte[] bytes, long skipped) {
        public long end() { return start + bytes.length; }
    }

    private final byte[] ring;
    private long written;   // total bytes ever appended
    private boolean closed; // the guest is gone: readers end once they have caught up
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition grown = lock.newCondition();

    public Scrollback(int capacity) { this.ring = new byte[capacity]; }

    public void append(byte[] buf, int off, int len) {
        lock.lock();
        try {
            // Only the last ring.length bytes of a huge write can survive.
            int skip = Math.max(0, len - ring.length);
            written += skip;
            for (int i = skip; i < len; ) {
                int at = (int) (written % ring.length);
                int n = Math.min(len - i, ring.length - at);
                System.arraycopy(buf, off + i, ring, at, n);
                i += n;
                written += n;
            }
            grown.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** No more output will come. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            grown.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Position of the oldest byte still held. */
    public long start() {
        lock.lock();
        try {
            return Math.max(0, written - ring.length);
        } finally {
            lock.unlock();
        }
    }

    public long end() {
        lock.lock();
        try {
            return written;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Output from {@code from} on, waiting up to {@code timeoutMillis} for some; an empty chunk on
     * timeout; null when closed and nothing is left to read.
     */
    public Chunk read(long from, long timeoutMillis) throws InterruptedException {
        lock.lock();
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (written <= from && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return new Chunk(from, new byte[0], 0);
                grown.awaitNanos(left);
            }
            if (written <= from) return null;
            long start = Math.max(from, written - ring.length);
            byte[] out = new byte[(int) (written - start)];
            for (int i = 0; i < out.length; ) {
                int at = (int) ((start + i) % ring.length);
                int n = Math.min(out.length - i, ring.length - at);
                System.arraycopy(ring, at, out, i, n);
                i += n;
            }
            return new Chunk(start, out, Math.max(0, start - Math.max(0, from)));
        } finally {
            lock.unlock();
        }
    }
}
