package org.jracket.runtime.module.compiled;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Build time: the shareable objects of the units written so far, so that a later unit refers
 * to them (unit, index) instead of writing copies: a scope must have one identity host-wide,
 * or identifiers from a dependency's macros would stop matching its bindings.
 */
final class Exports {
    private final IdentityHashMap<Object, Long> index = new IdentityHashMap<>();
    private final List<String> paths = new ArrayList<>();
    private final List<Long> stamps = new ArrayList<>();

    /** (unit number << 32 | index) of v, or -1 if no earlier unit owns it. */
    long find(Object v) {
        Long x = index.get(v);
        return x == null ? -1 : x;
    }

    String path(int unit) { return paths.get(unit); }

    long stamp(String path) { return stamps.get(paths.indexOf(path)); }

    void add(String path, long stamp, List<Object> owned) {
        long u = paths.size();
        paths.add(path);
        stamps.add(stamp);
        for (int i = 0; i < owned.size(); i++) index.putIfAbsent(owned.get(i), (u << 32) | i);
    }
}
