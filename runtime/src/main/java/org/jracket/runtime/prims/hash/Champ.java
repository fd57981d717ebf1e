package org.jracket.runtime.prims.hash;

import java.util.function.BiConsumer;

/**
 * A persistent hash-array-mapped trie node (CHAMP layout): key/value pairs first, then
 * sub-nodes stored from the end of the array. Below the last 5-bit level, a node is a
 * collision list of pairs compared linearly. Nodes are never mutated after construction.
 */
final class Champ {
    static final Champ EMPTY = new Champ(0, 0, new Object[0]);

    final int datamap;
    final int nodemap;
    final Object[] a;

    Champ(int datamap, int nodemap, Object[] a) { this.datamap = datamap; this.nodemap = nodemap; this.a = a; }

    private static int bit(int hash, int shift) { return 1 << ((hash >>> shift) & 31); }

    private static int idx(int map, int bit) { return Integer.bitCount(map & (bit - 1)); }

    private Champ node(int i) { return (Champ) a[a.length - 1 - i]; }

    Object get(Object key, int hash, HashKind kind) { return lookup(key, hash, kind, 1); }

    /** The key stored for key (equal to it under kind, maybe not the same object), or null. */
    Object getKey(Object key, int hash, HashKind kind) { return lookup(key, hash, kind, 0); }

    /** The stored value (part 1) or key (part 0) of key's entry, or null. */
    private Object lookup(Object key, int hash, HashKind kind, int part) {
        Champ n = this;
        for (int shift = 0; ; shift += 5) {
            if (shift >= 32) {
                for (int i = 0; i < n.a.length; i += 2) if (kind.same(n.a[i], key)) return n.a[i + part];
                return null;
            }
            int bit = bit(hash, shift);
            if ((n.datamap & bit) != 0) {
                int i = 2 * idx(n.datamap, bit);
                Object k = n.a[i];
                return k == key || kind.same(k, key) ? n.a[i + part] : null;
            }
            if ((n.nodemap & bit) == 0) return null;
            n = n.node(idx(n.nodemap, bit));
        }
    }

    /** added[0] is set when the key was not present before. */
    Champ put(Object key, int hash, Object val, int shift, HashKind kind, boolean[] added) {
        if (shift >= 32) {
            for (int i = 0; i < a.length; i += 2) {
                if (kind.same(a[i], key)) {
                    if (a[i + 1] == val) return this;
                    Object[] b = a.clone(); b[i + 1] = val;
                    return new Champ(0, 0, b);
                }
            }
            Object[] b = java.util.Arrays.copyOf(a, a.length + 2);
            b[a.length] = key; b[a.length + 1] = val;
            added[0] = true;
            return new Champ(0, 0, b);
        }
        int bit = bit(hash, shift);
        if ((datamap & bit) != 0) {
            int i = 2 * idx(datamap, bit);
            Object k0 = a[i];
            if (k0 == key || kind.same(k0, key)) {
                if (a[i + 1] == val) return this;
                Object[] b = a.clone(); b[i + 1] = val;
                return new Champ(datamap, nodemap, b);
            }
            added[0] = true;
            Champ sub = pair(k0, kind.hash(k0), a[i + 1], key, hash, val, shift + 5);
            // Move the pair at data index i into a new sub-node at its node position.
            int dataLen = 2 * Integer.bitCount(datamap);
            int nodes = Integer.bitCount(nodemap);
            int nodeIdx = idx(nodemap, bit);
            Object[] c = new Object[a.length - 1];
            System.arraycopy(a, 0, c, 0, i);
            System.arraycopy(a, i + 2, c, i, dataLen - i - 2);
            for (int j = 0, t = 0; j <= nodes; j++) c[c.length - 1 - j] = j == nodeIdx ? sub : node(t++);
            return new Champ(datamap ^ bit, nodemap | bit, c);
        }
        if ((nodemap & bit) != 0) {
            int j = idx(nodemap, bit);
            Champ sub = node(j);
            Champ ns = sub.put(key, hash, val, shift + 5, kind, added);
            if (ns == sub) return this;
            Object[] b = a.clone(); b[a.length - 1 - j] = ns;
            return new Champ(datamap, nodemap, b);
        }
        added[0] = true;
        int i = 2 * idx(datamap, bit);
        Object[] b = new Object[a.length + 2];
        System.arraycopy(a, 0, b, 0, i);
        b[i] = key; b[i + 1] = val;
        System.arraycopy(a, i, b, i + 2, a.length - i);
        return new Champ(datamap | bit, nodemap, b);
    }

