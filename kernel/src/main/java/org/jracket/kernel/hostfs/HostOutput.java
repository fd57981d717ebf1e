package org.jracket.kernel.hostfs;

import java.io.IOException;
import java.io.OutputStream;

import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.vfs.OpenFile;

/**
 * A descriptor bound to a host output stream (stdout/stderr). Each write reaches the host stream
 * and is flushed: the kernel keeps no buffer, the runtime's ports do the buffering.
 */
public final class HostOutput extends OpenFile {
    private final OutputStream out;
    private final String name;
    private final boolean terminal;

    /** @param terminal whether the host stream is a terminal (reported by isatty) */
    public HostOutput(OutputStream out, String name, boolean terminal) {
        super(OpenFlags.O_WRONLY);
        this.out = out;
        this.name = name;
        this.terminal = terminal;
    }

    @Override
    public int write(byte[] buf, int off, int len) {
        try {
            synchronized (out) {
                out.write(buf, off, len);
                out.flush();
            }
            return len;
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public FileStat stat() { return new FileStat(FileStat.Kind.CHAR_DEVICE, 0, 0222, 0, 0); }

    @Override public String describe() { return name; }
    @Override public boolean isTerminal() { return terminal; }
}
