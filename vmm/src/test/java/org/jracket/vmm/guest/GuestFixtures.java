package org.jracket.vmm.guest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jracket.kernel.blob.BlobWriter;
import org.jracket.vmm.config.ConfigReader;
import org.jracket.vmm.config.GuestConfig;
import org.jracket.vmm.image.GuestImage;

/** Guests without the Racket runtime: a config, empty blobs, and an init program given by the test. */
final class GuestFixtures {
    private GuestFixtures() {}

    static GuestConfig config(String name, String memory, int cores) throws Exception {
        String xml = "<vm name=\"" + name + "\"><memory size=\"" + memory + "\"/><cores count=\"" + cores + "\"/>"
                + "<devices><console id=\"serial0\" stream=\"s\" scrollback=\"1KB\"/></devices>"
                + "<boot><collections source=\"builtin\"/><init><arg>-n</arg></init></boot></vm>";
        return ConfigReader.read(xml, name + ".xml", null, ConfigReader.HostChecks.NONE);
    }

    static GuestImage emptyImage() throws IOException {
        Path dir = Files.createTempDirectory("vmm-test");
        try {
            return new GuestImage("<vm/>", blob(dir, "/collects"), blob(dir, "/"));
        } finally {
            Files.delete(dir);
        }
    }

    private static byte[] blob(Path dir, String root) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BlobWriter.write(dir, root, out);
        return out.toByteArray();
    }
}
