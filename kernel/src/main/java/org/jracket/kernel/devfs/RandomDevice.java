package org.jracket.kernel.devfs;

import java.security.SecureRandom;

import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.vfs.OpenFile;

/**
 * /dev/urandom and /dev/random: reads give bytes from the host's cryptographically strong
 * generator (never blocking, as Linux's urandom); writes are accepted and discarded.
 */
final class RandomDevice extends OpenFile {
    private static final SecureRandom SOURCE = new SecureRandom();
    private final String name;
    private final long inode;

    RandomDevice(int flags, String name, long inode) {
        super(flags);
        this.name = name;
        this.inode = inode;
    }

    @Override
    public int read(byte[] buf, int off, int len) {
        byte[] b = new byte[len];
        SOURCE.nextBytes(b);
        System.arraycopy(b, 0, buf, off, len);
        return len;
    }

    @Override public int write(byte[] buf, int off, int len) { return len; }
    @Override public long seek(long offset, int whence) { return 0; }
    @Override public FileStat stat() { return new FileStat(FileStat.Kind.CHAR_DEVICE, 0, 0666, 0, inode); }
    @Override public String describe() { return "/dev/" + name; }
}
