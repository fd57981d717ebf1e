package org.jracket.kernel.blob;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code MakeBlob DIR ROOT OUT}: packs directory DIR into blob file OUT, to be unpacked at ROOT
 * (seed paper 4.3's makeblob).
 */
public final class MakeBlob {
    private MakeBlob() {}

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: MakeBlob DIR ROOT OUT");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        if (!Files.isDirectory(dir)) {
            System.err.println("makeblob: " + dir + " is not a directory");
            System.exit(1);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])))) {
            int[] counts = BlobWriter.write(dir, args[1], out);
            System.out.println("makeblob: " + counts[0] + " folders, " + counts[1] + " files -> " + args[2]);
        } catch (IOException e) {
            System.err.println("makeblob: " + e.getMessage());
            System.exit(1);
        }
    }
}