    private static Champ pair(Object k0, int h0, Object v0, Object k1, int h1, Object v1, int shift) {
        if (shift >= 32) return new Champ(0, 0, new Object[] {k0, v0, k1, v1});
        int b0 = bit(h0, shift), b1 = bit(h1, shift);
        if (b0 == b1) return new Champ(0, b0, new Object[] {pair(k0, h0, v0, k1, h1, v1, shift + 5)});
        return Integer.compareUnsigned(b0, b1) < 0
            ? new Champ(b0 | b1, 0, new Object[] {k0, v0, k1, v1})
            : new Champ(b0 | b1, 0, new Object[] {k1, v1, k0, v0});
    }

    /** True if this node holds exactly one pair and no sub-nodes (so a parent may inline it). */
    private boolean singlePair(int shift) {
        return shift >= 32 ? a.length == 2 : nodemap == 0 && Integer.bitCount(datamap) == 1;
    }

    boolean isEmpty() { return a.length == 0; }

    Champ remove(Object key, int hash, int shift, HashKind kind, boolean[] removed) {
        if (shift >= 32) {
            for (int i = 0; i < a.length; i += 2) {
                if (kind.same(a[i], key)) {
                    removed[0] = true;
                    Object[] b = new Object[a.length - 2];
                    System.arraycopy(a, 0, b, 0, i);
                    System.arraycopy(a, i + 2, b, i, a.length - i - 2);
                    return new Champ(0, 0, b);
                }
            }
            return this;
        }
        int bit = bit(hash, shift);
        if ((datamap & bit) != 0) {
            int i = 2 * idx(datamap, bit);
            if (!(a[i] == key || kind.same(a[i], key))) return this;
            removed[0] = true;
            Object[] b = new Object[a.length - 2];
            System.arraycopy(a, 0, b, 0, i);
            System.arraycopy(a, i + 2, b, i, a.length - i - 2);
            return new Champ(datamap ^ bit, nodemap, b);
        }
        if ((nodemap & bit) == 0) return this;
        int j = idx(nodemap, bit);
        Champ sub = node(j);
        Champ ns = sub.remove(key, hash, shift + 5, kind, removed);
        if (ns == sub) return this;
        if (ns.isEmpty()) {
            Object[] b = new Object[a.length - 1];
            int pos = a.length - 1 - j;
            System.arraycopy(a, 0, b, 0, pos);
            System.arraycopy(a, pos + 1, b, pos, a.length - pos - 1);
            return new Champ(datamap, nodemap ^ bit, b);
        }
        if (ns.singlePair(shift + 5)) {
            // Inline the lone pair as data of this node (canonical form).
            Object k = ns.a[0], v = ns.a[1];
            int di = 2 * idx(datamap, bit);
            int dataLen = 2 * Integer.bitCount(datamap);
            int nodes = Integer.bitCount(nodemap);
            Object[] b = new Object[a.length + 1];
            System.arraycopy(a, 0, b, 0, di);
            b[di] = k; b[di + 1] = v;
            System.arraycopy(a, di, b, di + 2, dataLen - di);
            for (int t = 0, w = 0; t < nodes; t++) {
                if (t == j) continue;
                b[b.length - 1 - w++] = node(t);
            }
            return new Champ(datamap | bit, nodemap ^ bit, b);
        }
        Object[] b = a.clone(); b[a.length - 1 - j] = ns;
        return new Champ(datamap, nodemap, b);
    }

    void forEach(BiConsumer<Object, Object> f) {
        int dataLen = isCollision() ? a.length : 2 * Integer.bitCount(datamap);
        for (int i = 0; i < dataLen; i += 2) f.accept(a[i], a[i + 1]);
        if (isCollision()) return;
        int nodes = Integer.bitCount(nodemap);
        for (int j = 0; j < nodes; j++) node(j).forEach(f);
    }

    /** Collision nodes have no maps but do have pairs. */
    private boolean isCollision() { return datamap == 0 && nodemap == 0; }
}
