package org.jracket.kernel.kfs;

import java.util.ArrayList;

import org.jracket.kernel.mem.PagePool;
import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;

/**
 * A kfs file's data: a list of pages from the kernel memory pool (seed paper 4.7: files occupy
 * kernel memory, so their size is capped per file and in total).
 */
final class KfsFile extends KfsNode {
    private final PagePool pool;
    private final long maxBytes;
    private final ArrayList<byte[]> pages = new ArrayList<>();
    private long size;
    private int links = 1, opens; // names and open descriptions: data is freed when both are 0

    KfsFile(long inode, PagePool pool, long maxBytes) {
        super(inode);
        this.pool = pool;
        this.maxBytes = maxBytes;
    }

    synchronized long size() { return size; }

    synchronized int read(long pos, byte[] buf, int off, int len) {
        if (pos >= size) return 0;
        int n = (int) Math.min(len, size - pos);
        for (int done = 0; done < n; ) {
            long p = pos + done;
            int inPage = (int) (p % PagePool.PAGE_SIZE);
            int chunk = Math.min(n - done, PagePool.PAGE_SIZE - inPage);
            System.arraycopy(pages.get((int) (p / PagePool.PAGE_SIZE)), inPage, buf, off + done, chunk);
            done += chunk;
        }
        return n;
    }

    /** Writes as much as fits; EFBIG/ENOSPC only when nothing at all could be written. */
    synchronized int write(long pos, byte[] buf, int off, int len) {
        if (len == 0) return 0;
        if (pos >= maxBytes) throw ErrnoException.of(Errno.EFBIG);
        int n = (int) Math.min(len, maxBytes - pos);
        long end = pos + n;
        while ((long) pages.size() * PagePool.PAGE_SIZE < end) {
            byte[] page = pool.allocate();
            if (page == null) {
                end = Math.min(end, (long) pages.size() * PagePool.PAGE_SIZE);
                if (end <= pos) throw ErrnoException.of(Errno.ENOSPC);
                n = (int) (end - pos);
                break;
            }
            pages.add(page);
        }
        for (int done = 0; done < n; ) {
            long p = pos + done;
            int inPage = (int) (p % PagePool.PAGE_SIZE);
            int chunk = Math.min(n - done, PagePool.PAGE_SIZE - inPage);
            System.arraycopy(buf, off + done, pages.get((int) (p / PagePool.PAGE_SIZE)), inPage, chunk);
            done += chunk;
        }
        if (end > size) size = end;
        touch();
        return n;
    }

    synchronized void opened() { opens++; }

    /** An open description of the file was closed. */
    synchronized void closed() {
        if (--opens == 0 && links == 0) truncate();
    }

    /** The file lost its name; as in POSIX, open descriptors keep the data until closed. */
    synchronized void unlinked() {
        if (--links == 0 && opens == 0) truncate();
    }

    /** Shrinks to zero length, returning the pages to the pool. */
    synchronized void truncate() {
        pool.free(pages.size());
        pages.clear();
        size = 0;
        touch();
    }
}
