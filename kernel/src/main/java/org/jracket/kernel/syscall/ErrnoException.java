package org.jracket.kernel.syscall;

/**
 * How kernel code below the system-call layer reports an errno. It never crosses that layer:
 * {@code Task} turns it into a {@code -errno} result. No stack trace is captured, so raising it
 * on a common path (ENOENT from a module search) costs little.
 */
public final class ErrnoException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final Errno errno;

    public ErrnoException(Errno errno) { this(errno, errno.message()); }

    public ErrnoException(Errno errno, String detail) {
        super(detail, null, false, false);
        this.errno = errno;
    }

    public static ErrnoException of(Errno errno) { return new ErrnoException(errno); }
}
