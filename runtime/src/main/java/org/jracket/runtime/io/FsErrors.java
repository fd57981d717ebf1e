package org.jracket.runtime.io;

import org.jracket.kernel.syscall.Errno;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;

/**
 * Racket's filesystem error messages: "who: what\n  path: p\n  system error: text; errno=n",
 * raised as exn:fail:filesystem:errno with errno {@code (n . posix)}.
 */
public final class FsErrors {
    private FsErrors() {}

    /** "No such file or directory; errno=2" for a negative system-call result. */
    public static String describe(long result) {
        Errno e = Errno.of(result);
        int code = (int) -result;
        return (e == null ? "error" : e.message()) + "; errno=" + code;
    }

    public static RuntimeException raise(String who, String what, String path, long result) {
        return raiseDetail(who, what, "\n  path: " + path, result);
    }

    /** detail holds the lines after the first ("\n  path: ..."). */
    public static RuntimeException raiseDetail(String who, String what, String detail, long result) {
        String msg = who + ": " + what + detail + "\n  system error: " + describe(result);
        Object errno = new Pair((long) (int) -result, Symbol.of("posix"));
        boolean exists = Errno.of(result) == Errno.EEXIST;
        if (exists) return Errors.raise(ExnTypes.FILESYSTEM_EXISTS, msg);
        return Errors.raise(ExnTypes.FILESYSTEM_ERRNO, msg, errno);
    }
}
