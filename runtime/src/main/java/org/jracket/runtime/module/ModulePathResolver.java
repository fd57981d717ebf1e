package org.jracket.runtime.module;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;

/**
 * Resolves module path datums to {@link ModuleName}s (Racket reference, "Module Names and
 * Loading"): relative strings against the requiring module's directory, collection paths
 * ({@code racket/base}, {@code (lib "racket/list")}) against the collects root, {@code file},
 * {@code quote} (a declared module, or a submodule of the enclosing module) and {@code submod}.
 */
public final class ModulePathResolver {
    private final String collectsRoot;

    public ModulePathResolver(String collectsRoot) { this.collectsRoot = collectsRoot; }

    /** Thrown for malformed module paths; the caller turns it into a syntax error. */
    public static final class BadPath extends RuntimeException {
        public final String reason;
        public BadPath(String reason) { super(reason, null, false, false); this.reason = reason; }
    }

    /** Thrown when a collection path names a collection that does not exist. */
    public static final class MissingCollection extends RuntimeException {
        public final String collection;
        public MissingCollection(String c) { super(c, null, false, false); this.collection = c; }
    }

    /**
     * @param base the enclosing module (for relative paths, "." and ".."), or null at top level
     * @param cwd directory for relative paths when base is not a file module
     * @param isSubmodule tells whether a name is a submodule declared in the enclosing module
     */
    public ModuleName resolve(Object mp, ModuleName base, String cwd, Predicate<Symbol> isSubmodule) {
        if (mp instanceof MString s) return ModuleName.of(relative(s.toString(), base, cwd));
        // A path (dynamic-require accepts one): absolute, or relative to the directory.
        if (mp instanceof org.jracket.runtime.io.Path path) {
            return ModuleName.of(path.isAbsolute() ? normalize(path.text) : relative(path.text, null, cwd));
        }
        if (mp instanceof Symbol sym) return ModuleName.of(collection(sym.name, false));
        if (mp instanceof Pair p && p.car instanceof Symbol head) {
            List<Object> args = new ArrayList<>();
            for (Object x = p.cdr; x instanceof Pair q; x = q.cdr) args.add(q.car);
            switch (head.name) {
                case "quote":
                    if (args.size() == 1 && args.get(0) instanceof Symbol n) {
                        if (base != null && isSubmodule != null && isSubmodule.test(n)) return base.sub(n);
                        return ModuleName.of(n);
                    }
                    break;
                case "lib":
                    if (args.size() >= 1 && args.get(0) instanceof MString s) return ModuleName.of(collection(s.toString(), true));
                    break;
                case "file":
                    if (args.size() == 1 && args.get(0) instanceof MString s) {
                        String f = s.toString();
                        return ModuleName.of(f.startsWith("/") ? normalize(f) : relative(f, base, cwd));
                    }
                    break;
                case "submod": {
                    if (args.isEmpty()) break;
                    ModuleName root;
                    Object first = args.get(0);
                    if (first instanceof MString s && (s.toString().equals(".") || s.toString().equals(".."))) {
                        if (base == null) throw new BadPath("no enclosing module");
                        root = s.toString().equals("..") ? base.parent() : base;
                        if (root == null) throw new BadPath("no enclosing module for \"..\"");
                    } else {
                        root = resolve(first, base, cwd, isSubmodule);
                    }
                    for (int i = 1; i < args.size(); i++) {
                        Object a = args.get(i);
                        if (a instanceof MString s && s.toString().equals("..")) {
                            root = root.parent();
                            if (root == null) throw new BadPath("too many \"..\"");
                        } else if (a instanceof Symbol n) {
                            root = root.sub(n);
                        } else {
                            throw new BadPath("bad submodule name");
                        }
                    }
                    return root;
                }
                default:
                    break;
            }
        }
        throw new BadPath("bad module path");
    }

    private String relative(String rel, ModuleName base, String cwd) {
        String dir = base != null && base.directory() != null ? base.directory() : cwd;
        return normalize(dir + "/" + rel);
    }

    private String collection(String path, boolean lib) {
        String p = path;
        boolean hasExt = p.substring(p.lastIndexOf('/') + 1).contains(".");
        if (!p.contains("/")) {
            p = hasExt && lib ? "mzlib/" + p : p + "/main.rkt";
        } else if (!hasExt) {
            p = p + ".rkt";
        } else if (p.endsWith(".ss")) {
            p = p.substring(0, p.length() - 3) + ".rkt";
        }
        return normalize(collectsRoot + "/" + p);
    }

    /** Removes "." and ".." segments and duplicate slashes. */
    public static String normalize(String path) {
        String[] parts = path.split("/");
        ArrayList<String> out = new ArrayList<>();
        for (String s : parts) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) { if (!out.isEmpty()) out.remove(out.size() - 1); continue; }
            out.add(s);
        }
        return "/" + String.join("/", out);
    }

    public String collectsRoot() { return collectsRoot; }
}
