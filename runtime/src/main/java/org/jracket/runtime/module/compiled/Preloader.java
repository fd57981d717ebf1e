package org.jracket.runtime.module.compiled;

import java.util.ArrayList;
import java.util.List;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.module.DeclarationCache;
import org.jracket.runtime.module.ModuleDeclaration;
import org.jracket.runtime.module.ModuleFiles;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.module.PhaseBody;

/**
 * Start-up parallelism: on a second thread, decodes the compiled declarations of the libraries
 * a program will load first (its language and the collections it requires, see
 * {@link org.jracket.runtime.boot.StartupLibraries}) and of everything they require into the
 * host's {@link DeclarationCache}, then compiles their phase 0 and phase 1 code, while the
 * program's own thread boots the runtime and reads its source. That thread then finds the
 * declarations decoded (or waits on the cache's per-path lock for the one being decoded) and
 * the code compiled ({@link PhaseBody#compiled} compiles each body once, whichever thread asks
 * first), and only instantiates. Decoding and compiling are most of loading
 * {@code racket/base} on a cold JVM. With one vCPU there is nothing to overlap, and nothing is
 * started.
 *
 * <p>Only compiled files are read: a module without a valid one stops the preloader there,
 * since expanding a source needs a namespace, and the program's thread then loads it as
 * usual and reports any error. The preloader decodes exactly what that thread would have, so
 * what a program sees does not change; a wrong guess costs only the second CPU's time.
 */
public final class Preloader {
    private Preloader() {}

    /** -Djracket.preload=false turns preloading off (for measuring). */
    private static final boolean ENABLED = !"false".equals(System.getProperty("jracket.preload"));

    /** Java stack of the preloading thread (deeply nested code decodes recursively). */
    private static final long STACK = 256L << 20;

    /** A module the preloader leaves to the program's thread. */
    private static final class Abandon extends RuntimeException {
        Abandon() { super(null, null, false, false); }
    }

    /**
     * Starts preloading the module files at paths (and what they require), in that order, in a
     * thread of the calling task, if the task may use two CPUs.
     */
    public static void start(SystemCalls sys, List<String> paths) {
        if (paths.isEmpty() || sys.cpuCount() < 2 || !ENABLED) return;
        ModuleFiles files = ModuleFiles.over(() -> sys);
        sys.spawnThread("module-preloader", STACK, () -> {
            List<ModuleDeclaration> loaded = new ArrayList<>();
            for (String path : paths) {
                try {
                    load(path, files, loaded);
                } catch (Abandon | ModuleFiles.Missing e) {
                    // left to the program's thread, which reports what is wrong
                } catch (RuntimeException | StackOverflowError e) {
                    StartupProfile.note("preloader stopped: " + e);
                    return;
                }
            }
            try {
                compile(loaded, 0);
                compile(loaded, 1);
            } catch (RuntimeException | StackOverflowError e) {
                StartupProfile.note("preloader stopped: " + e);
                return;
            }
            StartupProfile.note("preloaded " + paths);
        });
    }

    /**
     * Compiles the code of the given phase of each module, in the order the program's thread
     * instantiates them (dependencies first); {@link PhaseBody#compiled} compiles each once.
     */
    private static void compile(List<ModuleDeclaration> modules, int phase) {
        for (ModuleDeclaration d : modules) {
            PhaseBody b = d.bodies().get(phase);
            if (b != null) b.compiled();
        }
    }

    /** Loads path's declaration (and its dependencies' before it), adding the new ones to loaded. */
    private static ModuleDeclaration load(String path, ModuleFiles files, List<ModuleDeclaration> loaded) {
        FileStat st = files.stat(path);
        if (st == null) throw new Abandon();
        return DeclarationCache.get(path, st.modifiedMillis(), () -> {
            ModuleDeclaration d = CompiledModules.load(path, files, name -> declaration(name, files, loaded));
            if (d == null) throw new Abandon();
            loaded.add(d);
            return d;
        });
    }

    /** A dependency: its file's declaration, or the submodule of it that name designates. */
    private static ModuleDeclaration declaration(ModuleName name, ModuleFiles files, List<ModuleDeclaration> loaded) {
        if (!name.isFile()) throw new Abandon();
        ModuleDeclaration d = load((String) name.root(), files, loaded);
        List<Symbol> subs = name.subs();
        for (Symbol s : subs) {
            ModuleDeclaration inner = d.preSubmodules().get(s);
            d = inner != null ? inner : d.postSubmodules().get(s);
            if (d == null) throw new Abandon();
        }
        return d;
    }
}
