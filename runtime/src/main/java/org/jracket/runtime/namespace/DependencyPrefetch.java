package org.jracket.runtime.namespace;

import java.util.ArrayDeque;
import java.util.List;

import org.jracket.kernel.syscall.FileStat;
import org.jracket.runtime.eval.PlaceContext;
import org.jracket.runtime.module.DeclarationCache;
import org.jracket.runtime.module.ModuleDeclaration;
import org.jracket.runtime.module.ModuleFiles;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.module.compiled.CompiledModules;

/**
 * Loads a compiled module's dependencies on a second thread of the place while the place's own
 * thread loads them in order: the helper takes them from the other end of the list. Compiled
 * declarations are immutable and host-wide ({@link DeclarationCache}), whose per-path locks
 * make each module load once, by whichever thread gets to it first (a thread that reaches a
 * module the other is loading waits for it; both go down an acyclic graph, so neither waits for
 * the other in a cycle). Only compiled files load here: a module that needs expanding, or whose
 * compiled file is stale, is left to the place's thread, which reports its errors as before.
 * racket/base's 26 modules take 60 to 80 ms to load on one thread; with one vCPU there is no
 * second core to use, so no helper is started.
 */
final class DependencyPrefetch {
    /** Why the helper gave up on a module (the place's thread will load it). */
    private static final class Abandon extends RuntimeException {
        Abandon() { super(null, null, false, false); }
    }

    private static final Abandon ABANDON = new Abandon();

    private final PlaceContext place;
    private final ModuleFiles files;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private boolean running;

    private DependencyPrefetch(PlaceContext place, ModuleFiles files) { this.place = place; this.files = files; }

    /** The prefetcher of the calling thread's place, or null if it has a single vCPU (or is no place). */
    static DependencyPrefetch forCurrentPlace(ModuleFiles files) {
        PlaceContext p;
        try {
            p = PlaceContext.current();
        } catch (IllegalStateException notAPlace) {
            return null;
        }
        return p.syscalls.cpuCount() > 1 ? new DependencyPrefetch(p, files) : null;
    }

    /** Queues the modules at paths not loaded yet; starts the helper if there are two or more. */
    synchronized void request(List<String> paths) {
        for (String path : paths) {
            if (!DeclarationCache.has(path) && !queue.contains(path)) queue.addLast(path);
        }
        if (running || queue.size() < 2) return;
        running = true;
        if (place.syscalls.spawnThread("module-prefetch", 0, this::work) < 0) running = false;
    }

    private synchronized String next() {
        String path = queue.pollLast();
        if (path == null) running = false;
        return path;
    }

    private void work() {
        place.enter();
        for (String path = next(); path != null; path = next()) {
            try {
                load(path);
            } catch (RuntimeException | StackOverflowError e) {
                // Abandon, or anything else that went wrong: the module is left to the place's
                // thread, which meets the problem again and reports it
            } catch (OutOfMemoryError e) {
                // no work ahead of need in a guest short of memory (an Error escaping a task's
                // thread would end the task): the place's thread loads the rest
                stop();
                return;
            }
        }
    }

    private synchronized void stop() {
        queue.clear();
        running = false;
    }

    /** path's declaration from its compiled file (now or by the other thread), else Abandon. */
    private ModuleDeclaration load(String path) {
        FileStat st = files.stat(path);
        if (st == null) throw ABANDON;
        ModuleDeclaration d = DeclarationCache.get(path, st.modifiedMillis(),
                () -> CompiledModules.load(path, files, this::dependency, null));
        if (d == null) throw ABANDON;
        return d;
    }

    private ModuleDeclaration dependency(ModuleName name) {
        if (!(name.root() instanceof String path) || !name.subs().isEmpty()) throw ABANDON;
        return load(path);
    }
}
