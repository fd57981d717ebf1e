package org.jracket.runtime.syntax;

import java.util.function.UnaryOperator;
import org.jracket.runtime.prims.hash.ImmutableHash;
import org.jracket.runtime.prims.hash.RHash;

/**
 * Immutable hash tables inside syntax: as Racket's reader builds them, keys are plain data and
 * values are syntax objects, so scope operations, {@code syntax->datum} and
 * {@code datum->syntax} reach the values (and leave the keys alone).
 */
final class HashContent {
    private HashContent() {}

    static boolean is(Object v) { return v instanceof RHash h && !h.isMutable(); }

    /** A table of the same kind with f applied to every value (the same table if none changed). */
    static Object mapValues(Object v, UnaryOperator<Object> f) {
        RHash h = (RHash) v;
        ImmutableHash[] out = {ImmutableHash.empty(h.kind())};
        boolean[] changed = {false};
        h.forEach((k, val) -> {
            Object nv = f.apply(val);
            if (nv != val) changed[0] = true;
            out[0] = out[0].set(k, nv);
        });
        return changed[0] ? out[0] : h;
    }
}
