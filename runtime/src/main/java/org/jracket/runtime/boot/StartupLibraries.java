package org.jracket.runtime.boot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.module.ModulePathResolver;
import org.jracket.runtime.namespace.Namespace;

/**
 * The collection libraries a command line's program loads first, guessed before the runtime
 * loads anything: the init library ({@code racket}) for the REPL and {@code -e}, else the
 * language of the first module file ({@code #lang racket/base} or
 * {@code (module name racket/base ...)}) and the collection paths its top-level
 * {@code require} forms name. A scan of the text, not a read: a wrong guess only costs a
 * preloaded library nobody uses ({@link org.jracket.runtime.module.compiled.Preloader}).
 */
public final class StartupLibraries {
    private StartupLibraries() {}

    /** How much of a file is scanned: requires come first in nearly every module. */
    private static final int SCAN_BYTES = 16 * 1024;
    private static final int MAX_LIBRARIES = 8;

    /** The module file paths of the libraries, in the order the program loads them. */
    public static List<String> paths(SystemCalls sys, boolean initLibrary, String firstFile) {
        List<String> libs = initLibrary ? List.of("racket") : firstFile == null ? List.of() : libraries(head(sys, firstFile));
        ModulePathResolver resolver = new ModulePathResolver(Namespace.DEFAULT_COLLECTS);
        List<String> paths = new ArrayList<>();
        for (String lib : libs) {
            try {
                ModuleName m = resolver.resolve(Symbol.of(lib), null, "/", n -> false);
                if (m.isFile()) paths.add((String) m.root());
            } catch (RuntimeException e) {
                // not a collection path this runtime resolves: nothing to preload for it
            }
        }
        return paths;
    }

    private static String head(SystemCalls sys, String file) {
        int fd = sys.open(file, OpenFlags.O_RDONLY, 0);
        if (fd < 0) return "";
        byte[] buf = new byte[SCAN_BYTES];
        int n = 0;
        try {
            for (int r; n < buf.length && (r = sys.read(fd, buf, n, buf.length - n)) > 0; ) n += r;
        } finally {
            sys.close(fd);
        }
        return new String(buf, 0, n, StandardCharsets.UTF_8);
    }

    /** The language a module's text names, then the collection paths of its top-level requires. */
    static List<String> libraries(String text) {
        int i = skipSpaceAndLineComments(text, 0);
        int bodyDepth;
        String lang;
        if (text.startsWith("#lang", i)) {
            lang = name(text, i + 5);
            bodyDepth = 0;
        } else if (text.startsWith("(module", i)) {
            int id = skipSpace(text, i + 7);
            i = tokenEnd(text, id);
            lang = id == i ? null : name(text, i);
            bodyDepth = 1;
        } else {
            return List.of();
        }
        if (lang == null) return List.of();
        LinkedHashSet<String> libs = new LinkedHashSet<>();
        libs.add(lang);
        // after the #lang line, or after the module form's language (inside the form)
        int from = bodyDepth == 0 ? lineEnd(text, i) : tokenEnd(text, skipSpace(text, i));
        scanRequires(text, from, bodyDepth, libs);
        return List.copyOf(libs);
    }

    /** Adds the collection-path tokens inside the require forms at bodyDepth (where i is). */
    private static void scanRequires(String s, int i, int bodyDepth, LinkedHashSet<String> libs) {
        int depth = bodyDepth, requireDepth = -1;
        while (i < s.length() && libs.size() < MAX_LIBRARIES) {
            char c = s.charAt(i);
            if (c == ';') {
                i = lineEnd(s, i);
            } else if (c == '"') {
                i = stringEnd(s, i);
            } else if (s.startsWith("#|", i)) {
                int end = s.indexOf("|#", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("#\\", i)) {
                i = tokenEnd(s, i + 3);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                i++;
                if (depth == bodyDepth + 1 && s.startsWith("require", i) && tokenEnd(s, i) == i + 7) {
                    requireDepth = depth;
                    i += 7;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth-- == requireDepth) requireDepth = -1;
                i++;
            } else if (Character.isWhitespace(c) || c == '\'' || c == '`' || c == ',') {
                i++;
            } else {
                int end = Math.max(tokenEnd(s, i), i + 1);
                if (requireDepth > 0) {
                    String lib = collectionPath(s, i, end);
                    if (lib != null) libs.add(lib);
                }
                i = end;
            }
        }
    }

    private static int skipSpaceAndLineComments(String s, int i) {
        while (true) {
            i = skipSpace(s, i);
            if (s.startsWith(";", i) || (i == 0 && s.startsWith("#!"))) i = lineEnd(s, i);
            else return i;
        }
    }

    private static int lineEnd(String s, int i) {
        int nl = s.indexOf('\n', i);
        return nl < 0 ? s.length() : nl + 1;
    }

    private static int stringEnd(String s, int i) {
        for (i++; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == '"') return i + 1;
        }
        return s.length();
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static int tokenEnd(String s, int i) {
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && "()[]{}\";'`,".indexOf(s.charAt(i)) < 0) i++;
        return i;
    }

    /** The token after whitespace at from, if it is a collection path; else null. */
    private static String name(String s, int from) {
        int start = skipSpace(s, from);
        return start == from ? null : collectionPath(s, start, tokenEnd(s, start));
    }

    /** s[start, end) if it is a collection path (letters, digits, _ + - between single slashes). */
    private static String collectionPath(String s, int start, int end) {
        if (start == end || s.charAt(start) == '/' || s.charAt(end - 1) == '/') return null;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "_+-".indexOf(c) >= 0
                    || (c == '/' && s.charAt(i - 1) != '/');
            if (!ok) return null;
        }
        return s.substring(start, end);
    }
}
