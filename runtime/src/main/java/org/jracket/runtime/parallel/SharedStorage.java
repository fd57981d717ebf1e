package org.jracket.runtime.parallel;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;

/**
 * Remembers which byte strings, fxvectors and flvectors were made by make-shared-*: those
 * cross place channels by reference (places of a guest share the JVM heap, so both sides
 * then read and write the same array). Identity-based and weak: shared values are not kept
 * alive by being registered.
 */
final class SharedStorage {
    private SharedStorage() {}

    private static final HashMap<Integer, List<WeakReference<Object>>> BY_HASH = new HashMap<>();

    static synchronized <T> T share(T v) {
        BY_HASH.computeIfAbsent(System.identityHashCode(v), h -> new ArrayList<>(1)).add(new WeakReference<>(v));
        return v;
    }

    static synchronized boolean isShared(Object v) {
        List<WeakReference<Object>> refs = BY_HASH.get(System.identityHashCode(v));
        if (refs == null) return false;
        boolean found = false;
        for (Iterator<WeakReference<Object>> it = refs.iterator(); it.hasNext(); ) {
            Object o = it.next().get();
            if (o == null) it.remove();
            else if (o == v) found = true;
        }
        return found;
    }
}
