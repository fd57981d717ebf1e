package org.jracket.runtime.module.compiled;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jracket.kernel.Kernel;
import org.jracket.runtime.boot.Boot;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.eval.Evaluator;
import org.jracket.runtime.module.ModuleDeclaration;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.module.Require;
import org.jracket.runtime.namespace.Namespace;

/**
 * Build step (runtime's {@code process-classes} phase): expands every module of
 * {@code CLASSES/collects} in one namespace and writes each one's compiled file next to it,
 * dependencies first. A build tool, not runtime code, so it writes the class directory with
 * java.nio directly; expansion itself runs on a booted kernel like any program.
 *
 * <p>A module that fails to expand is skipped with a warning (it then loads from source and
 * reports its error at run time); a value the format cannot carry fails the build.
 */
public final class CollectsCompiler {
    private CollectsCompiler() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) { System.err.println("usage: CollectsCompiler CLASSES_DIR"); System.exit(2); }
        Path collects = Path.of(args[0]).toAbsolutePath().resolve("collects");
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = run(collects), "collects-compiler", 1L << 30);
        t.start();
        t.join();
        System.exit(status[0]);
    }

    private static int run(Path collects) {
        long start = System.nanoTime();
        List<String> sources = new ArrayList<>();
        try (Stream<Path> s = Files.walk(collects)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                String rel = collects.relativize(p).toString().replace('\\', '/');
                if (rel.endsWith(".jrz") && rel.contains("compiled/")) Files.delete(p);
                else if (rel.endsWith(".rkt")) sources.add(rel);
            }
        } catch (IOException e) {
            System.err.println("collects compiler: " + e);
            return 1;
        }
        CompiledModules.setEnabled(false);
        Kernel kernel = Kernel.forHostProcess(Path.of("").toAbsolutePath(), System.in, System.out, System.err);
        Boot.initialize(kernel.init(), 20_000);
        Namespace ns = new Namespace();
        Namespace.CURRENT.set(ns);
        String root = Namespace.DEFAULT_COLLECTS;
        for (String rel : sources) {
            Object r = Evaluator.atTopLevel(() -> { ns.ensureDeclared(ModuleName.of(root + "/" + rel), null); return VoidValue.VOID; });
            if (r == Evaluator.ABORTED) System.err.println("collects compiler: warning: " + rel + " did not expand; it will load from source");
        }
        LinkedHashSet<String> order = new LinkedHashSet<>();
        for (String rel : sources) visit(ns, root + "/" + rel, order, new HashSet<>());
        UnitWriter writer = new UnitWriter(root);
        long total = 0;
        try {
            for (String path : order) {
                Path src = collects.resolve(path.substring(root.length() + 1));
                byte[] bytes = writer.write(ns.declaration(ModuleName.of(path)), path, Files.readAllBytes(src));
                Path out = Path.of(CompiledModules.compiledPath(src.toString()));
                Files.createDirectories(out.getParent());
                Files.write(out, bytes);
                total += bytes.length;
            }
        } catch (GraphWriter.Unwritable e) {
            System.err.println("collects compiler: error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("collects compiler: " + e);
            return 1;
        }
        System.out.printf("collects compiler: %d modules, %d KB, %.1f s%n", order.size(), total / 1024,
                (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** Depth-first: a file's dependencies (declared files) before the file. */
    private static void visit(Namespace ns, String path, Set<String> order, Set<String> active) {
        ModuleDeclaration d = ns.declaration(ModuleName.of(path));
        if (d == null || order.contains(path) || !active.add(path)) return;
        for (String dep : fileDeps(d, path)) visit(ns, dep, order, active);
        order.add(path);
    }

    private static Set<String> fileDeps(ModuleDeclaration d, String self) {
        Set<String> out = new java.util.TreeSet<>();
        for (Require r : d.requires()) {
            if (r.module().root() instanceof String p && !p.equals(self)) out.add(p);
        }
        for (ModuleDeclaration s : d.preSubmodules().values()) out.addAll(fileDeps(s, self));
        for (ModuleDeclaration s : d.postSubmodules().values()) out.addAll(fileDeps(s, self));
        return out;
    }
}
