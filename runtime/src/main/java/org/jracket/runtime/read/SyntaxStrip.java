package org.jracket.runtime.read;

import org.jracket.runtime.data.Box;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.syntax.Syntax;

/**
 * Removes syntax wrappers from reader output ({@code syntax->datum} on what the reader
 * builds: pairs, vectors, boxes, the values of immutable hashes). Prefab contents are left as built.
 */
public final class SyntaxStrip {
    private SyntaxStrip() {}

    public static Object strip(Object v) {
        if (v instanceof Syntax s) return strip(s.e);
        if (v instanceof Pair p) {
            Object car = strip(p.car), cdr = strip(p.cdr);
            return car == p.car && cdr == p.cdr ? p : new Pair(car, cdr);
        }
        if (v instanceof MVector vec) {
            Object[] items = new Object[vec.items.length];
            for (int i = 0; i < items.length; i++) items[i] = strip(vec.items[i]);
            return new MVector(items, vec.immutable);
        }
        if (v instanceof Box b) return new Box(strip(b.value), b.immutable);
        // #hash literals read as syntax hold syntax values (keys are plain data)
        if (v instanceof org.jracket.runtime.prims.hash.RHash h && !h.isMutable()) return Syntax.toDatum(h);
        if (v instanceof org.jracket.runtime.data.Struct st && st.type.prefabKey != null) return Syntax.toDatum(st);
        return v;
    }
}
