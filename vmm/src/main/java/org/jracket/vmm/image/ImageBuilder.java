package org.jracket.vmm.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.jracket.kernel.Kernel;
import org.jracket.kernel.blob.BlobWriter;
import org.jracket.vmm.config.ConfigException;
import org.jracket.vmm.config.ConfigReader;
import org.jracket.vmm.config.GuestConfig;

/**
 * The {@code build_vm} step: packs a config, the collections and the program files into an image.
 * The collections are the runtime's own Racket library ({@code builtin}, from the class path,
 * whether it is a directory or inside a jar) or a host directory; program files are staged in a
 * scratch directory at their guest paths so the kernel's {@link BlobWriter} packs them as is.
 */
public final class ImageBuilder {
    private ImageBuilder() {}

    public static GuestImage build(Path configFile) throws ConfigException, ImageException {
        GuestConfig config = ConfigReader.readFile(configFile);
        String xml;
        try {
            xml = Files.readString(configFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImageException(configFile + ": cannot read config: " + e.getMessage());
        }
        return build(config, xml);
    }

    public static GuestImage build(GuestConfig config, String configXml) throws ImageException {
        return new GuestImage(configXml, collectionsBlob(config.collections()), programBlob(config));
    }

    static byte[] collectionsBlob(GuestConfig.Collections c) throws ImageException {
        if (!c.builtin()) return packDirectory(c.hostDir(), c.root());
        URL url = Kernel.class.getClassLoader().getResource(Kernel.COLLECTS_RESOURCE + "/racket/base.rkt");
        if (url == null) throw new ImageException("builtin collections: the runtime's collects/ is not on the class path");
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("file")) return packDirectory(Path.of(uri).getParent().getParent(), c.root());
            try (FileSystem jar = jarFileSystem(uri)) {
                return packDirectory(jar.getPath("/" + Kernel.COLLECTS_RESOURCE), c.root());
            }
        } catch (URISyntaxException | IOException e) {
            throw new ImageException("builtin collections: cannot open " + url + ": " + e.getMessage(), e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        String s = uri.toString();
        URI jar = URI.create(s.substring(0, s.indexOf("!/")));
        try {
            return FileSystems.newFileSystem(jar, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new IOException("jar file system already open: " + jar);
        }
    }

    private static byte[] packDirectory(Path dir, String root) throws ImageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BlobWriter.write(dir, root, out);
        } catch (IOException e) {
            throw new ImageException("cannot pack " + dir + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The program files at their guest paths, as one blob rooted at "/". */
    static byte[] programBlob(GuestConfig config) throws ImageException {
        Path stage = null;
        try {
            stage = Files.createTempDirectory("jrvm-build-");
            for (GuestConfig.ProgramFile f : config.files()) {
                Path target = stage.resolve(f.dest().substring(1));
                if (Files.isDirectory(f.src())) copyTree(f.src(), target);
                else {
                    Files.createDirectories(target.getParent());
                    Files.copy(f.src(), target);
                }
            }
            return packDirectory(stage, "/");
        } catch (IOException e) {
            throw new ImageException("cannot stage program files: " + e.getMessage(), e);
        } finally {
            if (stage != null) deleteTree(stage);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else if (Files.isRegularFile(p)) Files.copy(p, t);
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A scratch directory left in /tmp is harmless.
        }
    }
}
