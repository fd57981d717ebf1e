package org.jracket.kernel.resfs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The listing of a resource directory, written at build time beside it ({@code DIR.index}) so
 * that mounting it from a jar reads one entry instead of enumerating every entry of the jar
 * (which, interpreted on a cold JVM, cost 10 to 15 ms of each start). One line per item:
 * {@code d REL} for a directory, {@code f SIZE REL} for a file, paths relative to DIR with '/'.
 */
public final class ResourceIndex {
    private ResourceIndex() {}

    /** One item of a listing. */
    public record Item(String rel, boolean directory, long size) {}

    /** The items of the listing text; a malformed line makes the whole listing unusable (null). */
    static List<Item> parse(byte[] text) {
        List<Item> items = new ArrayList<>();
        for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty()) continue;
            if (line.startsWith("d ") && line.length() > 2) {
                items.add(new Item(line.substring(2), true, 0));
                continue;
            }
            int space = line.indexOf(' ', 2);
            if (!line.startsWith("f ") || space < 0 || space == line.length() - 1) return null;
            try {
                items.add(new Item(line.substring(space + 1), false, Long.parseLong(line.substring(2, space))));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return items;
    }

    /** The listing of directory dir (sorted, so that builds are reproducible). */
    static String listing(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                String rel = dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                if (rel.isEmpty()) continue;
                if (Files.isDirectory(p)) sb.append("d ").append(rel).append('\n');
                else sb.append("f ").append(Files.size(p)).append(' ').append(rel).append('\n');
            }
        }
        return sb.toString();
    }

    /** Build step: {@code ResourceIndex DIR} writes DIR.index. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ResourceIndex DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath().normalize();
        Files.writeString(dir.resolveSibling(dir.getFileName() + ".index"), listing(dir));
    }
}
