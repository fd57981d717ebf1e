package org.jracket.runtime.prims.hash;

import java.util.function.BiConsumer;

/**
 * An immutable (persistent) Racket hash table over a {@link Champ} trie: {@link #set} and
 * {@link #remove} return new tables sharing structure with the old. Iteration positions
 * index a flat snapshot of the entries, built once per table on first iteration, so each
 * {@code hash-iterate-next} is O(1).
 */
public final class ImmutableHash extends RHash {
    private static final ImmutableHash EMPTY_EQUAL = new ImmutableHash(HashKind.EQUAL, Champ.EMPTY, 0);
    private static final ImmutableHash EMPTY_EQV = new ImmutableHash(HashKind.EQV, Champ.EMPTY, 0);
    private static final ImmutableHash EMPTY_EQ = new ImmutableHash(HashKind.EQ, Champ.EMPTY, 0);

    private final Champ root;
    private final int count;
    private volatile Object[] flat; // k0, v0, k1, v1, ... in forEach order

    private ImmutableHash(HashKind kind, Champ root, int count) {
        super(kind);
        this.root = root; this.count = count;
    }

    public static ImmutableHash empty(HashKind kind) {
        return switch (kind) { case EQUAL -> EMPTY_EQUAL; case EQV -> EMPTY_EQV; case EQ -> EMPTY_EQ; };
    }

    @Override public boolean isMutable() { return false; }
    @Override public boolean isWeak() { return false; }
    @Override public int count() { return count; }

    @Override public Object get(Object key) { return root.get(key, kind.hash(key), kind); }

    @Override public Object getKey(Object key) { return root.getKey(key, kind.hash(key), kind); }

    public ImmutableHash set(Object key, Object val) {
        boolean[] added = {false};
        Champ r = root.put(key, kind.hash(key), val, 0, kind, added);
        return r == root ? this : new ImmutableHash(kind, r, added[0] ? count + 1 : count);
    }

    public ImmutableHash remove(Object key) {
        boolean[] removed = {false};
        Champ r = root.remove(key, kind.hash(key), 0, kind, removed);
        return r == root ? this : new ImmutableHash(kind, r, count - 1);
    }

    public ImmutableHash clear() { return empty(kind); }

    @Override public void forEach(BiConsumer<Object, Object> f) { root.forEach(f); }

    private Object[] flat() {
        Object[] f = flat;
        if (f == null) {
            Object[] g = new Object[count * 2];
            int[] i = {0};
            root.forEach((k, v) -> { g[i[0]++] = k; g[i[0]++] = v; });
            flat = f = g;
        }
        return f;
    }

    @Override public int iterFirst() { return count == 0 ? -1 : 0; }

    @Override public int iterNext(int pos) {
        if (pos < 0 || pos >= count) return -2;
        return pos + 1 < count ? pos + 1 : -1;
    }

    @Override public Object iterKey(int pos) { return pos >= 0 && pos < count ? flat()[2 * pos] : null; }

    @Override public Object iterValue(int pos) { return pos >= 0 && pos < count ? flat()[2 * pos + 1] : null; }
}
