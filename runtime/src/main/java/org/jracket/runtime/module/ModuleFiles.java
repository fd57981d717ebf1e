package org.jracket.runtime.module;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.io.KernelAccess;

/**
 * Access to module source files. Everything goes through the current task's kernel system
 * calls (never java.io), so modules load from the guest's file system, including the
 * read-only {@code /collects} mount.
 */
public interface ModuleFiles {
    /** Status of path, or null if it does not exist. */
    FileStat stat(String path);

    /** The file's text (UTF-8); throws {@link Missing} if it cannot be opened. */
    String read(String path);

    /** The file's bytes, or null if it cannot be read (compiled modules; null means "use the source"). */
    default byte[] readBytes(String path) { return null; }

    /** A file could not be opened; errno describes why. */
    final class Missing extends RuntimeException {
        public final Errno errno;
        public Missing(Errno e) { super(String.valueOf(e), null, false, false); this.errno = e; }
    }

    /** The kernel-backed implementation. */
    ModuleFiles KERNEL = new ModuleFiles() {
        @Override public FileStat stat(String path) { return KernelAccess.syscalls().stat(path); }

        @Override public String read(String path) {
            return new String(bytes(path), StandardCharsets.UTF_8);
        }

        @Override public byte[] readBytes(String path) {
            try {
                return bytes(path);
            } catch (Missing m) {
                return null;
            }
        }

        private byte[] bytes(String path) {
            SystemCalls sys = KernelAccess.syscalls();
            int fd = sys.open(path, OpenFlags.O_RDONLY, 0);
            if (fd < 0) throw new Missing(Errno.of(fd));
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[65536];
                while (true) {
                    int n = sys.read(fd, buf, 0, buf.length);
                    if (n < 0) throw new Missing(Errno.of(n));
                    if (n == 0) break;
                    out.write(buf, 0, n);
                }
                return out.toByteArray();
            } finally {
                sys.close(fd);
            }
        }
    };
}
