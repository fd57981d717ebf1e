package org.jracket.kernel;

import static org.jracket.kernel.syscall.OpenFlags.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.jracket.kernel.hostfs.HostFs;
import org.jracket.kernel.resfs.ResourceFs;
import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostProcessTest {
    @TempDir Path tmp;

    private Kernel host(byte[] stdin, OutputStream out) {
        return Kernel.forHostProcess(tmp, new ByteArrayInputStream(stdin), out, OutputStream.nullOutputStream());
    }

    @Test
    void hostPathsBehaveAsUnderRacket() throws Exception {
        Files.writeString(tmp.resolve("data.txt"), "on the host");
        Task t = host(new byte[0], OutputStream.nullOutputStream()).init();
        assertEquals(tmp.toAbsolutePath().toString(), t.getcwd());
        assertEquals("on the host", Sys.readFile(t, "data.txt"));
        assertEquals("on the host", Sys.readFile(t, tmp.resolve("data.txt").toString()));
        assertEquals(0, t.mkdir("sub", 0755));
        Sys.writeFile(t, "sub/new.txt", "written");
        assertEquals("written", Files.readString(tmp.resolve("sub/new.txt")));
        assertEquals(0, t.chdir("sub"));
        assertEquals("on the host", Sys.readFile(t, "../data.txt"));
        assertEquals(List.of("new.txt"), t.readdir("."));
        assertEquals(-Errno.ENOENT.code, t.open("missing", O_RDONLY, 0));
        assertEquals(-Errno.ENOTEMPTY.code, t.rmdir(tmp.resolve("sub").toString()));
        assertEquals(0, t.unlink("new.txt"));
        assertEquals(0, t.rename("../data.txt", "../moved.txt"));
        assertTrue(Files.exists(tmp.resolve("moved.txt")));
        assertTrue(t.readdir("/").contains("collects"));
    }

    @Test
    void readOnlyHostFsRefusesChanges() throws Exception {
        Kernel k = Sys.boot();
        Files.writeString(tmp.resolve("f"), "x");
        k.vfs().mount("/host", new HostFs(tmp, true));
        Task t = k.init();
        assertEquals("x", Sys.readFile(t, "/host/f"));
        assertEquals(-Errno.EROFS.code, t.open("/host/f", O_WRONLY, 0));
        assertEquals(-Errno.EROFS.code, t.mkdir("/host/d", 0));
        assertEquals(-Errno.EROFS.code, t.unlink("/host/f"));
    }

    @Test
    void standardStreamsPassThrough() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Task t = host("line one\nline two\n".getBytes(), out).init();
        byte[] b = new byte[100];
        int n = t.read(0, b, 0, 100);
        assertEquals("line one\nline two\n", new String(b, 0, n)); // no line discipline
        assertEquals(0, t.read(0, b, 0, 100));                       // EOF
        t.write(1, "out".getBytes(), 0, 3);
        assertEquals("out", out.toString());                         // not held back
    }

    @Test
    void pipedStdinReturnsWhatIsAvailableWithoutWaitingForMore() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(feed, 1 << 16);
        Task t = Kernel.forHostProcess(tmp, in, OutputStream.nullOutputStream(), OutputStream.nullOutputStream()).init();
        feed.write("abc".getBytes());
        feed.flush();
        byte[] b = new byte[4096];
        assertEquals(3, t.read(0, b, 0, b.length)); // returns with 3 although 4096 were asked for
        feed.close();
        assertEquals(0, t.read(0, b, 0, b.length));
    }

    @Test
    void exitListenerSeesTheStatus() {
        Kernel k = host(new byte[0], OutputStream.nullOutputStream());
        int[] code = {-1};
        k.init().onExit((task, c) -> code[0] = c);
        assertThrows(org.jracket.kernel.task.TaskExit.class, () -> k.init().exit(42));
        assertEquals(42, code[0]);
    }

    @Test
    void collectsAreMountedReadOnlyFromTheClassPath() {
        Task t = host(new byte[0], OutputStream.nullOutputStream()).init();
        String hello = Sys.readFile(t, "/collects/testlib/hello.rkt");
        assertTrue(hello.startsWith("#lang racket/base"), hello);
        assertEquals("nested\n", Sys.readFile(t, "/collects/testlib/sub/inner.txt"));
        assertTrue(t.readdir("/collects/testlib").containsAll(List.of("hello.rkt", "sub")));
        assertEquals(hello.length(), t.stat("/collects/testlib/hello.rkt").size());
        assertEquals(-Errno.EROFS.code, t.open("/collects/testlib/hello.rkt", O_WRONLY, 0));
        assertEquals(-Errno.EROFS.code, t.mkdir("/collects/x", 0));
        assertEquals(-Errno.ENOENT.code, t.open("/collects/nope.rkt", O_RDONLY, 0));
    }

    @Test
    void collectsAreFoundInAJarWithoutDirectoryEntries() throws Exception {
        Task t = mountJarCollects(jar("lib.jar", "collects/racket/base.rkt", "#lang racket/base",
                "collects/racket/private/x.rkt", "x", "other/y.txt", ""));
        assertEquals(17, t.stat("/collects/racket/base.rkt").size());
    }

    @Test
    void aJarsCollectsIndexListsItsCollects() throws Exception {
        Path dir = tmp.resolve("collects");
        Files.createDirectories(dir.resolve("racket/private"));
        Files.writeString(dir.resolve("racket/base.rkt"), "#lang racket/base");
        Files.writeString(dir.resolve("racket/private/x.rkt"), "x");
        org.jracket.kernel.resfs.ResourceIndex.main(new String[] {dir.toString()});
        String index = Files.readString(tmp.resolve("collects.index"));
        assertEquals("d racket\nf 17 racket/base.rkt\nd racket/private\nf 1 racket/private/x.rkt\n", index);
        // an entry the index does not list is not mounted: the index is the listing
        mountJarCollects(jar("indexed.jar", "collects.index", index, "collects/racket/base.rkt", "#lang racket/base",
                "collects/racket/private/x.rkt", "x", "collects/racket/unlisted.rkt", ""));
    }

    /** A jar in tmp of (entry name, text) pairs. */
    private Path jar(String name, String... entries) throws IOException {
        Path jar = tmp.resolve(name);
        try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(jar))) {
            for (int i = 0; i < entries.length; i += 2) {
                j.putNextEntry(new JarEntry(entries[i]));
                j.write(entries[i + 1].getBytes());
            }
        }
        return jar;
    }

    /** Mounts the jar's collects (racket/base.rkt and racket/private/x.rkt) and checks them. */
    private static Task mountJarCollects(Path jar) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ResourceFs fs = ResourceFs.of(loader, "collects");
            assertEquals(2, fs.fileCount());
            Kernel k = Sys.boot();
            k.vfs().mount("/collects", fs);
            Task t = k.init();
            assertEquals("#lang racket/base", Sys.readFile(t, "/collects/racket/base.rkt"));
            assertEquals("x", Sys.readFile(t, "/collects/racket/private/x.rkt"));
            assertEquals(List.of("base.rkt", "private"), t.readdir("/collects/racket"));
            return t;
        }
    }

    @Test
    void collectsCanBeTakenFromAClassesCodeSource() {
        ResourceFs fs = ResourceFs.ofCodeSource(HostProcessTest.class, "collects");
        assertEquals(2, fs.fileCount());
        assertTrue(fs.list("testlib").contains("hello.rkt"));
    }

    @Test
    void lstatSeesLinksAndIsattyKnowsTerminals() throws Exception {
        Files.writeString(tmp.resolve("target"), "t");
        Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("target"));
        Task t = host(new byte[0], OutputStream.nullOutputStream()).init();
        assertEquals(org.jracket.kernel.syscall.FileStat.Kind.LINK, t.lstat("link").kind());
        assertEquals(org.jracket.kernel.syscall.FileStat.Kind.FILE, t.stat("link").kind());
        assertEquals(0, t.isatty(1)); // a byte stream, not a terminal
        assertEquals(-Errno.EBADF.code, t.isatty(9));
        assertEquals(1, Sys.boot().init().isatty(0)); // the guest console is a terminal
    }

    @Test
    void hostFilesSurviveThreadInterruptsAndHonourCreateFlags() throws Exception {
        Files.writeString(tmp.resolve("f"), "0123456789");
        Task t = host(new byte[0], OutputStream.nullOutputStream()).init();
        int fd = t.open("f", O_RDONLY, 0);
        Thread.currentThread().interrupt(); // as a runtime's break or kill-thread might
        byte[] b = new byte[4];
        assertEquals(4, t.read(fd, b, 0, 4));
        Thread.interrupted();
        assertEquals(4, t.read(fd, b, 0, 4));
        assertEquals("4567", new String(b));
        assertEquals(-Errno.EEXIST.code, t.open("f", O_CREAT | O_EXCL | O_WRONLY, 0));
        Sys.writeFile(t, "f", "ab");                       // O_TRUNC
        assertEquals("ab", Files.readString(tmp.resolve("f")));
        int a = t.open("f", O_WRONLY | O_APPEND, 0);
        t.write(a, "c".getBytes(), 0, 1);
        assertEquals("abc", Files.readString(tmp.resolve("f")));
        assertEquals(-Errno.EISDIR.code, t.open(".", O_WRONLY, 0));
    }
}
