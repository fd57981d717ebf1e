package org.jracket.runtime.namespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jracket.runtime.eval.PlaceContext;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.module.compiled.CompiledModules;
import org.jracket.runtime.module.compiled.UnitWriter;
import org.jracket.runtime.testing.OnOwnThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A place with two vCPUs loads a compiled module's dependencies on a second thread too: the
 * result is the same as loading them in order, a dependency whose compiled file is stale is
 * left to the place's own thread (which expands its source), and one vCPU starts no helper.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DependencyPrefetchTest {
    private static final String LEAF = "(module leaf '#%kernel (#%provide v) (define-values (v) 7))";
    private static final String TOP = "(module top '#%kernel (#%require \"m1.rkt\" \"m2.rkt\" \"m3.rkt\" \"m4.rkt\")"
            + " (display (list (f1) (f2) (f3) (f4))))";
    private static final List<String> MODULES = List.of("leaf", "m1", "m2", "m3", "m4", "top");

    private static String source(String name) {
        if (name.equals("leaf")) return LEAF;
        if (name.equals("top")) return TOP;
        String i = name.substring(1);
        return "(module " + name + " '#%kernel (#%require \"leaf.rkt\") (#%provide f" + i + ")"
                + " (define-values (f" + i + ") (lambda () (+ v " + i + "))))";
    }

    private static String path(String name) { return "/t/" + name + ".rkt"; }

    @AfterEach void reset() { CompiledModules.setEnabled(true); }

    /** The compiled file of every module, written from an expansion in dependency order. */
    private static byte[][] compile() {
        CompiledModules.setEnabled(false);
        Run r = new Run();
        for (String m : MODULES) r.file(path(m), source(m));
        assertEquals("(8 9 10 11)", r.main(path("top")));
        CompiledModules.setEnabled(true);
        UnitWriter w = new UnitWriter("/t");
        byte[][] units = new byte[MODULES.size()][];
        for (int i = 0; i < units.length; i++) {
            String m = MODULES.get(i);
            units[i] = w.write(r.ns.declaration(ModuleName.of(path(m))), path(m), source(m).getBytes(StandardCharsets.UTF_8));
        }
        return units;
    }

    private record Outcome(String out, Set<String> compiled, Set<String> openedByHelper) {}

    /**
     * Runs top in a place with cpus vCPUs over the compiled files (m3's source replaced by
     * m3Source). The place's thread takes 50 ms to open m1's compiled file, so that a helper,
     * if there is one, gets to the others first.
     */
    private static Outcome run(int cpus, String m3Source) {
        byte[][] units = compile();
        return OnOwnThread.run(() -> {
            Run r = new Run();
            r.kernel.cpus = cpus;
            new PlaceContext(r.kernel).enter();
            Set<String> helper = ConcurrentHashMap.newKeySet();
            Thread place = Thread.currentThread();
            r.kernel.onOpen = p -> {
                if (!p.endsWith(".jrz")) return;
                if (Thread.currentThread() != place) helper.add(p);
                else if (p.endsWith("m1_rkt.jrz")) pause();
            };
            for (int i = 0; i < units.length; i++) {
                String m = MODULES.get(i);
                r.file(path(m), m.equals("m3") ? m3Source : source(m));
                r.kernel.file("/t/compiled/" + m + "_rkt.jrz", units[i]);
            }
            String out = r.main(path("top"));
            Set<String> compiled = ConcurrentHashMap.newKeySet();
            for (String m : MODULES) {
                if (CompiledModules.isCompiled(path(m), r.ns.declaration(ModuleName.of(path(m))))) compiled.add(m);
            }
            return new Outcome(out, compiled, helper);
        });
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test void twoVcpusLoadDependenciesOnASecondThread() {
        Outcome o = run(2, source("m3"));
        assertEquals("(8 9 10 11)", o.out());
        assertEquals(Set.copyOf(MODULES), o.compiled());
        assertTrue(o.openedByHelper().contains("/t/compiled/m4_rkt.jrz"), "helper opened " + o.openedByHelper());
        assertFalse(o.openedByHelper().contains("/t/compiled/top_rkt.jrz"));
    }

    @Test void aStaleDependencyIsLeftToThePlaceThread() {
        Outcome o = run(2, source("m3").replace("(+ v 3)", "(* v 3)"));
        assertEquals("(8 9 21 11)", o.out());
        assertFalse(o.compiled().contains("m3"));
        assertFalse(o.compiled().contains("top"));
        assertTrue(o.compiled().containsAll(List.of("leaf", "m1", "m2", "m4")), "compiled: " + o.compiled());
    }

    @Test void oneVcpuStartsNoHelper() {
        Outcome o = run(1, source("m3"));
        assertEquals("(8 9 10 11)", o.out());
        assertEquals(Set.copyOf(MODULES), o.compiled());
        assertEquals(Set.of(), o.openedByHelper());
    }
}
