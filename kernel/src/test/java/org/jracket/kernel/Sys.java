package org.jracket.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.syscall.SystemCalls;

/** Test helpers over the system-call interface. */
final class Sys {
    private Sys() {}

    static Kernel boot() { return Kernel.boot(KernelConfig.defaults()); }

    static void writeFile(SystemCalls s, String path, byte[] data) {
        int fd = s.open(path, OpenFlags.O_WRONLY | OpenFlags.O_CREAT | OpenFlags.O_TRUNC, 0644);
        assertTrue(fd >= 0, "open " + path + " = " + fd);
        assertEquals(data.length, s.write(fd, data, 0, data.length));
        assertEquals(0, s.close(fd));
    }

    static void writeFile(SystemCalls s, String path, String text) { writeFile(s, path, text.getBytes(StandardCharsets.UTF_8)); }

    static byte[] readAll(SystemCalls s, int fd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n; (n = s.read(fd, buf, 0, buf.length)) > 0; ) out.write(buf, 0, n);
        return out.toByteArray();
    }

    static String readFile(SystemCalls s, String path) {
        int fd = s.open(path, OpenFlags.O_RDONLY, 0);
        assertTrue(fd >= 0, "open " + path + " = " + fd);
        try {
            return new String(readAll(s, fd), StandardCharsets.UTF_8);
        } finally {
            s.close(fd);
        }
    }
}
