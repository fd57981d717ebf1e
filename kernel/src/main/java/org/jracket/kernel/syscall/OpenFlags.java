package org.jracket.kernel.syscall;

/** Flags of {@link SystemCalls#open}, with Linux's values. */
public final class OpenFlags {
    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_ACCMODE = 3;
    public static final int O_CREAT = 0x40;
    public static final int O_EXCL = 0x80;
    public static final int O_TRUNC = 0x200;
    public static final int O_APPEND = 0x400;
    /** Calls that would wait (pipe reads and writes) fail with EAGAIN instead. */
    public static final int O_NONBLOCK = 0x800;
    public static final int O_DIRECTORY = 0x10000;

    private OpenFlags() {}
}
