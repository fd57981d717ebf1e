package org.jracket.runtime.module.compiled;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.runtime.module.ModuleDeclaration;
import org.jracket.runtime.module.ModuleExports;
import org.jracket.runtime.module.ModuleFiles;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.module.PrimitiveModules;

/**
 * Loads module declarations from compiled files ({@code DIR/compiled/NAME_rkt.jrz} for
 * {@code DIR/NAME.rkt}) instead of expanding the source. A compiled file is used only if its
 * recorded source hash matches the source, and every unit it refers into is loaded from the
 * very compiled file it was written against; otherwise the caller expands the source.
 */
public final class CompiledModules {
    private CompiledModules() {}

    /** Off while compiling the collects (the build must expand sources, not read old output). */
    private static volatile boolean enabled = !Boolean.getBoolean("jracket.noCompiled");

    public static void setEnabled(boolean on) { enabled = on; }

    /** A loaded unit: what dependents refer into. */
    private record Unit(long stamp, Object[] objects, ModuleDeclaration decl) {}

    private static final ConcurrentHashMap<String, Unit> UNITS = new ConcurrentHashMap<>();

    /** The compiled file of a source path. */
    public static String compiledPath(String source) {
        int slash = source.lastIndexOf('/');
        return source.substring(0, slash + 1) + "compiled/" + source.substring(slash + 1).replace('.', '_') + ".jrz";
    }

    /**
     * The declaration of the module file at path from its compiled file, or null if there is
     * none or it is stale. declare(name) declares a dependency (loading it) and returns it;
     * before that, if not null, ahead gets the paths of the compiled dependencies, in order.
     */
    public static ModuleDeclaration load(String path, ModuleFiles files, Function<ModuleName, ModuleDeclaration> declare,
                                         Consumer<List<String>> ahead) {
        if (!enabled) return null;
        String cpath = compiledPath(path);
        FileStat st = files.stat(cpath);
        if (st == null) return null;
        long t0 = StartupProfile.now();
        byte[] file = files.readBytes(cpath);
        byte[] source = file == null ? null : files.readBytes(path);
        if (source == null) return null;
        try {
            ModuleDeclaration d = read(path, file, source, declare, ahead, t0);
            if (d == null) StartupProfile.note("stale compiled file ignored: " + cpath);
            return d;
        } catch (ByteSource.CorruptUnit e) {
            StartupProfile.note("corrupt compiled file " + cpath + ": " + e.getMessage());
            return null;
        }
    }

    private static ModuleDeclaration read(String path, byte[] file, byte[] source,
                                          Function<ModuleName, ModuleDeclaration> declare, Consumer<List<String>> ahead, long t0) {
        ByteSource in = new ByteSource(file, 0);
        for (byte b : Tags.MAGIC) if (in.u8() != (b & 0xFF)) return null;
        if (in.u8() != Tags.VERSION) return null;
        String self = in.utf8();
        if (!path.endsWith("/" + self)) return null;
        String root = path.substring(0, path.length() - self.length());
        if (in.i64() != SourceHash.of(source) || in.uint() != source.length) return null;
        long stamp = in.i64();
        Object[][] deps = new Object[in.uint()][];
        String[] depPaths = new String[deps.length];
        long[] depStamps = new long[deps.length];
        for (int i = 0; i < deps.length; i++) { depPaths[i] = root + in.utf8(); depStamps[i] = in.i64(); }
        int bodyLength = in.uint();
        if (in.position() + bodyLength != file.length) return null;
        long t1 = StartupProfile.now();
        if (ahead != null && deps.length > 0) ahead.accept(Arrays.asList(depPaths));
        for (int i = 0; i < deps.length; i++) {
            ModuleDeclaration dd = declare.apply(ModuleName.of(depPaths[i]));
            Unit u = UNITS.get(depPaths[i]);
            if (u == null || u.stamp != depStamps[i] || u.decl != dd) return null;
            deps[i] = u.objects;
        }
        long t2 = StartupProfile.now();
        GraphReader g = new GraphReader(in, deps, root);
        DeclReader r = new DeclReader(g);
        ModuleDeclaration d = r.decl();
        long t3 = StartupProfile.now();
        // Bulk imports in the binding tables need the provides of every required module.
        for (ModuleDeclaration x : r.declared.values()) {
            for (org.jracket.runtime.module.Require q : x.requires()) {
                if (!PrimitiveModules.isPrimitive(q.module()) && !r.declared.containsKey(q.module())) declare.apply(q.module());
            }
        }
        long t4 = StartupProfile.now();
        g.tables(m -> {
            if (PrimitiveModules.isPrimitive(m)) return ModuleExports.primitive(m);
            ModuleDeclaration own = r.declared.get(m);
            return ModuleExports.of(own != null ? own : declare.apply(m));
        });
        UNITS.put(path, new Unit(stamp, g.table(), d));
        StartupProfile.loaded(path, file.length, t1 - t0, (t3 - t2) + (StartupProfile.now() - t4));
        return d;
    }

    /** For tests: whether path's declaration currently comes from its compiled file. */
    public static boolean isCompiled(String path, ModuleDeclaration d) {
        Unit u = UNITS.get(path);
        return u != null && u.decl == d;
    }

    static Object[] objects(String path) {
        Unit u = UNITS.get(path);
        return u == null ? null : Arrays.copyOf(u.objects, u.objects.length);
    }
}
