package org.jracket.runtime.read;

/**
 * Factories through which other parts of the runtime supply the values the reader builds
 * for literals it does not own: hash tables and regexps.
 */
public final class ReaderHooks {
    private ReaderHooks() {}

    /** Makes an immutable hash; kind is "equal", "eqv" or "eq"; keys and values interleaved. */
    @FunctionalInterface
    public interface HashFactory { Object make(String kind, Object[] keysAndValues); }

    /** Makes a regexp value; throws IllegalArgumentException(Racket's message) for a bad pattern. */
    @FunctionalInterface
    public interface RegexpFactory { Object make(boolean pregexp, boolean bytes, String source); }

    /** Immutable hash tables from the start: source files are read before any primitive table is built. */
    public static volatile HashFactory hashFactory = ReaderHooks::immutableHash;
    public static volatile RegexpFactory regexpFactory = org.jracket.runtime.regexp.Regexp::fromReader;

    /** Makes a prefab struct from its key and fields, or returns null for a bad key. */
    @FunctionalInterface
    public interface PrefabFactory { Object make(Object key, Object[] fields); }

    public static volatile PrefabFactory prefabFactory = DefaultPrefabs::make;

    private static Object immutableHash(String kind, Object[] kvs) {
        var m = org.jracket.runtime.prims.hash.ImmutableHash.empty(switch (kind) {
            case "eq" -> org.jracket.runtime.prims.hash.HashKind.EQ;
            case "eqv" -> org.jracket.runtime.prims.hash.HashKind.EQV;
            default -> org.jracket.runtime.prims.hash.HashKind.EQUAL;
        });
        for (int i = 0; i + 1 < kvs.length; i += 2) m = m.set(kvs[i], kvs[i + 1]);
        return m;
    }
}
