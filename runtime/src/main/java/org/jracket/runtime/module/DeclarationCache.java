package org.jracket.runtime.module;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Host-wide cache of module declarations loaded from files, keyed by resolved path and the
 * file's modification time: every place and guest of the host shares one expansion of each
 * module (declarations are immutable). A per-path lock makes concurrent loaders wait for the
 * first expansion instead of repeating it.
 */
public final class DeclarationCache {
    private DeclarationCache() {}

    private record Entry(long mtime, ModuleDeclaration decl) {}

    private static final ConcurrentHashMap<String, Entry> CACHE = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Object> LOCKS = new ConcurrentHashMap<>();

    /**
     * The cached declaration of path at mtime, else the one load produces (then cached). A load
     * may give up with null (a declaration made ahead of need, see
     * {@code namespace.DependencyPrefetch}): that is returned and not cached, so that the
     * thread that needs the module loads it its own way.
     */
    public static ModuleDeclaration get(String path, long mtime, Supplier<ModuleDeclaration> load) {
        Entry e = CACHE.get(path);
        if (e != null && e.mtime == mtime) return e.decl;
        Object lock = LOCKS.computeIfAbsent(path, p -> new Object());
        synchronized (lock) {
            e = CACHE.get(path);
            if (e != null && e.mtime == mtime) return e.decl;
            ModuleDeclaration d = load.get();
            if (d != null) CACHE.put(path, new Entry(mtime, d));
            return d;
        }
    }

    /** Is some declaration of path cached (whatever its file's time)? */
    public static boolean has(String path) { return CACHE.containsKey(path); }

    /** Drops every entry (tests). */
    public static void clear() { CACHE.clear(); }
}
