package org.jracket.runtime.read;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.StructType;
import org.jracket.runtime.data.Symbol;

/**
 * Default {@code #s(...)} support until the struct implementation installs its prefab
 * registry in {@link ReaderHooks#prefabFactory}: handles keys {@code name} and
 * {@code (name count)}, one shared type per name and field count.
 */
final class DefaultPrefabs {
    private DefaultPrefabs() {}

    private static final Map<String, StructType> TYPES = new ConcurrentHashMap<>();

    /** The prefab instance, or null if the key is not a supported description. */
    static Object make(Object key, Object[] fields) {
        Symbol name;
        if (key instanceof Symbol s) {
            name = s;
        } else if (key instanceof Pair p && p.car instanceof Symbol s && Pair.isList(key)) {
            Object[] parts = Pair.toArray(key);
            if (parts.length > 2 || (parts.length == 2 && !(parts[1] instanceof Long n && n == fields.length))) {
                return null;
            }
            name = s;
        } else {
            return null;
        }
        StructType t = TYPES.computeIfAbsent(name.name + "/" + fields.length, k -> {
            boolean[] imm = new boolean[fields.length];
            Arrays.fill(imm, true);
            return new StructType(name, null, fields.length, 0, Boolean.FALSE, Map.of(),
                    Boolean.FALSE, name, imm, Boolean.FALSE);
        });
        return new Struct(t, fields.clone());
    }

}
