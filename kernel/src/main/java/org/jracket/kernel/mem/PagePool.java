package org.jracket.kernel.mem;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed budget of fixed-size pages: the kernel memory pool that holds kfs file data (seed paper
 * 4.7: 1024 MB) or the guest's physical memory that backs task address spaces. Pages are handed
 * out zeroed on demand, so a large budget costs nothing until used.
 */
public final class PagePool {
    public static final int PAGE_SIZE = 4096;

    private final String name;
    private final long maxPages;
    private final AtomicLong used = new AtomicLong();

    public PagePool(String name, long bytes) {
        this.name = name;
        this.maxPages = bytes / PAGE_SIZE;
    }

    /** A fresh zeroed page, or null when the budget is exhausted. */
    public byte[] allocate() {
        long u;
        do {
            u = used.get();
            if (u >= maxPages) return null;
        } while (!used.compareAndSet(u, u + 1));
        return new byte[PAGE_SIZE];
    }

    /** Returns pages to the budget (their arrays become garbage). */
    public void free(long pages) { used.addAndGet(-pages); }

    public long usedPages() { return used.get(); }

    public long maxPages() { return maxPages; }

    public String name() { return name; }
}
