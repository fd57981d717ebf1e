package org.jracket.kernel.hostfs;

import java.io.IOException;
import java.io.RandomAccessFile;

import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.vfs.SeekableFile;

/**
 * An open host file. A RandomAccessFile rather than a FileChannel: interrupting a thread that
 * uses a FileChannel closes the channel, and runtimes interrupt their threads (breaks, kills).
 * SeekableFile serializes calls, so seek-then-transfer is safe.
 */
final class HostOpenFile extends SeekableFile {
    private final RandomAccessFile file;
    private final HostFs fs;
    private final String path;

    HostOpenFile(RandomAccessFile file, int flags, HostFs fs, String path) {
        super(flags);
        this.file = file;
        this.fs = fs;
        this.path = path;
    }

    @Override
    protected int readAt(long pos, byte[] buf, int off, int len) {
        try {
            if (len == 0) return 0;
            file.seek(pos);
            int n = file.read(buf, off, len);
            return Math.max(n, 0);
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    protected int writeAt(long pos, byte[] buf, int off, int len) {
        try {
            file.seek(pos);
            file.write(buf, off, len);
            return len;
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    protected long size() {
        try {
            return file.length();
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override public FileStat stat() { return fs.stat(path); }
    @Override public String describe() { return fs.hostPath(path).toString(); }

    @Override
    protected void closed() {
        try {
            file.close();
        } catch (IOException ignored) {
            // Nothing useful to do: the descriptor is gone either way.
        }
    }
}
