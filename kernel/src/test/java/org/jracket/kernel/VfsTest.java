package org.jracket.kernel;

import static org.jracket.kernel.syscall.OpenFlags.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.kernel.task.Task;
import org.jracket.kernel.vfs.PathNames;
import org.junit.jupiter.api.Test;

class VfsTest {
    @Test
    void normalizesPathsLexically() {
        assertEquals("/a/b", PathNames.absolute("/", "a/b"));
        assertEquals("/a", PathNames.absolute("/x/y", "../../a/./"));
        assertEquals("/", PathNames.absolute("/", "../../.."));
        assertEquals("/x/y/z", PathNames.absolute("/x/y", "z"));
        assertEquals("/a/b", PathNames.absolute("/q", "//a///b/"));
        assertEquals("/.hidden/..x", PathNames.absolute("/", "/.hidden/..x"));
    }

    @Test
    void kfsFilesDirectoriesAndCwd() {
        Task t = Sys.boot().init();
        assertEquals(0, t.mkdir("/tmp/d", 0755));
        assertEquals(-Errno.EEXIST.code, t.mkdir("/tmp/d", 0755));
        assertEquals(0, t.chdir("/tmp/d"));
        assertEquals("/tmp/d", t.getcwd());
        Sys.writeFile(t, "f.txt", "hello");
        assertEquals("hello", Sys.readFile(t, "/tmp/d/f.txt"));
        assertEquals("hello", Sys.readFile(t, "../d/./f.txt"));
        assertEquals(5, t.stat("f.txt").size());
        assertTrue(t.stat("/tmp/d").isDirectory());
        assertEquals(List.of("f.txt"), t.readdir("."));
        assertEquals(-Errno.ENOTEMPTY.code, t.rmdir("/tmp/d"));
        assertEquals(0, t.rename("f.txt", "g.txt"));
        assertNull(t.stat("f.txt"));
        assertEquals(Errno.ENOENT, t.lastError());
        assertEquals(-Errno.ENOTDIR.code, t.chdir("g.txt"));
        assertEquals(-Errno.EISDIR.code, t.open(".", O_WRONLY, 0));
        assertEquals(-Errno.ENOENT.code, t.open("/tmp/none/x", O_RDONLY, 0));
        assertEquals(-Errno.ENOENT.code, t.open("/tmp/none/x", O_CREAT | O_WRONLY, 0));
        assertEquals(0, t.unlink("g.txt"));
        assertEquals(0, t.chdir("/"));
        assertEquals(0, t.rmdir("/tmp/d"));
    }

    @Test
    void seekAppendTruncateAndDupShareOffset() {
        Task t = Sys.boot().init();
        Sys.writeFile(t, "/tmp/f", "0123456789");
        int fd = t.open("/tmp/f", O_RDWR, 0);
        int fd2 = t.dup(fd);
        assertEquals(4, t.lseek(fd, 4, SystemCalls.SEEK_SET));
        byte[] b = new byte[3];
        assertEquals(3, t.read(fd2, b, 0, 3));          // shared offset
        assertEquals("456", new String(b));
        assertEquals(10, t.lseek(fd, 0, SystemCalls.SEEK_END));
        assertEquals(-Errno.EINVAL.code, t.lseek(fd, -11, SystemCalls.SEEK_END));
        t.close(fd);
        t.close(fd2);
        assertEquals(-Errno.EBADF.code, t.close(fd));
        int a = t.open("/tmp/f", O_WRONLY | O_APPEND, 0);
        t.write(a, "AB".getBytes(), 0, 2);
        t.close(a);
        assertEquals("0123456789AB", Sys.readFile(t, "/tmp/f"));
        int w = t.open("/tmp/f", O_WRONLY | O_TRUNC, 0);
        assertEquals(-Errno.EBADF.code, t.read(w, b, 0, 1));
        t.close(w);
        assertEquals(0, t.stat("/tmp/f").size());
        int r = t.open("/tmp/f", O_RDONLY, 0);
        assertEquals(-Errno.EBADF.code, t.write(r, b, 0, 1));
        assertEquals(-Errno.EFAULT.code, t.read(r, b, 2, 5));
        assertEquals(-Errno.EEXIST.code, t.open("/tmp/f", O_CREAT | O_EXCL | O_WRONLY, 0));
    }

