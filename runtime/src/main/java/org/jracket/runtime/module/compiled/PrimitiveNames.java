package org.jracket.runtime.module.compiled;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jracket.runtime.module.PrimitiveModules;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * Values of the Java primitive tables, written by (table, name) and looked up again on load:
 * primitives, parameters and struct types are host objects that cannot be rebuilt from bytes,
 * and identity matters (compiled code calls the very primitive object).
 */
final class PrimitiveNames {
    private PrimitiveNames() {}

    /** (table, key) of v, or null if v is in no primitive table. Built once, at build time. */
    static String[] nameOf(Object v) {
        return Holder.NAMES.get(v);
    }

    static Object lookup(String table, String key) {
        PrimitiveTable t = PrimitiveModules.table(org.jracket.runtime.module.ModuleName.symbol(table));
        Object v = t == null ? null : t.get(key);
        if (v == null) throw new ByteSource.CorruptUnit("no primitive " + key + " in " + table);
        return v;
    }

    private static final class Holder {
        static final Map<Object, String[]> NAMES = build();

        private static Map<Object, String[]> build() {
            IdentityHashMap<Object, String[]> m = new IdentityHashMap<>();
            for (PrimitiveTable t : PrimitiveModules.all()) {
                for (Map.Entry<String, Object> e : t.entries().entrySet()) {
                    m.putIfAbsent(e.getValue(), new String[] {t.moduleName(), e.getKey()});
                }
            }
            return m;
        }
    }
}
