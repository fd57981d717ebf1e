package org.jracket.kernel.mem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.syscall.SystemCalls;

/**
 * A task's guest address space: regions with per-page protections, backed by physical pages
 * from the guest's memory, allocated on first touch. Every access checks the page's protection
 * and throws {@link PageFault} if it is not allowed, which is what lets a runtime use
 * mprotect-based write barriers (seed paper 4.5).
 */
public final class AddressSpace {
    public static final int PAGE = PagePool.PAGE_SIZE;
    public static final long HEAP_BASE = 0x1000_0000L;
    public static final long MMAP_BASE = 0x7f00_0000_0000L;
    public static final long STACK_TOP = 0x7ffe_0000_0000L;

    private final PagePool frames;
    private final TreeMap<Long, Region> regions = new TreeMap<>();
    private final ConcurrentHashMap<Long, byte[]> pages = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private long mappedBytes;
    private volatile long limitBytes = SystemCalls.RLIM_INFINITY;

    /** Creates a space with a heap at {@link #HEAP_BASE} and a stack ending at {@link #STACK_TOP}. */
    public AddressSpace(PagePool frames, long heapBytes, long stackBytes) {
        this.frames = frames;
        if (heapBytes > 0) insert(new Region(HEAP_BASE, HEAP_BASE + roundUp(heapBytes), rw(), Region.Kind.HEAP));
        if (stackBytes > 0) insert(new Region(STACK_TOP - roundUp(stackBytes), STACK_TOP, rw(), Region.Kind.STACK));
    }

    private static int rw() { return SystemCalls.PROT_READ | SystemCalls.PROT_WRITE; }

    public static long roundUp(long n) { return (n + PAGE - 1) & -PAGE; }

    /** RLIMIT_AS: total mapped bytes allowed, or RLIM_INFINITY. */
    public void setLimit(long bytes) { limitBytes = bytes; }

    public long limit() { return limitBytes; }

