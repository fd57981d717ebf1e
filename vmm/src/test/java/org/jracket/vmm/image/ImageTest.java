package org.jracket.vmm.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.jracket.kernel.blob.Blob;
import org.jracket.vmm.config.ConfigReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImageTest {
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    static byte[] good;
    static int header = ImageFormat.headerBytes(3);

    @BeforeAll
    static void buildSeedImage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter.write(ImageBuilder.build(EXAMPLES.resolve("test2.xml")), out);
        good = out.toByteArray();
    }

    @Test
    void roundTrip(@TempDir Path dir) throws Exception {
        GuestImage built = ImageBuilder.build(EXAMPLES.resolve("test2.xml"));
        Path f = dir.resolve("test2.img");
        ImageWriter.write(built, f);
        GuestImage read = ImageReader.read(f);
        assertEquals(built.configXml(), read.configXml());
        assertArrayEquals(built.collectionsBlob(), read.collectionsBlob());
        assertArrayEquals(built.programBlob(), read.programBlob());
        Blob program = Blob.parse(read.programBlob());
        assertEquals("/", program.root());
        assertEquals(List.of("test2.rkt", "tmp/racket/place-worker.rkt"), program.files().stream().map(Blob.Entry::name).toList());
        assertArrayEquals(Files.readAllBytes(EXAMPLES.resolve("seed/test2.rkt")), program.content(program.files().get(0)));
        Blob collections = Blob.parse(read.collectionsBlob());
        assertEquals("/collects", collections.root());
        assertTrue(collections.files().stream().anyMatch(e -> e.name().equals("racket/base.rkt")));
        assertEquals("test2", ConfigReader.read(read.configXml(), "img", dir, ConfigReader.HostChecks.NONE).name());
    }

    record Damage(String what, UnaryOperator<byte[]> change, String expected) {
        @Override public String toString() { return what; }
    }

    static byte[] flip(byte[] b, int at) {
        byte[] c = b.clone();
        c[at] ^= 0x40;
        return c;
    }

    /** Sets a table field and fixes the header CRC, so that the later checks are what fail. */
    static byte[] withTable(byte[] b, int entry, int fieldOffset, long value, boolean isInt) {
        byte[] c = b.clone();
        ByteBuffer bb = ByteBuffer.wrap(c);
        int at = ImageFormat.PREFIX_BYTES + entry * ImageFormat.ENTRY_BYTES + fieldOffset;
        if (isInt) bb.putInt(at, (int) value);
        else bb.putLong(at, value);
        CRC32 crc = new CRC32();
        crc.update(c, 0, header - 4);
        bb.putInt(header - 4, (int) crc.getValue());
        return c;
    }

    static Stream<Damage> damaged() {
        return Stream.of(
            new Damage("empty file", b -> new byte[0], "truncated image: 0 bytes"),
            new Damage("cut in the prefix", b -> Arrays.copyOf(b, 5), "truncated image: 5 bytes"),
            new Damage("cut in the table", b -> Arrays.copyOf(b, 40), "the header of 3 sections needs"),
            new Damage("cut in a section", b -> Arrays.copyOf(b, b.length - 100), "truncated image: the program section needs"),
            new Damage("bad magic", b -> flip(b, 0), "not a JRacket guest image"),
            new Damage("a text file", b -> "<vm name=\"x\"/>\n".repeat(3).getBytes(StandardCharsets.UTF_8), "not a JRacket guest image"),
            new Damage("future version", b -> { byte[] c = b.clone(); c[9] = 9; return c; }, "unsupported image version 9"),
            new Damage("no sections", b -> { byte[] c = b.clone(); c[10] = 0; c[11] = 0; return c; }, "0 sections"),
            new Damage("header bit flip", b -> flip(b, 20), "corrupt image header: CRC32"),
            new Damage("config bit flip", b -> flip(b, header + 10), "the config section (offset"),
            new Damage("collections bit flip", b -> flip(b, header + 2000), "does not match its SHA-256"),
            new Damage("trailing bytes", b -> Arrays.copyOf(b, b.length + 7), "7 unexpected bytes after the last section"),
            new Damage("unknown section type", b -> withTable(b, 1, 0, 42, true), "unknown type 42"),
            new Damage("repeated section", b -> withTable(b, 1, 0, 1, true), "repeats the config section"),
            new Damage("huge section length", b -> withTable(b, 0, 4, Long.MAX_VALUE, false), "section length"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void damagedImagesAreRefused(Damage d) {
        ImageException e = assertThrows(ImageException.class, () -> ImageReader.read(d.change().apply(good), "x.img"));
        assertTrue(e.getMessage().startsWith("x.img: "), e.getMessage());
        assertTrue(e.getMessage().contains(d.expected()), "expected '" + d.expected() + "' in: " + e.getMessage());
    }

    @Test
    void checksummedButInvalidBlobIsRefused() {
        GuestImage bad = new GuestImage("<vm/>", new byte[] {1, 0, 0, 0}, new byte[8]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(assertThrows(ImageException.class, () -> {
            ImageWriter.write(bad, out);
            ImageReader.read(out.toByteArray(), "x.img");
        }).getMessage().contains("the collections section is not a valid blob: truncated blob"));
    }

    @Test
    void missingImageFile(@TempDir Path dir) {
        assertEquals(dir.resolve("no.img") + ": no such image file",
                assertThrows(ImageException.class, () -> ImageReader.read(dir.resolve("no.img"))).getMessage());
    }
}
