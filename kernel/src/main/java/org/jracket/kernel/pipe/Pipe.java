package org.jracket.kernel.pipe;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;

/**
 * A bounded byte FIFO shared by a read end and a write end (seed paper 4.4: the buffer, its lock,
 * a wait queue and a count of open ends). A read blocks until data or end of file (every write
 * end closed) and returns what is there; a write blocks until all of it is in, and writes of at
 * most {@link #ATOMIC_BYTES} are never interleaved with other writers'. Writing with no read end
 * open fails with EPIPE.
 */
public final class Pipe {
    /** Writes up to this size are atomic (POSIX PIPE_BUF). */
    public static final int ATOMIC_BYTES = 4096;
    public static final int DEFAULT_CAPACITY = 65536;
    private static final AtomicLong IDS = new AtomicLong(1);

    public final long id = IDS.getAndIncrement();
    private final byte[] ring;
    private int head, count;       // head: next byte to read
    private int readers, writers;  // open ends
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition dataOrEof = lock.newCondition();
    private final Condition roomOrNoReader = lock.newCondition();

    public Pipe(int capacity) {
        if (capacity < ATOMIC_BYTES) throw new IllegalArgumentException("pipe capacity below " + ATOMIC_BYTES);
        ring = new byte[capacity];
    }

    /** Creates the two ends, each holding one reference. */
    public static PipeEnd[] open(int capacity) {
        Pipe p = new Pipe(capacity);
        p.readers = 1;
        p.writers = 1;
        return new PipeEnd[] {new PipeEnd(p, true), new PipeEnd(p, false)};
    }

    int read(byte[] buf, int off, int len) {
        if (len == 0) return 0;
        lockInterruptibly();
        try {
            while (count == 0) {
                if (writers == 0) return 0;
                await(dataOrEof);
            }
            int n = Math.min(len, count);
            int first = Math.min(n, ring.length - head);
            System.arraycopy(ring, head, buf, off, first);
            System.arraycopy(ring, 0, buf, off + first, n - first);
            head = (head + n) % ring.length;
            count -= n;
            roomOrNoReader.signalAll();
            return n;
        } finally {
            lock.unlock();
        }
    }

    int write(byte[] buf, int off, int len) {
        lockInterruptibly();
        int done = 0;
        try {
            while (done < len) {
                if (readers == 0) {
                    if (done > 0) return done;
                    throw ErrnoException.of(Errno.EPIPE);
                }
                int room = ring.length - count;
                // Small writes wait for room for all of it, so they stay in one piece.
                boolean mustWait = len <= ATOMIC_BYTES ? room < len : room == 0;
                if (mustWait) {
                    try {
                        await(roomOrNoReader);
                    } catch (ErrnoException interrupted) {
                        if (done > 0) return done;
                        throw interrupted;
                    }
                    continue;
                }
                int n = Math.min(len - done, room);
                int tail = (head + count) % ring.length;
                int first = Math.min(n, ring.length - tail);
                System.arraycopy(buf, off + done, ring, tail, first);
                System.arraycopy(buf, off + done + first, ring, 0, n - first);
                count += n;
                done += n;
                dataOrEof.signalAll();
            }
            return done;
        } finally {
            lock.unlock();
        }
    }

    /** Bytes buffered now. */
    public int available() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    void closeEnd(boolean readEnd) {
        lock.lock();
        try {
            if (readEnd) {
                readers--;
                roomOrNoReader.signalAll();
            } else {
                writers--;
                dataOrEof.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    private void lockInterruptibly() {
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ErrnoException.of(Errno.EINTR);
        }
    }

    private static void await(Condition c) {
        try {
            c.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ErrnoException.of(Errno.EINTR);
        }
    }
}
