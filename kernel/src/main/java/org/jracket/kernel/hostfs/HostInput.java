package org.jracket.kernel.hostfs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.vfs.OpenFile;

/**
 * A descriptor bound to a host input stream (the command line's stdin). Data passes through as
 * is: one read returns what the stream has ready (at least one byte, blocking until then), and
 * 0 at end of input. No line discipline: a host terminal already provides one.
 */
public final class HostInput extends OpenFile {
    private final InputStream in;
    private final String name;
    private final boolean terminal;

    /** @param terminal whether the host stream is a terminal (reported by isatty) */
    public HostInput(InputStream in, String name, boolean terminal) {
        super(OpenFlags.O_RDONLY);
        this.in = in;
        this.name = name;
        this.terminal = terminal;
    }

    @Override
    public int read(byte[] buf, int off, int len) {
        if (len == 0) return 0;
        try {
            // One read of the stream: for a pipe or file it returns what is there, no waiting
            // for the buffer to fill, which interactive and streaming programs need.
            int n = in.read(buf, off, len);
            return n < 0 ? 0 : n;
        } catch (InterruptedIOException e) {
            throw ErrnoException.of(Errno.EINTR);
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public FileStat stat() { return new FileStat(FileStat.Kind.CHAR_DEVICE, 0, 0444, 0, 0); }

    @Override public String describe() { return name; }
    @Override public boolean isTerminal() { return terminal; }
}
