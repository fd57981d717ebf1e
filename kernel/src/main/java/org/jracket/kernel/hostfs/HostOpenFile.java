package org.jracket.kernel.hostfs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.vfs.SeekableFile;

/** An open host file, read and written through a positional file channel. */
final class HostOpenFile extends SeekableFile {
    private final FileChannel channel;
    private final HostFs fs;
    private final String path;

    HostOpenFile(FileChannel channel, int flags, HostFs fs, String path) {
        super(flags);
        this.channel = channel;
        this.fs = fs;
        this.path = path;
    }

    @Override
    protected int readAt(long pos, byte[] buf, int off, int len) {
        try {
            int n = channel.read(ByteBuffer.wrap(buf, off, len), pos);
            return Math.max(n, 0);
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    protected int writeAt(long pos, byte[] buf, int off, int len) {
        try {
            ByteBuffer b = ByteBuffer.wrap(buf, off, len);
            while (b.hasRemaining()) pos += channel.write(b, pos);
            return len;
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    protected long size() {
        try {
            return channel.size();
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override public FileStat stat() { return fs.stat(path); }
    @Override public String describe() { return fs.hostPath(path).toString(); }

    @Override
    protected void closed() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing useful to do: the descriptor is gone either way.
        }
    }
}
