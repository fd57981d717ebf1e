package org.jracket.kernel.console;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;

/**
 * The console: output goes to the device's sink, input comes from the device (a keyboard driver,
 * the VMM, a test) through a line discipline (seed paper 4.2):
 * <ul>
 *   <li>characters go into a fixed-size FIFO; when it is full, further characters are dropped;
 *   <li>backspace (BS or DEL) deletes the previous character of the line being typed, and is
 *       discarded when that line is empty;
 *   <li>newline releases the line to readers, waking them; Ctrl-D releases the line without a
 *       character, so on an empty line a read returns 0 (end of file);
 *   <li>accepted characters are echoed to the output when echo is on;
 *   <li>a read of n bytes blocks until a line is released, returns at most n bytes, and keeps the
 *       rest for the next read.
 * </ul>
 * In raw mode every character is released at once and nothing is edited.
 */
public final class Console {
    /** Where console output goes (the screen, serial port, host stream). */
    @FunctionalInterface
    public interface Sink {
        void write(byte[] buf, int off, int len);
    }

    private static final byte BS = 8, DEL = 127, EOT = 4, NL = '\n';
    private static final byte[] ERASE = {BS, ' ', BS};

    private final byte[] fifo;
    private int length;      // bytes in the FIFO, from index 0
    private int released;    // the first `released` bytes may be read
    private int eofMarks;    // Ctrl-D on an empty line: reads that will return 0
    private boolean hungUp;  // the device went away: end of file once drained
    private boolean raw, echo = true;
    private final Sink sink;
    private final byte[] echoBuf = new byte[1];
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition lineReady = lock.newCondition();
    private final Condition roomFreed = lock.newCondition();

    public Console(int capacity, Sink sink) {
        this.fifo = new byte[capacity];
        this.sink = sink;
    }

    public void setRaw(boolean raw) {
        lock.lock();
        try {
            this.raw = raw;
            if (raw) release(length);
        } finally {
            lock.unlock();
        }
    }

    public void setEcho(boolean echo) {
        lock.lock();
        try {
            this.echo = echo;
        } finally {
            lock.unlock();
        }
    }

    /** Device side: one input character. */
    public void input(byte c) {
        lock.lock();
        try {
            accept(c);
        } finally {
            lock.unlock();
        }
    }

    /** Device side: a run of input characters (handled as if typed one by one). */
    public void input(byte[] buf, int off, int len) {
        lock.lock();
        try {
            for (int i = 0; i < len; i++) accept(buf[off + i]);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Device side with flow control (a serial line with RTS/CTS, or the VMM forwarding a host
     * stream): waits while the FIFO is full of released input instead of dropping characters.
     */
    public void inputWithFlowControl(byte[] buf, int off, int len) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            for (int i = 0; i < len; i++) {
                // Waiting only helps when readers can drain something; an unfinished line that
                // fills the FIFO is dropped from as with a keyboard.
                while (length >= fifo.length - 1 && released > 0 && !hungUp) roomFreed.await();
                accept(buf[off + i]);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Device side: no more input will come; readers get end of file once the FIFO is drained. */
    public void hangUp() {
        lock.lock();
        try {
            hungUp = true;
            release(length);
        } finally {
            lock.unlock();
        }
    }

    private void accept(byte c) {
        if (raw) {
            if (length == fifo.length) return;
            fifo[length++] = c;
            echo(c);
            release(length);
            return;
        }
        if (c == BS || c == DEL) {
            if (length > released) {
                length--;
                if (echo) sink.write(ERASE, 0, ERASE.length);
            }
            return;
        }
        if (c == EOT) {
            if (length == released) eofMarks++;
            release(length);
            return;
        }
        // Keep one slot for the newline so a full line can always be ended.
        if (length == fifo.length || (c != NL && length == fifo.length - 1)) return;
        fifo[length++] = c;
        echo(c);
        if (c == NL) release(length);
    }

    private void echo(byte c) {
        if (!echo) return;
        echoBuf[0] = c;
        sink.write(echoBuf, 0, 1);
    }

    private void release(int upTo) {
        released = upTo;
        lineReady.signalAll();
    }

    /** Reader side: blocks until a line (or raw input, or end of file) is available. */
    public int read(byte[] buf, int off, int len) {
        if (len == 0) return 0;
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ErrnoException.of(Errno.EINTR);
        }
        try {
            while (released == 0) {
                if (eofMarks > 0) {
                    eofMarks--;
                    return 0;
                }
                if (hungUp) return 0;
                try {
                    lineReady.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw ErrnoException.of(Errno.EINTR);
                }
            }
            int n = Math.min(len, released);
            System.arraycopy(fifo, 0, buf, off, n);
            // Shift the rest down (paper 4.2 does the same); the FIFO is small.
            System.arraycopy(fifo, n, fifo, 0, length - n);
            length -= n;
            released -= n;
            roomFreed.signalAll();
            return n;
        } finally {
            lock.unlock();
        }
    }

    /** Output to the device. */
    public void write(byte[] buf, int off, int len) {
        lock.lock();
        try {
            sink.write(buf, off, len);
        } finally {
            lock.unlock();
        }
    }
}
