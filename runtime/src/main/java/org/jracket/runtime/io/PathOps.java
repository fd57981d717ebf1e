package org.jracket.runtime.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Lexical operations on Unix path text (no filesystem access): the elements of a path, its
 * simplified form and its extension. Elements are kept as text, with "." and ".." standing for
 * Racket's {@code 'same} and {@code 'up}.
 */
final class PathOps {
    private PathOps() {}

    /** The elements of p: "/" first for an absolute path, then the names (empty ones dropped). */
    static List<String> elements(String p) {
        List<String> out = new ArrayList<>();
        if (p.startsWith("/")) out.add("/");
        for (String part : p.split("/")) if (!part.isEmpty()) out.add(part);
        return out;
    }

    /** True if p ends in a way that makes it name a directory ("/", "." or ".."). */
    static boolean directorySyntax(String p) {
        return p.endsWith("/") || p.equals(".") || p.equals("..") || p.endsWith("/.") || p.endsWith("/..");
    }

    /**
     * Removes "." elements, repeated slashes and "name/.." pairs; ".." at the root stays at the
     * root. An empty relative result is "./"; a directory keeps its trailing slash.
     */
    static String simplify(String p) {
        boolean absolute = p.startsWith("/");
        List<String> kept = new ArrayList<>();
        for (String e : elements(p)) {
            if (e.equals("/") || e.equals(".")) continue;
            if (e.equals("..")) {
                if (!kept.isEmpty() && !kept.get(kept.size() - 1).equals("..")) kept.remove(kept.size() - 1);
                else if (!absolute) kept.add("..");
                continue;
            }
            kept.add(e);
        }
        String body = String.join("/", kept);
        if (absolute) return body.isEmpty() ? "/" : "/" + body + (directorySyntax(p) ? "/" : "");
        if (body.isEmpty()) return "./";
        return directorySyntax(p) ? body + "/" : body;
    }

    /** A path element: a non-empty name without "/" that is not "." or "..". */
    static boolean isElement(String s) {
        return !s.isEmpty() && s.indexOf('/') < 0 && !s.equals(".") && !s.equals("..");
    }

    /** Index of the dot that starts the name's extension, or -1 (a leading dot is not one). */
    static int extensionDot(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? dot : -1;
    }

    /** Splits p (trailing slashes dropped) into directory prefix and last name. */
    static String[] dirAndName(String p) {
        int end = p.length();
        while (end > 1 && p.charAt(end - 1) == '/') end--;
        String body = p.substring(0, end);
        int slash = body.lastIndexOf('/');
        return new String[] {body.substring(0, slash + 1), body.substring(slash + 1)};
    }

    /** path-replace-extension: the name's extension (if any) replaced by ext. */
    static String replaceExtension(String p, String ext) {
        String[] dn = dirAndName(p);
        int dot = extensionDot(dn[1]);
        return dn[0] + (dot < 0 ? dn[1] : dn[1].substring(0, dot)) + ext;
    }

    /** path-add-extension: the old extension's dot becomes "_" so that ext is the only one. */
    static String addExtension(String p, String ext) {
        String[] dn = dirAndName(p);
        int dot = extensionDot(dn[1]);
        String name = dot < 0 ? dn[1] : dn[1].substring(0, dot) + "_" + dn[1].substring(dot + 1);
        return dn[0] + name + ext;
    }
}
