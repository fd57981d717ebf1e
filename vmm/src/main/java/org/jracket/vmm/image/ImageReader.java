package org.jracket.vmm.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32;

import org.jracket.kernel.blob.Blob;
import org.jracket.kernel.blob.BlobException;

/**
 * Loads and checks an image: magic, version, header CRC, section table, every section's length
 * and SHA-256, then the blobs' own structure. Nothing in the file is trusted before it is
 * checked, so a damaged image is refused with what is wrong and where, never half-loaded.
 */
public final class ImageReader {
    /** Images larger than this are refused before being read. */
    public static final long MAX_IMAGE_BYTES = 1L << 30;

    private ImageReader() {}

    public static GuestImage read(Path file) throws ImageException {
        String name = file.toString();
        byte[] data;
        try {
            long size = Files.size(file);
            if (size > MAX_IMAGE_BYTES)
                throw new ImageException(name + ": image is " + size + " bytes, more than the " + MAX_IMAGE_BYTES + " allowed");
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImageException(name + ": no such image file");
        } catch (IOException e) {
            throw new ImageException(name + ": cannot read image: " + e.getMessage());
        }
        return read(data, name);
    }

    public static GuestImage read(byte[] data, String name) throws ImageException {
        ByteBuffer b = ByteBuffer.wrap(data);
        if (data.length < ImageFormat.PREFIX_BYTES)
            throw new ImageException(name + ": truncated image: " + data.length + " bytes, shorter than the "
                    + ImageFormat.PREFIX_BYTES + "-byte header prefix");
        byte[] magic = new byte[ImageFormat.MAGIC.length];
        b.get(magic);
        if (!Arrays.equals(magic, ImageFormat.MAGIC))
            throw new ImageException(name + ": not a JRacket guest image (bad magic " + HexFormat.of().formatHex(magic)
                    + ", expected " + HexFormat.of().formatHex(ImageFormat.MAGIC) + "; build one with jracket vm build)");
        int version = Short.toUnsignedInt(b.getShort());
        if (version != ImageFormat.VERSION)
            throw new ImageException(name + ": unsupported image version " + version + " (this monitor reads version " + ImageFormat.VERSION + ")");
        int count = Short.toUnsignedInt(b.getShort());
        if (count == 0 || count > ImageFormat.MAX_SECTIONS)
            throw new ImageException(name + ": corrupt image header: " + count + " sections (expected 1 to " + ImageFormat.MAX_SECTIONS + ")");
        int headerBytes = ImageFormat.headerBytes(count);
        if (data.length < headerBytes)
            throw new ImageException(name + ": truncated image: the header of " + count + " sections needs " + headerBytes
                    + " bytes, the file has " + data.length);
        CRC32 crc = new CRC32();
        crc.update(data, 0, headerBytes - 4);
        int storedCrc = ByteBuffer.wrap(data, headerBytes - 4, 4).getInt();
        if ((int) crc.getValue() != storedCrc)
            throw new ImageException(name + ": corrupt image header: CRC32 is " + Long.toHexString(crc.getValue())
                    + ", the header says " + Integer.toHexString(storedCrc));
        Map<ImageFormat.Section, byte[]> sections = sections(b, data, count, headerBytes, name);
        for (ImageFormat.Section s : ImageFormat.Section.values())
            if (!sections.containsKey(s)) throw new ImageException(name + ": image has no " + s.label() + " section");
        String config = utf8(sections.get(ImageFormat.Section.CONFIG), name);
        checkBlob(sections.get(ImageFormat.Section.COLLECTIONS), name, "collections");
        checkBlob(sections.get(ImageFormat.Section.PROGRAM), name, "program");
        return new GuestImage(config, sections.get(ImageFormat.Section.COLLECTIONS), sections.get(ImageFormat.Section.PROGRAM));
    }

    private static Map<ImageFormat.Section, byte[]> sections(ByteBuffer b, byte[] data, int count, int headerBytes, String name)
            throws ImageException {
        Map<ImageFormat.Section, byte[]> r = new EnumMap<>(ImageFormat.Section.class);
        long pos = headerBytes;
        for (int i = 0; i < count; i++) {
            int code = b.getInt();
            long length = b.getLong();
            byte[] digest = new byte[32];
            b.get(digest);
            ImageFormat.Section type = ImageFormat.Section.of(code);
            if (type == null) throw new ImageException(name + ": section #" + i + " has unknown type " + code + " (expected 1, 2 or 3)");
            if (r.containsKey(type)) throw new ImageException(name + ": section #" + i + " repeats the " + type.label() + " section");
            if (length < 0 || length > ImageFormat.MAX_SECTION_BYTES)
                throw new ImageException(name + ": corrupt image: " + type.label() + " section length " + Long.toUnsignedString(length));
            if (length > data.length - pos)
                throw new ImageException(name + ": truncated image: the " + type.label() + " section needs " + length
                        + " bytes at offset " + pos + ", only " + Math.max(0, data.length - pos) + " remain");
            byte[] bytes = Arrays.copyOfRange(data, (int) pos, (int) (pos + length));
            if (!Arrays.equals(ImageWriter.sha256(bytes), digest))
                throw new ImageException(name + ": corrupt image: the " + type.label() + " section (offset " + pos
                        + ", " + length + " bytes) does not match its SHA-256");
            r.put(type, bytes);
            pos += length;
        }
        if (pos != data.length)
            throw new ImageException(name + ": corrupt image: " + (data.length - pos) + " unexpected bytes after the last section, at offset " + pos);
        return r;
    }

    private static String utf8(byte[] bytes, String name) throws ImageException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImageException(name + ": the config section is not UTF-8 text");
        }
    }

    private static void checkBlob(byte[] blob, String name, String what) throws ImageException {
        try {
            Blob.parse(blob);
        } catch (BlobException e) {
            throw new ImageException(name + ": the " + what + " section is not a valid blob: " + e.getMessage());
        }
    }
}
