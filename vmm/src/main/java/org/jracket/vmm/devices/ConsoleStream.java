package org.jracket.vmm.devices;

import java.util.concurrent.atomic.AtomicLong;

import org.jracket.kernel.console.Console;

/**
 * A guest's serial console seen from the host (Palacios's SERIAL + CHAR_STREAM, {@code v3_stream}):
 * output the guest writes goes to a {@link Scrollback} (and, for {@code vm run}, straight to a
 * local terminal too); input from attached terminals goes through the guest kernel's line
 * discipline. Unlike Palacios, output written while nobody is attached is kept (up to the
 * scrollback size) for the next attach.
 */
public final class ConsoleStream implements Console.Sink {
    private final String id, stream;
    private final Scrollback scrollback;
    private final AtomicLong inputBytes = new AtomicLong();
    private volatile Console.Sink mirror;
    private volatile Console console;

    public ConsoleStream(String id, String stream, int scrollbackBytes) {
        this.id = id;
        this.stream = stream;
        this.scrollback = new Scrollback(scrollbackBytes);
    }

    /** Connects the guest kernel's console, once it is booted. */
    public void connect(Console console) { this.console = console; }

    /** Also copies output to {@code sink} (a local terminal); null stops copying. */
    public void mirrorTo(Console.Sink sink) { this.mirror = sink; }

    /** Called by the guest kernel, under its console lock: must not block on any reader. */
    @Override
    public void write(byte[] buf, int off, int len) {
        scrollback.append(buf, off, len);
        Console.Sink m = mirror;
        if (m != null) m.write(buf, off, len);
    }

    /**
     * Typed input for the guest. Waits while the guest's input FIFO is full of lines it has not
     * read yet (flow control), so pasted text is not lost; a line longer than the FIFO is cut as a
     * keyboard's would be. Returns false if the guest has no console yet.
     */
    public boolean type(byte[] bytes) throws InterruptedException {
        Console c = console;
        if (c == null) return false;
        c.inputWithFlowControl(bytes, 0, bytes.length);
        inputBytes.addAndGet(bytes.length);
        return true;
    }

    /** End of input for the guest (as Ctrl-D on an empty line, for good). */
    public void hangUp() {
        Console c = console;
        if (c != null) c.hangUp();
    }

    /** The guest is gone: attached readers finish once they have the last output. */
    public void close() { scrollback.close(); }

    public Scrollback scrollback() { return scrollback; }
    public String id() { return id; }
    public String stream() { return stream; }
    public long outputBytes() { return scrollback.end(); }
    public long inputBytes() { return inputBytes.get(); }
}
