package org.jracket.kernel.pipe;

import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.vfs.OpenFile;

/**
 * One end of a {@link Pipe} as an open file, so read/write/close/dup/fstat work on it as on any
 * file (seed paper 4.4: pipes are files whose description points at a pipe buffer). Its
 * reference count is the count of descriptors; the last close closes the end.
 */
public final class PipeEnd extends OpenFile {
    private final Pipe pipe;
    private final boolean readEnd;

    PipeEnd(Pipe pipe, boolean readEnd) {
        super(readEnd ? OpenFlags.O_RDONLY : OpenFlags.O_WRONLY);
        this.pipe = pipe;
        this.readEnd = readEnd;
    }

    public boolean isReadEnd() { return readEnd; }

    public Pipe pipe() { return pipe; }

    @Override public int read(byte[] buf, int off, int len) { return pipe.read(buf, off, len, isNonBlocking()); }

    @Override public int write(byte[] buf, int off, int len) { return pipe.write(buf, off, len, isNonBlocking()); }

    @Override public int read(byte[] buf, int off, int len, boolean noWait) {
        return pipe.read(buf, off, len, noWait || isNonBlocking());
    }

    @Override public int write(byte[] buf, int off, int len, boolean noWait) {
        return pipe.write(buf, off, len, noWait || isNonBlocking());
    }

    @Override
    public FileStat stat() { return new FileStat(FileStat.Kind.PIPE, pipe.available(), 0600, 0, pipe.id); }

    @Override public String describe() { return "pipe:[" + pipe.id + "]"; }

    @Override protected void closed() { pipe.closeEnd(readEnd); }
}
