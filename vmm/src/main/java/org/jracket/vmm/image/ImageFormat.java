package org.jracket.vmm.image;

import java.nio.charset.StandardCharsets;

/**
 * The guest image file ({@code jracket vm build}), version 1. Big-endian throughout:
 * <pre>
 *   magic        8 bytes   "JRVMIMG" NUL
 *   version      u16       1
 *   count        u16       number of sections (1..16)
 *   count x:
 *     type       u32       1 config, 2 collections, 3 program
 *     length     u64       bytes of the section
 *     sha256     32 bytes  SHA-256 of the section's bytes
 *   headerCrc    u32       CRC32 of every byte above
 *   sections, in table order, back to back; nothing after the last
 * </pre>
 * The header CRC catches a damaged table before any length is trusted; each section's SHA-256
 * catches damaged contents. Sections: the config as UTF-8 XML; the collections and the program
 * files each as a seed collections blob (kernel {@code blob.Blob}: the program blob's root is
 * "/", its files at their guest paths). Each type occurs exactly once.
 */
public final class ImageFormat {
    static final byte[] MAGIC = "JRVMIMG\0".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int MAX_SECTIONS = 16;
    static final int ENTRY_BYTES = 4 + 8 + 32;
    /** Bytes before the table: magic, version, count. */
    static final int PREFIX_BYTES = 8 + 2 + 2;
    /** A section is held in one Java array. */
    static final long MAX_SECTION_BYTES = Integer.MAX_VALUE - 64;

    private ImageFormat() {}

    /** Section types. */
    public enum Section {
        CONFIG(1), COLLECTIONS(2), PROGRAM(3);

        final int code;

        Section(int code) { this.code = code; }

        static Section of(int code) {
            for (Section s : values()) if (s.code == code) return s;
            return null;
        }

        String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    static int headerBytes(int sections) { return PREFIX_BYTES + sections * ENTRY_BYTES + 4; }
}
