package org.jracket.runtime.prims.hash;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * A mutable Racket hash table kept in insertion order: entries live in parallel arrays
 * (removed ones are nulled, so iteration positions stay valid across removals and updates)
 * and an open-addressing index maps hash codes to entry slots. Every method is
 * synchronized so that futures and places sharing a table cannot corrupt it.
 * Weak tables hold their keys strongly; only {@code hash-weak?} tells them apart.
 */
public final class MutableHash extends RHash {
    private final boolean weak;
    private Object[] keys;
    private Object[] vals;
    private int[] hashes;
    private int used;
    private int live;
    private int[] index;

    public MutableHash(HashKind kind, boolean weak) {
        super(kind);
        this.weak = weak;
        reset();
    }

    private void reset() {
        keys = new Object[8]; vals = new Object[8]; hashes = new int[8];
        index = new int[16]; Arrays.fill(index, -1);
        used = 0; live = 0;
    }

    @Override public boolean isMutable() { return true; }
    @Override public boolean isWeak() { return weak; }
    @Override public synchronized int count() { return live; }

    private static int spread(int h) { return h ^ (h >>> 16) ^ (h >>> 7); }

    private int find(Object key, int h) {
        int mask = index.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            int s = index[i];
            if (s < 0) return -1;
            Object k = keys[s];
            if (k != null && hashes[s] == h && (k == key || kind.same(k, key))) return s;
        }
    }

    @Override public synchronized Object get(Object key) {
        int s = find(key, kind.hash(key));
        return s < 0 ? null : vals[s];
    }

    @Override public synchronized Object getKey(Object key) {
        int s = find(key, kind.hash(key));
        return s < 0 ? null : keys[s];
    }

    public synchronized void put(Object key, Object val) {
        int h = kind.hash(key);
        int s = find(key, h);
        if (s >= 0) { vals[s] = val; return; }
        if (used == keys.length) rebuild();
        keys[used] = key; vals[used] = val; hashes[used] = h;
        insertIndex(used, h);
        used++; live++;
    }

    private void insertIndex(int slot, int h) {
        int mask = index.length - 1;
        int i = spread(h) & mask;
        while (index[i] >= 0) i = (i + 1) & mask;
        index[i] = slot;
    }

    /** Compacts removed slots away, growing when more than half the slots are live. */
    private void rebuild() {
        int cap = live * 2 >= keys.length ? keys.length * 2 : keys.length;
        Object[] nk = new Object[cap], nv = new Object[cap];
        int[] nh = new int[cap];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) { nk[j] = keys[i]; nv[j] = vals[i]; nh[j] = hashes[i]; j++; }
        }
        keys = nk; vals = nv; hashes = nh; used = j;
        index = new int[cap * 2];
        Arrays.fill(index, -1);
        for (int i = 0; i < used; i++) insertIndex(i, hashes[i]);
    }

    public synchronized boolean remove(Object key) {
        int s = find(key, kind.hash(key));
        if (s < 0) return false;
        keys[s] = null; vals[s] = null; live--;
        return true;
    }

    public synchronized void clear() { reset(); }

    public synchronized MutableHash copy() {
        MutableHash m = new MutableHash(kind, weak);
        for (int i = 0; i < used; i++) if (keys[i] != null) m.put(keys[i], vals[i]);
        return m;
    }

    @Override public synchronized int iterFirst() { return iterNextFrom(0); }

    private int iterNextFrom(int i) {
        while (i < used && keys[i] == null) i++;
        return i < used ? i : -1;
    }

    @Override public synchronized int iterNext(int pos) {
        if (pos < 0 || pos >= used) return -2; // a removed current entry may still be stepped past
        return iterNextFrom(pos + 1);
    }

    @Override public synchronized Object iterKey(int pos) { return pos >= 0 && pos < used ? keys[pos] : null; }

    @Override public synchronized Object iterValue(int pos) {
        return pos >= 0 && pos < used && keys[pos] != null ? vals[pos] : null;
    }

    @Override public void forEach(BiConsumer<Object, Object> f) {
        Object[] k, v;
        int n;
        synchronized (this) { k = keys.clone(); v = vals.clone(); n = used; }
        for (int i = 0; i < n; i++) if (k[i] != null) f.accept(k[i], v[i]);
    }
}
