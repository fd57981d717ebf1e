package org.jracket.runtime.io;

import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;

/** {@code copy-file} with Racket's messages. */
final class FileCopy {
    private FileCopy() {}

    static Object copy(String src, String dst, boolean existsOk) {
        SystemCalls sys = KernelAccess.syscalls();
        String detail = "\n  source path: " + src + "\n  destination path: " + dst;
        int in = sys.open(src, OpenFlags.O_RDONLY, 0);
        if (in < 0) throw FsErrors.raiseDetail("copy-file", "cannot open source file", detail, in);
        try {
            int flags = OpenFlags.O_WRONLY | OpenFlags.O_CREAT | (existsOk ? OpenFlags.O_TRUNC : OpenFlags.O_EXCL);
            int out = sys.open(dst, flags, 0666);
            if (out < 0 && !existsOk && sys.stat(dst) != null) {
                throw Errors.raise(ExnTypes.FILESYSTEM_EXISTS,
                        "copy-file: destination exists" + detail);
            }
            if (out < 0) throw FsErrors.raiseDetail("copy-file", "cannot open destination file", detail, out);
            try {
                byte[] buf = new byte[65536];
                for (int n = sys.read(in, buf, 0, buf.length); n > 0; n = sys.read(in, buf, 0, buf.length)) {
                    for (int off = 0; off < n; ) {
                        int k = sys.write(out, buf, off, n - off);
                        if (k < 0) throw FsErrors.raiseDetail("copy-file", "error writing destination file", detail, k);
                        off += k;
                    }
                }
            } finally {
                sys.close(out);
            }
        } finally {
            sys.close(in);
        }
        return VoidValue.VOID;
    }
}
