package org.jracket.vmm.image;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32;

/** Writes a {@link GuestImage} in the {@link ImageFormat}; the file appears whole or not at all. */
public final class ImageWriter {
    private ImageWriter() {}

    public static void write(GuestImage image, Path out) throws IOException {
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".jrvm-", ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                write(image, os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void write(GuestImage image, OutputStream out) throws IOException {
        byte[][] sections = {image.configXml().getBytes(StandardCharsets.UTF_8), image.collectionsBlob(), image.programBlob()};
        ImageFormat.Section[] types = {ImageFormat.Section.CONFIG, ImageFormat.Section.COLLECTIONS, ImageFormat.Section.PROGRAM};
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.write(ImageFormat.MAGIC);
        h.writeShort(ImageFormat.VERSION);
        h.writeShort(sections.length);
        for (int i = 0; i < sections.length; i++) {
            h.writeInt(types[i].code);
            h.writeLong(sections[i].length);
            h.write(sha256(sections[i]));
        }
        CRC32 crc = new CRC32();
        crc.update(header.toByteArray());
        h.writeInt((int) crc.getValue());
        out.write(header.toByteArray());
        for (byte[] s : sections) out.write(s);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
