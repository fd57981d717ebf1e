package org.jracket.runtime.syntax;

import java.util.Arrays;

/**
 * An immutable set of scopes, kept sorted by scope id so that union, subset and equality are
 * linear merges over small arrays (identifiers rarely carry more than a dozen scopes).
 */
public final class ScopeSet {
    public static final ScopeSet EMPTY = new ScopeSet(new Scope[0]);

    final Scope[] scopes;
    private int hash;

    ScopeSet(Scope[] sorted) { this.scopes = sorted; }

    public static ScopeSet of(Scope... ss) {
        ScopeSet r = EMPTY;
        for (Scope s : ss) r = r.add(s);
        return r;
    }

    /** A set of distinct scopes given in any order (compiled modules: ids differ from the writer's). */
    public static ScopeSet ofDistinct(Scope[] ss) {
        if (ss.length == 0) return EMPTY;
        Scope[] a = ss.clone();
        Arrays.sort(a, (x, y) -> Long.compare(x.id, y.id));
        return new ScopeSet(a);
    }

    public int size() { return scopes.length; }

    public Scope get(int i) { return scopes[i]; }

    private int indexOf(Scope s) {
        int lo = 0, hi = scopes.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long d = scopes[mid].id;
            if (d < s.id) lo = mid + 1;
            else if (d > s.id) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }

    public boolean contains(Scope s) { return indexOf(s) >= 0; }

    public ScopeSet add(Scope s) {
        int i = indexOf(s);
        if (i >= 0) return this;
        int at = -(i + 1);
        Scope[] n = new Scope[scopes.length + 1];
        System.arraycopy(scopes, 0, n, 0, at);
        n[at] = s;
        System.arraycopy(scopes, at, n, at + 1, scopes.length - at);
        return new ScopeSet(n);
    }

    public ScopeSet remove(Scope s) {
        int i = indexOf(s);
        if (i < 0) return this;
        Scope[] n = new Scope[scopes.length - 1];
        System.arraycopy(scopes, 0, n, 0, i);
        System.arraycopy(scopes, i + 1, n, i, scopes.length - i - 1);
        return new ScopeSet(n);
    }

    public ScopeSet flip(Scope s) { return contains(s) ? remove(s) : add(s); }

    public ScopeSet union(ScopeSet o) {
        ScopeSet r = this;
        for (Scope s : o.scopes) r = r.add(s);
        return r;
    }

    /** True if every scope of this set is in other. */
    public boolean subsetOf(ScopeSet other) {
        Scope[] a = scopes, b = other.scopes;
        if (a.length > b.length) return false;
        int j = 0;
        for (Scope s : a) {
            while (j < b.length && b[j].id < s.id) j++;
            if (j == b.length || b[j] != s) return false;
            j++;
        }
        return true;
    }

    /** The most recently created scope, where bindings for this set are recorded. */
    public Scope newest() { return scopes.length == 0 ? null : scopes[scopes.length - 1]; }

    @Override public boolean equals(Object o) {
        return o instanceof ScopeSet s && (s == this || Arrays.equals(scopes, s.scopes));
    }

    @Override public int hashCode() {
        int h = hash;
        if (h == 0) { for (Scope s : scopes) h = h * 31 + Long.hashCode(s.id); hash = h; }
        return h;
    }

    @Override public String toString() { return Arrays.toString(scopes); }
}