    public long mappedBytes() {
        lock.readLock().lock();
        try {
            return mappedBytes;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Physical pages in use (touched pages). */
    public long residentPages() { return pages.size(); }

    public List<Region> regions() {
        lock.readLock().lock();
        try {
            return new ArrayList<>(regions.values());
        } finally {
            lock.readLock().unlock();
        }
    }

    public Region region(String kind) {
        for (Region r : regions()) if (r.kind().name().equalsIgnoreCase(kind)) return r;
        return null;
    }

    // ---- mapping ---------------------------------------------------------------------
    public long mmap(long addr, long length, int prot, int flags) {
        if (length <= 0 || (flags & SystemCalls.MAP_ANONYMOUS) == 0 || (addr & (PAGE - 1)) != 0)
            throw ErrnoException.of(Errno.EINVAL);
        long len = roundUp(length);
        lock.writeLock().lock();
        try {
            long limit = limitBytes;
            long start;
            if ((flags & SystemCalls.MAP_FIXED) != 0) {
                if (addr == 0) throw ErrnoException.of(Errno.EINVAL);
                removeRange(addr, addr + len);
                start = addr;
            } else {
                start = findGap(addr != 0 ? addr : MMAP_BASE, len);
            }
            if (limit != SystemCalls.RLIM_INFINITY && mappedBytes + len > limit) throw ErrnoException.of(Errno.ENOMEM);
            insert(new Region(start, start + len, prot, Region.Kind.MMAP));
            return start;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void munmap(long addr, long length) {
        if ((addr & (PAGE - 1)) != 0 || length <= 0) throw ErrnoException.of(Errno.EINVAL);
        lock.writeLock().lock();
        try {
            removeRange(addr, addr + roundUp(length));
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void mprotect(long addr, long length, int prot) {
        if ((addr & (PAGE - 1)) != 0 || length < 0) throw ErrnoException.of(Errno.EINVAL);
        long end = addr + roundUp(length);
        lock.writeLock().lock();
        try {
            // The whole range must be mapped (ENOMEM otherwise, as on Linux).
            long at = addr;
            for (Region r : overlapping(addr, end)) {
                if (r.start() > at) throw ErrnoException.of(Errno.ENOMEM);
                at = r.end();
            }
            if (at < end) throw ErrnoException.of(Errno.ENOMEM);
            for (Region r : overlapping(addr, end)) {
                regions.remove(r.start());
                if (r.start() < addr) regions.put(r.start(), new Region(r.start(), addr, r.prot(), r.kind()));
                if (r.end() > end) regions.put(end, new Region(end, r.end(), r.prot(), r.kind()));
                long s = Math.max(r.start(), addr), e = Math.min(r.end(), end);
                regions.put(s, new Region(s, e, prot, r.kind()));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Releases every page (the task ended). */
    public void clear() {
        lock.writeLock().lock();
        try {
            frames.free(pages.size());
            pages.clear();
            regions.clear();
            mappedBytes = 0;
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---- access ------------------------------------------------------------------------
    /** Copies guest bytes out; throws {@link PageFault} at the first page it may not read. */
    public void read(long addr, byte[] buf, int off, int len) { access(addr, buf, off, len, false); }

    /** Copies bytes into guest memory; throws {@link PageFault} at the first page it may not write. */
    public void write(long addr, byte[] buf, int off, int len) { access(addr, buf, off, len, true); }

    private void access(long addr, byte[] buf, int off, int len, boolean write) {
        int need = write ? SystemCalls.PROT_WRITE : SystemCalls.PROT_READ;
        lock.readLock().lock();
        try {
            int done = 0;
            while (done < len) {
                long a = addr + done;
                Map.Entry<Long, Region> e = regions.floorEntry(a);
                if (e == null || !e.getValue().contains(a)) throw new PageFault(a, write, PageFault.Cause.UNMAPPED);
                if ((e.getValue().prot() & need) == 0) throw new PageFault(a, write, PageFault.Cause.PROTECTION);
                int inPage = (int) (a & (PAGE - 1));
                int chunk = Math.min(len - done, PAGE - inPage);
                byte[] page = write ? frame(a) : pages.get(a >>> 12);
                if (write) System.arraycopy(buf, off + done, page, inPage, chunk);
                else if (page == null) java.util.Arrays.fill(buf, off + done, off + done + chunk, (byte) 0);
                else System.arraycopy(page, inPage, buf, off + done, chunk);
                done += chunk;
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The physical page behind a virtual address, allocated zeroed on first write. */
    private byte[] frame(long a) {
        long vpn = a >>> 12;
        byte[] page = pages.get(vpn);
        if (page != null) return page;
        byte[] fresh = frames.allocate();
        if (fresh == null) throw new PageFault(a, true, PageFault.Cause.OUT_OF_MEMORY);
        byte[] raced = pages.putIfAbsent(vpn, fresh);
        if (raced != null) {
            frames.free(1);
            return raced;
        }
        return fresh;
    }

    // ---- region bookkeeping; callers hold the write lock --------------------------------
    private void insert(Region r) {
        regions.put(r.start(), r);
        mappedBytes += r.length();
    }

    private List<Region> overlapping(long start, long end) {
        List<Region> out = new ArrayList<>();
        Map.Entry<Long, Region> first = regions.floorEntry(start);
        Long from = first != null && first.getValue().end() > start ? first.getKey() : Long.valueOf(start);
        for (Region r : regions.subMap(from, true, end, false).values()) if (r.end() > start) out.add(r);
        return out;
    }

    private void removeRange(long start, long end) {
        for (Region r : overlapping(start, end)) {
            regions.remove(r.start());
            mappedBytes -= r.length();
            if (r.start() < start) insert(new Region(r.start(), start, r.prot(), r.kind()));
            if (r.end() > end) insert(new Region(end, r.end(), r.prot(), r.kind()));
        }
        long freed = 0;
        for (long vpn = start >>> 12; vpn < end >>> 12; vpn++) if (pages.remove(vpn) != null) freed++;
        frames.free(freed);
    }

    private long findGap(long from, long len) {
        long at = from;
        for (Region r : regions.tailMap(regions.floorKey(at) == null ? at : regions.floorKey(at), true).values()) {
            if (r.end() <= at) continue;
            if (r.start() >= at + len) break;
            at = r.end();
        }
        if (at + len > STACK_TOP && from != MMAP_BASE) return findGap(MMAP_BASE, len);
        if (at + len > STACK_TOP) throw ErrnoException.of(Errno.ENOMEM);
        return at;
    }
}
