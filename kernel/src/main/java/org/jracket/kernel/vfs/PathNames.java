package org.jracket.kernel.vfs;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;

/** Lexical path handling: absolute, normalized paths with no ".", ".." or empty components. */
public final class PathNames {
    public static final int PATH_MAX = 4096;

    private PathNames() {}

    /**
     * Resolves {@code path} against the absolute, normalized {@code cwd}. ".." at the root
     * stays at the root. Lexical, so "a/.." is "" even if a is a symbolic link (kfs has none).
     */
    public static String absolute(String cwd, String path) {
        if (path == null || path.isEmpty()) throw ErrnoException.of(Errno.ENOENT);
        if (path.length() > PATH_MAX) throw ErrnoException.of(Errno.ENAMETOOLONG);
        if (path.charAt(0) != '/') path = cwd.equals("/") ? "/" + path : cwd + "/" + path;
        if (isNormal(path)) return path;
        StringBuilder out = new StringBuilder(path.length());
        int i = 0, n = path.length();
        while (i < n) {
            while (i < n && path.charAt(i) == '/') i++;
            int start = i;
            while (i < n && path.charAt(i) != '/') i++;
            int len = i - start;
            if (len == 0 || (len == 1 && path.charAt(start) == '.')) continue;
            if (len == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') {
                out.setLength(Math.max(0, out.lastIndexOf("/")));
                continue;
            }
            out.append('/').append(path, start, i);
        }
        return out.isEmpty() ? "/" : out.toString();
    }

    /** Fast check for the common case, so normalized paths are returned without copying. */
    private static boolean isNormal(String p) {
        int n = p.length();
        if (n > 1 && p.charAt(n - 1) == '/') return false;
        for (int i = 0; i < n; i++) {
            if (p.charAt(i) != '/') continue;
            if (i + 1 < n && p.charAt(i + 1) == '/') return false;
            if (i + 1 < n && p.charAt(i + 1) == '.'
                    && (i + 2 == n || p.charAt(i + 2) == '/'
                        || (p.charAt(i + 2) == '.' && (i + 3 == n || p.charAt(i + 3) == '/'))))
                return false;
        }
        return true;
    }

    /** Parent of a relative path ("" for a top-level name). */
    public static String parent(String rel) {
        int i = rel.lastIndexOf('/');
        return i < 0 ? "" : rel.substring(0, i);
    }

    /** Last component of a relative path. */
    public static String name(String rel) { return rel.substring(rel.lastIndexOf('/') + 1); }

    /** Joins a relative directory and a name. */
    public static String child(String dir, String name) { return dir.isEmpty() ? name : dir + "/" + name; }
}
