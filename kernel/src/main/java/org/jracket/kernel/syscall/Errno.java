package org.jracket.kernel.syscall;

/**
 * Linux errno values. System calls return {@code -errno} on failure (never throw), as
 * Kitten's Linux-compatible calls do, so that callers check results the way C code does.
 */
public enum Errno {
    EPERM(1), ENOENT(2), ESRCH(3), EINTR(4), EIO(5), EBADF(9), ECHILD(10), EAGAIN(11),
    ENOMEM(12), EACCES(13), EFAULT(14), EBUSY(16), EEXIST(17), EXDEV(18), ENOTDIR(20),
    EISDIR(21), EINVAL(22), ENFILE(23), EMFILE(24), EFBIG(27), ENOSPC(28), ESPIPE(29),
    EROFS(30), EPIPE(32), ERANGE(34), ENAMETOOLONG(36), ENOSYS(38), ENOTEMPTY(39);

    public final int code;

    Errno(int code) { this.code = code; }

    /** The errno for a negative system-call result, or null if the result is not an error. */
    public static Errno of(long result) {
        if (result >= 0) return null;
        int c = (int) -result;
        for (Errno e : values()) if (e.code == c) return e;
        return EIO;
    }

    /** Text as strerror gives it, used in Racket's filesystem error messages. */
    public String message() {
        return switch (this) {
            case ENOENT -> "No such file or directory";
            case EEXIST -> "File exists";
            case ENOTDIR -> "Not a directory";
            case EISDIR -> "Is a directory";
            case ENOTEMPTY -> "Directory not empty";
            case EACCES -> "Permission denied";
            case EPERM -> "Operation not permitted";
            case EBADF -> "Bad file descriptor";
            case EPIPE -> "Broken pipe";
            case EFBIG -> "File too large";
            case ENOSPC -> "No space left on device";
            case ENOMEM -> "Cannot allocate memory";
            case EROFS -> "Read-only file system";
            case EINVAL -> "Invalid argument";
            case EAGAIN -> "Resource temporarily unavailable";
            case ECHILD -> "No child processes";
            case ESRCH -> "No such process";
            case EXDEV -> "Invalid cross-device link";
            case EMFILE -> "Too many open files";
            case ESPIPE -> "Illegal seek";
            case ENOSYS -> "Function not implemented";
            default -> name();
        };
    }
}
