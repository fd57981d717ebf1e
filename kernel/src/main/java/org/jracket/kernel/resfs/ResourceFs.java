package org.jracket.kernel.resfs;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.vfs.StaticTreeFs;

/**
 * Read-only view of a resource directory of the class path (the runtime's Racket library sources
 * under {@code collects/}), whether the classes are in a directory or in a jar. The file list is
 * read once from each class path root that has the directory (from a jar's {@code DIR.index}
 * when it has one, see {@link ResourceIndex}); contents are read on open.
 */
public final class ResourceFs extends StaticTreeFs<ResourceFs.Source> {
    /** Where a file's bytes are: a host file, or an entry of a jar. */
    record Source(Path file, JarFile jar, String entry) {}

    private final String dir;

    private ResourceFs(String dir) { this.dir = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir; }

    @Override public String type() { return "resfs"; }

    /**
     * Everything under resource directory {@code dir} in every class path root of {@code loader}.
     * Roots are found by asking the loader for the directory, then, for jars stored without
     * directory entries, by scanning the loader's URLs (a URLClassLoader) or the
     * {@code java.class.path} entries.
     */
    public static ResourceFs of(ClassLoader loader, String dir) {
        ResourceFs fs = new ResourceFs(dir);
        try {
            Enumeration<URL> roots = loader.getResources(fs.dir);
            while (roots.hasMoreElements()) fs.addRoot(roots.nextElement());
            if (fs.fileCount() == 0 && loader instanceof java.net.URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    if (url.getProtocol().equals("file")) fs.addCodeSource(Path.of(URI.create(url.toString())));
                }
            }
            if (fs.fileCount() == 0) {
                for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                    if (!entry.isEmpty()) fs.addCodeSource(Path.of(entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list resources " + dir, e);
        }
        return fs;
    }

    /** Everything under {@code dir} in the code source (class directory or jar) of {@code anchor}. */
    public static ResourceFs ofCodeSource(Class<?> anchor, String dir) {
        ResourceFs fs = new ResourceFs(dir);
        try {
            fs.addCodeSource(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot locate the code source of " + anchor.getName(), e);
        }
        return fs;
    }

    private void addRoot(URL url) throws IOException {
        switch (url.getProtocol()) {
            case "file" -> addDirectory(Path.of(URI.create(url.toString())));
            case "jar" -> {
                JarURLConnection c = (JarURLConnection) url.openConnection();
                c.setUseCaches(false);
                try {
                    addJar(Path.of(c.getJarFileURL().toURI()));
                } catch (java.net.URISyntaxException e) {
                    throw new IOException(e);
                }
            }
            default -> { /* other schemes (jrt:, custom loaders) have no listable tree */ }
        }
    }

    private void addCodeSource(Path location) throws IOException {
        if (Files.isDirectory(location)) addDirectory(location.resolve(dir));
        else if (Files.isRegularFile(location)) addJar(location);
    }

    private void addDirectory(Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = root.relativize(p).toString().replace(File.separatorChar, '/');
                if (rel.isEmpty()) continue;
                if (Files.isDirectory(p)) addDir(rel);
                else addFile(rel, Files.size(p), new Source(p, null, null));
            }
        }
    }

    private void addJar(Path jarPath) throws IOException {
        JarFile jar = new JarFile(jarPath.toFile());
        String prefix = dir + "/";
        JarEntry index = jar.getJarEntry(dir + ".index");
        List<ResourceIndex.Item> items = null;
        if (index != null) {
            try (InputStream in = jar.getInputStream(index)) {
                items = ResourceIndex.parse(in.readAllBytes());
            }
        }
        if (items != null) {
            for (ResourceIndex.Item i : items) {
                if (i.directory()) addDir(i.rel());
                else addFile(i.rel(), i.size(), new Source(null, jar, prefix + i.rel()));
            }
            if (items.isEmpty()) jar.close();
            return;
        }
        boolean used = false;
        for (Enumeration<JarEntry> es = jar.entries(); es.hasMoreElements(); ) {
            JarEntry e = es.nextElement();
            if (!e.getName().startsWith(prefix) || e.getName().length() == prefix.length()) continue;
            String rel = e.getName().substring(prefix.length());
            if (e.isDirectory()) addDir(rel.substring(0, rel.length() - 1));
            else addFile(rel, e.getSize(), new Source(null, jar, e.getName()));
            used = true;
        }
        if (!used) jar.close();
    }

    @Override
    protected byte[] content(String rel, Source s) {
        try {
            if (s.file() != null) return Files.readAllBytes(s.file());
            try (InputStream in = s.jar().getInputStream(s.jar().getJarEntry(s.entry()))) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO, e.getMessage());
        }
    }
}
