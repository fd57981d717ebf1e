package org.jracket.kernel;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jracket.kernel.blob.Blob;
import org.jracket.kernel.blob.BlobException;
import org.jracket.kernel.blob.BlobExpander;
import org.jracket.kernel.blob.BlobWriter;
import org.jracket.kernel.blob.ImageFs;
import org.jracket.kernel.blob.MakeBlob;
import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobTest {
    @TempDir Path tmp;

    private Path smallTree() throws IOException {
        Path d = tmp.resolve("src");
        Files.createDirectories(d.resolve("racket/private"));
        Files.createDirectories(d.resolve("empty"));
        Files.writeString(d.resolve("racket/base.rkt"), "#lang racket/base\n");
        Files.writeString(d.resolve("racket/private/list.rkt"), "(define x 1)\n");
        Files.write(d.resolve("zero.bin"), new byte[0]);
        return d;
    }

    private static byte[] blobOf(Path dir, String root) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BlobWriter.write(dir, root, out);
        return out.toByteArray();
    }

    @Test
    void encodesTheSeedLayoutLittleEndian() throws Exception {
        byte[] b = blobOf(smallTree(), "/collects");
        assertArrayEquals(new byte[] {3, 0, 0, 0, 3, 0, 0, 0}, Arrays.copyOf(b, 8)); // 3 folders, 3 files
        assertEquals("/collects\0empty\0racket\0racket/private\0", new String(b, 8, 10 + 6 + 7 + 15));
        Blob blob = Blob.parse(b);
        assertEquals("/collects", blob.root());
        assertEquals(3, blob.files().size());
        assertEquals("racket/base.rkt", blob.files().get(0).name());
        assertEquals("#lang racket/base\n", new String(blob.content(blob.files().get(0))));
    }

    @Test
    void roundTripThroughTheVfs() throws Exception {
        Task t = Sys.boot().init();
        BlobExpander.expand(t, blobOf(smallTree(), "/tmp/racket"));
        assertEquals("#lang racket/base\n", Sys.readFile(t, "/tmp/racket/racket/base.rkt"));
        assertEquals("(define x 1)\n", Sys.readFile(t, "/tmp/racket/racket/private/list.rkt"));
        assertTrue(t.stat("/tmp/racket/empty").isDirectory());
        assertEquals(0, t.stat("/tmp/racket/zero.bin").size());
    }

    @Test
    void truncatedBlobsAreRejectedAtEveryCut() throws Exception {
        byte[] b = blobOf(smallTree(), "/r");
        for (int cut = 0; cut < b.length; cut++) {
            int at = cut;
            BlobException e = assertThrows(BlobException.class, () -> Blob.parse(Arrays.copyOf(b, at)), "cut at " + cut);
            assertTrue(e.getMessage().contains("offset"), e.getMessage());
        }
    }

    @Test
    void corruptionIsReportedWithOffsetAndEntry() throws Exception {
        byte[] b = blobOf(smallTree(), "/r");
        Blob ok = Blob.parse(b);
        Blob.Entry second = ok.files().get(1);
        // Enlarge the second file's declared size so it runs past the end.
        int sizeAt = second.offset() - second.name().length() - 1 - 4;
        byte[] bad = b.clone();
        bad[sizeAt + 2] = 0x7f;
        BlobException e = assertThrows(BlobException.class, () -> Blob.parse(bad));
        assertTrue(e.getMessage().contains("file #1 'racket/private/list.rkt'"), e.getMessage());
        assertTrue(e.getMessage().contains("offset " + sizeAt), e.getMessage());

        byte[] trailing = Arrays.copyOf(b, b.length + 3);
        assertTrue(assertThrows(BlobException.class, () -> Blob.parse(trailing)).getMessage().contains("after the last file"));

        byte[] escape = blobOf(smallTree(), "/r");
        int dot = new String(escape, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("empty");
        System.arraycopy("../..".getBytes(), 0, escape, dot, 5);
        assertTrue(assertThrows(BlobException.class, () -> Blob.parse(escape)).getMessage().contains("folder #0"));

        byte[] huge = b.clone();
        huge[3] = 0x10; // 268 million folders
        assertTrue(assertThrows(BlobException.class, () -> Blob.parse(huge)).getMessage().contains("header"));
    }

    @Test
    void expansionReportsAFullFileSystem() throws Exception {
        Kernel k = Kernel.boot(KernelConfig.defaults().withKernelPoolBytes(4096));
        Path d = tmp.resolve("big");
        Files.createDirectories(d);
        Files.write(d.resolve("a"), new byte[3000]);
        Files.write(d.resolve("b"), new byte[3000]);
        BlobException e = assertThrows(BlobException.class, () -> BlobExpander.expand(k.init(), blobOf(d, "/x")));
        assertTrue(e.getMessage().contains("/x/b") && e.getMessage().contains("ENOSPC"), e.getMessage());
    }

    @Test
    void makeblobOfAThousandFilesInAHundredFoldersExpandsToAnIdenticalTree() throws Exception {
        Path src = tmp.resolve("tree");
        java.util.Random rnd = new java.util.Random(42);
        for (int f = 0; f < 100; f++) {
            Path folder = src.resolve("c" + (f / 10)).resolve("f" + f);
            Files.createDirectories(folder);
            for (int i = 0; i < 10; i++) {
                byte[] data = new byte[rnd.nextInt(3000)];
                rnd.nextBytes(data);
                Files.write(folder.resolve("m" + i + ".rkt"), data);
            }
        }
        Path out = tmp.resolve("blob");
        MakeBlob.main(new String[] {src.toString(), "/collects", out.toString()});
        Blob blob = Blob.parse(Files.readAllBytes(out));
        assertEquals(110, blob.folders().size());
        assertEquals(1000, blob.files().size());

        Kernel k = Kernel.boot(KernelConfig.defaults());
        BlobExpander.expand(k.init(), blob);
        assertEquals(snapshot(src), snapshotVfs(k.init(), "/collects"));

        // The same tree, mounted in place.
        k.vfs().mount("/image", new ImageFs(blob));
        assertEquals(snapshot(src), snapshotVfs(k.init(), "/image"));
        assertTrue(k.init().open("/image/c0/f0/m0.rkt", OpenFlags.O_WRONLY, 0) < 0);
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String rel = root.relativize(p).toString();
                m.put(rel, Files.isDirectory(p) ? "dir" : Arrays.toString(Files.readAllBytes(p)));
            }
        }
        return m;
    }

    private static Map<String, String> snapshotVfs(Task t, String root) {
        Map<String, String> m = new TreeMap<>();
        walk(t, root, "", m);
        return m;
    }

    private static void walk(Task t, String root, String rel, Map<String, String> m) {
        String path = rel.isEmpty() ? root : root + "/" + rel;
        if (t.stat(path).isDirectory()) {
            m.put(rel, "dir");
            for (String n : t.readdir(path)) walk(t, root, rel.isEmpty() ? n : rel + "/" + n, m);
        } else {
            int fd = t.open(path, OpenFlags.O_RDONLY, 0);
            m.put(rel, Arrays.toString(Sys.readAll(t, fd)));
            t.close(fd);
        }
    }
}
