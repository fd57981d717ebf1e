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
 * most {@link #ATOMIC_BYTES} (or the capacity, if smaller) are never interleaved with other
 * writers'. Writing with no read end open fails with EPIPE.
 *
 * <p>The capacity can be changed while the pipe is open (Linux's {@code F_SETPIPE_SZ}, used by
 * the runtime for Racket's {@code (make-pipe limit)}, whose limits are often a few bytes, and for
 * unlimited pipes, given a huge capacity). The ring therefore starts small and grows on demand up
 * to the capacity, so a huge capacity costs nothing until data is actually queued. Non-blocking
 * calls ({@code O_NONBLOCK}, or {@code RWF_NOWAIT} for one call) fail with EAGAIN instead of
 * waiting; a non-blocking write larger than the atomic size stores what fits.
 */
public final class Pipe {
    /** Writes up to this size are atomic (POSIX PIPE_BUF). */
    public static final int ATOMIC_BYTES = 4096;
    public static final int DEFAULT_CAPACITY = 65536;
    private static final int INITIAL_RING = 4096;
    private static final AtomicLong IDS = new AtomicLong(1);

    public final long id = IDS.getAndIncrement();
    private byte[] ring;
    private int capacity;
    private int head, count;       // head: next byte to read
    private int readers, writers;  // open ends
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition dataOrEof = lock.newCondition();
    private final Condition roomOrNoReader = lock.newCondition();

    public Pipe(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("pipe capacity below 1");
        this.capacity = capacity;
        ring = new byte[Math.min(capacity, INITIAL_RING)];
    }

    /** Creates the two ends, each holding one reference. */
    public static PipeEnd[] open(int capacity) {
        Pipe p = new Pipe(capacity);
        p.readers = 1;
        p.writers = 1;
        return new PipeEnd[] {new PipeEnd(p, true), new PipeEnd(p, false)};
    }

    public int capacity() {
        lock.lock();
        try {
            return capacity;
        } finally {
            lock.unlock();
        }
    }

    /** Changes the capacity; EBUSY if more than that is buffered now, EINVAL below 1. */
    public void setCapacity(int newCapacity) {
        if (newCapacity < 1) throw ErrnoException.of(Errno.EINVAL);
        lock.lock();
        try {
            if (count > newCapacity) throw ErrnoException.of(Errno.EBUSY);
            if (ring.length > newCapacity) resize(Math.max(count, Math.min(newCapacity, INITIAL_RING)));
            capacity = newCapacity;
            roomOrNoReader.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Moves the buffered bytes to a ring of the given size, starting at index 0. */
    private void resize(int size) {
        byte[] nr = new byte[size];
        int first = Math.min(count, ring.length - head);
        System.arraycopy(ring, head, nr, 0, first);
        System.arraycopy(ring, 0, nr, first, count - first);
        ring = nr;
        head = 0;
    }

    /** Grows the ring (doubling, at most to the capacity) so that `need` more bytes fit. */
    private void ensureRing(int need) {
        if (ring.length - count >= need || ring.length >= capacity) return;
        long want = Math.max((long) ring.length * 2, (long) count + need);
        resize((int) Math.min(want, capacity));
    }

    int read(byte[] buf, int off, int len, boolean nonBlocking) {
        if (len == 0) return 0;
        lockInterruptibly();
        try {
            while (count == 0) {
                if (writers == 0) return 0;
                if (nonBlocking) throw ErrnoException.of(Errno.EAGAIN);
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

    int write(byte[] buf, int off, int len, boolean nonBlocking) {
        lockInterruptibly();
        int done = 0;
        try {
            while (done < len) {
                if (readers == 0) {
                    if (done > 0) return done;
                    throw ErrnoException.of(Errno.EPIPE);
                }
                int room = capacity - count;
                // Small writes wait for room for all of it, so they stay in one piece (a
                // non-blocking one fails instead, as POSIX says).
                boolean atomic = len <= Math.min(ATOMIC_BYTES, capacity);
                boolean mustWait = atomic ? room < len : room == 0;
                if (mustWait && nonBlocking) {
                    if (done > 0) return done;
                    throw ErrnoException.of(Errno.EAGAIN);
                }
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
                ensureRing(n);
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
