package org.jracket.runtime.module;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.prims.KernelPrimitives;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * Modules implemented in Java ({@code '#%kernel}, {@code '#%stx}, and any sibling primitive
 * table such as {@code '#%paramz}): their variables are the entries of a
 * {@link PrimitiveTable}, referenced directly from compiled code (no instance, no slots).
 * Host-wide and read-only after registration.
 */
public final class PrimitiveModules {
    private PrimitiveModules() {}

    public static final ModuleName KERNEL = ModuleName.symbol("#%kernel");
    public static final ModuleName STX = ModuleName.symbol("#%stx");

    private static final Map<ModuleName, PrimitiveTable> EXTRA = new ConcurrentHashMap<>();

    /** Registers another primitive module (e.g. '#%paramz) under its table's name. */
    public static void register(PrimitiveTable t) {
        EXTRA.put(ModuleName.of(Symbol.of(t.moduleName())), t);
    }

    /** The table of a primitive module, or null if name is not one. */
    public static PrimitiveTable table(Object name) {
        if (KERNEL.equals(name)) return KernelPrimitives.table();
        if (STX.equals(name)) return org.jracket.runtime.expand.stx.StxModule.table();
        return EXTRA.get(name);
    }

    /** Every primitive table: #%kernel, #%stx, then the registered ones. */
    public static java.util.List<PrimitiveTable> all() {
        java.util.List<PrimitiveTable> out = new java.util.ArrayList<>();
        out.add(table(KERNEL));
        out.add(table(STX));
        out.addAll(EXTRA.values());
        return out;
    }

    public static boolean isPrimitive(Object name) { return table(name) != null; }
}
