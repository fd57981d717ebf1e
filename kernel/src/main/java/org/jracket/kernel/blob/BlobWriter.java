package org.jracket.kernel.blob;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Packs a host directory tree into the {@link Blob} format. */
public final class BlobWriter {
    private BlobWriter() {}

    /** Writes the tree under {@code dir} as a blob to be unpacked at {@code root}. Returns {folders, files}. */
    public static int[] write(Path dir, String root, OutputStream out) throws IOException {
        List<Path> folders = new ArrayList<>(), files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            // Sorted walk order puts each folder before what it contains.
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                if (p.equals(dir)) continue;
                if (Files.isDirectory(p)) folders.add(p);
                else if (Files.isRegularFile(p)) files.add(p);
            }
        }
        u32(out, folders.size());
        u32(out, files.size());
        string(out, root);
        for (Path f : folders) string(out, relative(dir, f));
        byte[] buf = new byte[65536];
        for (Path f : files) {
            long size = Files.size(f);
            if (size > 0xffff_ffffL || size > Integer.MAX_VALUE - 64)
                throw new IOException(f + ": " + size + " bytes do not fit the blob's 4-byte size field");
            u32(out, size);
            string(out, relative(dir, f));
            long copied = 0;
            try (InputStream in = Files.newInputStream(f)) {
                for (int n; copied < size && (n = in.read(buf, 0, (int) Math.min(buf.length, size - copied))) > 0; ) {
                    out.write(buf, 0, n);
                    copied += n;
                }
            }
            if (copied != size) throw new IOException(f + " changed size while being packed");
        }
        return new int[] {folders.size(), files.size()};
    }

    private static String relative(Path dir, Path p) { return dir.relativize(p).toString().replace(File.separatorChar, '/'); }

    private static void u32(OutputStream out, long v) throws IOException {
        out.write((int) v);
        out.write((int) (v >>> 8));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 24));
    }

    private static void string(OutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        for (byte x : b) if (x == 0) throw new IOException("NUL in path " + s);
        out.write(b);
        out.write(0);
    }
}
