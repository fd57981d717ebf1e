package org.jracket.kernel.blob;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A collections blob: a directory tree packed into one byte array, so it can be carried inside
 * the program image and unpacked into the in-memory file system at boot (seed paper 4.3).
 *
 * <p>Format (all integers 4-byte little-endian, as on x86-64; strings UTF-8 and NUL-terminated):
 * <pre>
 *   numFolders                     u32
 *   numFiles                       u32
 *   rootFolderPath NUL             where the tree is unpacked, e.g. "/collects"
 *   numFolders x (folderPath NUL)  relative to the root, parents before children
 *   numFiles x:
 *     fileSize                     u32
 *     fileName NUL                 path relative to the root
 *     data                         fileSize bytes
 * </pre>
 * Nothing follows the last file. Relative paths use '/' and contain no "." or ".." parts.
 *
 * @param root    the root folder path
 * @param folders folder paths relative to the root
 * @param files   the files, each a range of {@code data}
 * @param data    the whole blob
 */
public record Blob(String root, List<String> folders, List<Entry> files, byte[] data) {
    /** One file: its relative name and where its bytes are in {@code data}. */
    public record Entry(String name, int offset, int size) {}

    public byte[] content(Entry e) {
        byte[] b = new byte[e.size];
        System.arraycopy(data, e.offset, b, 0, e.size);
        return b;
    }

    /** Parses and checks a blob; the exception message names the offset and entry at fault. */
    public static Blob parse(byte[] data) throws BlobException {
        Reader r = new Reader(data);
        long numFolders = r.u32("numFolders");
        long numFiles = r.u32("numFiles");
        // Each folder takes at least 2 bytes, each file at least 6: reject absurd counts early.
        if (numFolders * 2 + numFiles * 6 > data.length - r.pos)
            throw new BlobException("corrupt blob: header at offset 0 declares " + numFolders + " folders and "
                    + numFiles + " files, more than the " + (data.length - r.pos) + " bytes that follow can hold");
        String root = r.string("root folder path");
        if (root.isEmpty()) throw new BlobException("corrupt blob: empty root folder path at offset 8");
        List<String> folders = new ArrayList<>((int) numFolders);
        for (int i = 0; i < numFolders; i++) {
            int at = r.pos;
            String f = r.string("folder #" + i);
            checkRelative(f, "folder #" + i, at);
            folders.add(f);
        }
        List<Entry> files = new ArrayList<>((int) numFiles);
        for (int i = 0; i < numFiles; i++) {
            int at = r.pos;
            long size = r.u32("size of file #" + i);
            String name = r.string("name of file #" + i);
            checkRelative(name, "file #" + i, at);
            if (size > data.length - r.pos)
                throw new BlobException("truncated blob: file #" + i + " '" + name + "' (entry at offset " + at
                        + ") declares " + size + " bytes of data at offset " + r.pos + " but only "
                        + (data.length - r.pos) + " remain");
            files.add(new Entry(name, r.pos, (int) size));
            r.pos += (int) size;
        }
        if (r.pos != data.length)
            throw new BlobException("corrupt blob: " + (data.length - r.pos) + " unexpected bytes after the last file, at offset " + r.pos);
        return new Blob(root, List.copyOf(folders), List.copyOf(files), data);
    }

    private static void checkRelative(String p, String what, int at) throws BlobException {
        boolean bad = p.isEmpty() || p.startsWith("/") || p.endsWith("/");
        for (String part : p.split("/", -1)) bad |= part.isEmpty() || part.equals(".") || part.equals("..");
        if (bad) throw new BlobException("corrupt blob: " + what + " at offset " + at + " has a bad relative path '" + p + "'");
    }

    /** Bounds-checked little-endian cursor. */
    private static final class Reader {
        final byte[] data;
        int pos;

        Reader(byte[] data) { this.data = data; }

        long u32(String what) throws BlobException {
            if (data.length - pos < 4)
                throw new BlobException("truncated blob: " + what + " at offset " + pos + " needs 4 bytes, "
                        + (data.length - pos) + " remain");
            long v = (data[pos] & 0xffL) | (data[pos + 1] & 0xffL) << 8 | (data[pos + 2] & 0xffL) << 16 | (data[pos + 3] & 0xffL) << 24;
            pos += 4;
            return v;
        }

        String string(String what) throws BlobException {
            int end = pos;
            while (end < data.length && data[end] != 0) end++;
            if (end == data.length)
                throw new BlobException("truncated blob: " + what + " at offset " + pos + " has no terminating NUL");
            String s = new String(data, pos, end - pos, StandardCharsets.UTF_8);
            pos = end + 1;
            return s;
        }
    }
}
