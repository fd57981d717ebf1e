package org.jracket.kernel.devfs;

import java.util.Arrays;

import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.vfs.OpenFile;

/** /dev/null (reads end at once) and /dev/zero (reads give zeros); both discard writes. */
final class NullDevice extends OpenFile {
    private final boolean zeros;

    NullDevice(int flags, boolean zeros) {
        super(flags);
        this.zeros = zeros;
    }

    @Override
    public int read(byte[] buf, int off, int len) {
        if (!zeros) return 0;
        Arrays.fill(buf, off, off + len, (byte) 0);
        return len;
    }

    @Override public int write(byte[] buf, int off, int len) { return len; }
    @Override public long seek(long offset, int whence) { return 0; }
    @Override public FileStat stat() { return new FileStat(FileStat.Kind.CHAR_DEVICE, 0, 0666, 0, zeros ? 4 : 3); }
    @Override public String describe() { return zeros ? "/dev/zero" : "/dev/null"; }
}
