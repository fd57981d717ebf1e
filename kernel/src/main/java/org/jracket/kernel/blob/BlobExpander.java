package org.jracket.kernel.blob;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.syscall.SystemCalls;

/**
 * Unpacks a blob through a task's system calls, as the seed's {@code --expandblob} does (paper
 * 4.3): make the root and every folder, write every file, then check that each file's size, by
 * seeking to its end and by fstat, is the size the blob gives.
 */
public final class BlobExpander {
    private BlobExpander() {}

    /** Parses and unpacks; returns the parsed blob. */
    public static Blob expand(SystemCalls sys, byte[] data) throws BlobException {
        Blob blob = Blob.parse(data);
        expand(sys, blob);
        return blob;
    }

    public static void expand(SystemCalls sys, Blob blob) throws BlobException {
        String root = blob.root().endsWith("/") && blob.root().length() > 1
                ? blob.root().substring(0, blob.root().length() - 1) : blob.root();
        mkdirs(sys, root);
        for (String f : blob.folders()) mkdir(sys, join(root, f));
        for (Blob.Entry e : blob.files()) writeFile(sys, join(root, e.name()), blob.data(), e);
        for (Blob.Entry e : blob.files()) checkSize(sys, join(root, e.name()), e);
    }

    private static String join(String root, String rel) { return root.equals("/") ? "/" + rel : root + "/" + rel; }

    private static void mkdirs(SystemCalls sys, String path) throws BlobException {
        StringBuilder p = new StringBuilder();
        for (String part : path.split("/")) {
            if (part.isEmpty()) continue;
            p.append('/').append(part);
            mkdir(sys, p.toString());
        }
    }

    private static void mkdir(SystemCalls sys, String path) throws BlobException {
        int r = sys.mkdir(path, 0755);
        if (r < 0 && r != -Errno.EEXIST.code) throw failed("mkdir", path, r);
    }

    private static void writeFile(SystemCalls sys, String path, byte[] data, Blob.Entry e) throws BlobException {
        int fd = sys.open(path, OpenFlags.O_WRONLY | OpenFlags.O_CREAT | OpenFlags.O_TRUNC, 0644);
        if (fd < 0) throw failed("open", path, fd);
        try {
            for (int done = 0; done < e.size(); ) {
                int n = sys.write(fd, data, e.offset() + done, e.size() - done);
                if (n < 0) throw failed("write", path, n);
                if (n == 0) throw new BlobException("write " + path + ": no progress at byte " + done + " of " + e.size());
                done += n;
            }
        } finally {
            sys.close(fd);
        }
    }

    /** The integrity check: the VFS must hold exactly as many bytes as the blob said. */
    private static void checkSize(SystemCalls sys, String path, Blob.Entry e) throws BlobException {
        int fd = sys.open(path, OpenFlags.O_RDONLY, 0);
        if (fd < 0) throw failed("open", path, fd);
        try {
            long end = sys.lseek(fd, 0, SystemCalls.SEEK_END);
            if (end < 0) throw failed("lseek", path, end);
            FileStat st = sys.fstat(fd);
            if (st == null) throw new BlobException("fstat " + path + ": " + sys.lastError().message());
            if (end != e.size() || st.size() != e.size())
                throw new BlobException("integrity check failed for " + path + ": blob says " + e.size()
                        + " bytes, file ends at " + end + " and fstat says " + st.size());
        } finally {
            sys.close(fd);
        }
    }

    private static BlobException failed(String call, String path, long r) {
        Errno e = Errno.of(r);
        return new BlobException(call + " " + path + ": " + e.name() + " (" + e.message() + ")");
    }
}
