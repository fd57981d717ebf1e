package org.jracket.kernel.kfs;

import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.vfs.SeekableFile;

/** An open kfs file. */
final class KfsOpenFile extends SeekableFile {
    private final KfsFile file;
    private final String path;

    KfsOpenFile(KfsFile file, int flags, String path) {
        super(flags);
        this.file = file;
        this.path = path;
        file.opened();
    }

    @Override protected int readAt(long pos, byte[] buf, int off, int len) { return file.read(pos, buf, off, len); }
    @Override protected int writeAt(long pos, byte[] buf, int off, int len) { return file.write(pos, buf, off, len); }
    @Override protected long size() { return file.size(); }
    @Override public FileStat stat() { return Kfs.statOf(file); }
    @Override public String describe() { return path; }
    @Override protected void closed() { file.closed(); }
}
