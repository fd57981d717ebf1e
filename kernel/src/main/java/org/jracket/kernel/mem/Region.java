package org.jracket.kernel.mem;

/**
 * A run of whole pages [start, end) with one protection: what a task may do with those
 * addresses. mprotect and munmap split regions, as a VM area list does.
 */
public record Region(long start, long end, int prot, Kind kind) {
    public enum Kind { HEAP, STACK, MMAP }

    public long length() { return end - start; }

    boolean contains(long addr) { return addr >= start && addr < end; }
}
