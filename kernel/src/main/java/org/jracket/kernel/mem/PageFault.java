package org.jracket.kernel.mem;

/**
 * A guest access that the address space refused: the page is unmapped, protected against the
 * access, or no physical page was left. Turned into SIGSEGV/SIGBUS for the task by the caller.
 */
public final class PageFault extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public enum Cause { UNMAPPED, PROTECTION, OUT_OF_MEMORY }

    public final long address;
    public final boolean write;
    public final Cause cause;

    public PageFault(long address, boolean write, Cause cause) {
        super(cause + (write ? " write at 0x" : " read at 0x") + Long.toHexString(address), null, false, false);
        this.address = address;
        this.write = write;
        this.cause = cause;
    }
}