    @Test
    void filesLargerThanAPageAndSparseWrites() {
        Task t = Sys.boot().init();
        byte[] data = new byte[10_000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31);
        Sys.writeFile(t, "/tmp/big", data);
        int fd = t.open("/tmp/big", O_RDONLY, 0);
        assertArrayEquals(data, Sys.readAll(t, fd));
        int w = t.open("/tmp/sparse", O_CREAT | O_WRONLY, 0);
        t.lseek(w, 9000, SystemCalls.SEEK_SET);
        t.write(w, new byte[] {7}, 0, 1);
        assertEquals(9001, t.fstat(w).size());
        byte[] back = Sys.readFile(t, "/tmp/sparse").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(9001, back.length);
    }

    @Test
    void perFileLimitGivesEfbigAndPoolLimitGivesEnospc() {
        Kernel k = Kernel.boot(KernelConfig.defaults().withMaxFileBytes(10_000).withKernelPoolBytes(5 * 4096));
        Task t = k.init();
        int fd = t.open("/tmp/f", O_CREAT | O_WRONLY, 0);
        byte[] big = new byte[12_000];
        assertEquals(10_000, t.write(fd, big, 0, big.length)); // short write up to the limit
        assertEquals(-Errno.EFBIG.code, t.write(fd, big, 0, 1));
        assertEquals(3, k.kernelMemory().usedPages());
        int h = t.open("/tmp/h", O_CREAT | O_WRONLY, 0);
        assertEquals(2 * 4096, t.write(h, new byte[9000], 0, 9000)); // pool has 2 pages left
        assertEquals(-Errno.ENOSPC.code, t.write(h, new byte[10], 0, 10));
        assertEquals(0, t.unlink("/tmp/h"));
        assertEquals(5, k.kernelMemory().usedPages()); // still open: the data stays (POSIX)
        assertEquals(8192, t.lseek(h, 0, SystemCalls.SEEK_END));
        assertEquals(0, t.close(h));
        assertEquals(3, k.kernelMemory().usedPages());
    }

    @Test
    void mountPointsAppearInListingsAndBlockCrossMountRename() {
        Task t = Sys.boot().init();
        List<String> root = t.readdir("/");
        assertTrue(root.containsAll(List.of("tmp", "proc", "dev")), root.toString());
        assertEquals(-Errno.EXDEV.code, t.rename("/tmp", "/proc/x"));
        assertEquals(-Errno.EBUSY.code, t.rmdir("/proc"));
        assertEquals(-Errno.EROFS.code, t.mkdir("/proc/x", 0));
        assertTrue(Sys.readFile(t, "/proc/mounts").contains("kfs /"));
    }

    @Test
    void devNullAndZero() {
        Task t = Sys.boot().init();
        int z = t.open("/dev/zero", O_RDONLY, 0);
        byte[] b = {1, 2, 3};
        assertEquals(3, t.read(z, b, 0, 3));
        assertArrayEquals(new byte[3], b);
        int n = t.open("/dev/null", O_RDWR, 0);
        assertEquals(0, t.read(n, b, 0, 3));
        assertEquals(3, t.write(n, b, 0, 3));
    }

    @Test
    void randomDevicesGiveFreshBytes() {
        Task t = Sys.boot().init();
        assertTrue(t.readdir("/dev").containsAll(List.of("random", "urandom")));
        int u = t.open("/dev/urandom", O_RDONLY, 0);
        byte[] a = new byte[64], b = new byte[64];
        assertEquals(64, t.read(u, a, 0, 64));
        assertEquals(64, t.read(u, b, 0, 64));
        assertFalse(java.util.Arrays.equals(a, b), "two reads of 64 bytes agree");
        assertFalse(java.util.Arrays.equals(a, new byte[64]));
        int r = t.open("/dev/random", O_RDWR, 0);
        assertEquals(3, t.write(r, a, 0, 3));
        assertEquals(8, t.read(r, b, 0, 8));
    }

    @Test
    void concurrentCreatesWritesAndReadsInOneDirectory() throws Exception {
        Task t = Sys.boot().init();
        t.mkdir("/tmp/shared", 0755);
        int threads = 8, files = 150;
        Thread[] ts = new Thread[threads];
        java.util.concurrent.atomic.AtomicInteger bad = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < threads; i++) {
            int id = i;
            ts[i] = Thread.ofPlatform().start(() -> {
                for (int f = 0; f < files; f++) {
                    String path = "/tmp/shared/t" + id + "-" + f;
                    String body = path.repeat(1 + f % 7);
                    Sys.writeFile(t, path, body);
                    if (!Sys.readFile(t, path).equals(body)) bad.incrementAndGet();
                }
            });
        }
        for (Thread x : ts) x.join();
        assertEquals(0, bad.get());
        assertEquals(threads * files, t.readdir("/tmp/shared").size());
    }
}
