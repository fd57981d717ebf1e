package org.jracket.runtime.parallel;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import org.jracket.runtime.data.Box;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.Char;
import org.jracket.runtime.data.Keyword;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.io.Path;
import org.jracket.runtime.num.FlVector;
import org.jracket.runtime.num.FxVector;
import org.jracket.runtime.prims.hash.ImmutableHash;
import org.jracket.runtime.prims.hash.RHash;

/**
 * Racket's place-message rules: what may cross a place channel, and what the receiver gets.
 * Mutable strings, byte strings, vectors, boxes and hash tables arrive as immutable copies;
 * immutable data is passed by reference (never copied when nothing inside needs copying);
 * shared byte strings and fx/flvectors and place channels are passed by reference.
 */
final class PlaceMessages {
    private PlaceMessages() {}

    /** Returned by {@link #copy} for a value that is not allowed. */
    static final Object NOT_ALLOWED = new Object();

    static boolean allowed(Object v) { return copy(v) != NOT_ALLOWED; }

    /** The message the receiver gets for v, or {@link #NOT_ALLOWED}. */
    static Object copy(Object v) { return atom(v) ? v : new Copier().copy(v); }

    private static boolean atom(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof java.math.BigInteger
            || v instanceof org.jracket.runtime.num.Ratnum || v instanceof org.jracket.runtime.num.Complex
            || v instanceof Char || v instanceof Boolean || v == VoidValue.VOID || v == Null.NULL
            || v instanceof Symbol || v instanceof Keyword || v instanceof Path
            || v instanceof PlaceChannel || v instanceof Place;
    }

    private static final class Copier {
        /** Values being copied, against cycles through mutable containers. */
        private final IdentityHashMap<Object, Object> seen = new IdentityHashMap<>();

        Object copy(Object v) {
            if (atom(v)) return v;
            if (v instanceof MString s) return s.immutable ? v : new MString(s.chars.clone(), true);
            if (v instanceof Bytes b) return b.immutable || SharedStorage.isShared(b) ? v : new Bytes(b.bytes.clone(), true);
            if (v instanceof FxVector || v instanceof FlVector) return SharedStorage.isShared(v) ? v : NOT_ALLOWED;
            if (seen.containsKey(v)) return NOT_ALLOWED;
            if (v instanceof Pair p) return list(p);
            seen.put(v, v);
            try {
                if (v instanceof MVector vec) return vector(vec);
                if (v instanceof Box b) {
                    Object c = copy(b.value);
                    if (c == NOT_ALLOWED) return c;
                    return b.immutable && c == b.value ? v : new Box(c, true);
                }
                if (v instanceof RHash h) return hash(h);
                if (v instanceof Struct s) return prefab(s);
                return NOT_ALLOWED;
            } finally {
                seen.remove(v);
            }
        }

        /** Lists are walked along the cdr without recursion, so long lists are fine. */
        private Object list(Pair p) {
            ArrayList<Object> cars = new ArrayList<>();
            boolean changed = false;
            Object rest = p;
            while (rest instanceof Pair q) {
                Object c = copy(q.car);
                if (c == NOT_ALLOWED) return c;
                changed |= c != q.car;
                cars.add(c);
                rest = q.cdr;
            }
            Object tail = copy(rest);
            if (tail == NOT_ALLOWED) return tail;
            if (!changed && tail == rest) return p;
            Object r = tail;
            for (int i = cars.size() - 1; i >= 0; i--) r = new Pair(cars.get(i), r);
            return r;
        }

        private Object vector(MVector vec) {
            Object[] items = new Object[vec.items.length];
            boolean changed = !vec.immutable;
            for (int i = 0; i < items.length; i++) {
                Object c = copy(vec.items[i]);
                if (c == NOT_ALLOWED) return c;
                changed |= c != vec.items[i];
                items[i] = c;
            }
            return changed ? new MVector(items, true) : vec;
        }

        private Object hash(RHash h) {
            ImmutableHash r = ImmutableHash.empty(h.kind());
            boolean[] ok = {true};
            boolean[] changed = {h.isMutable()};
            ImmutableHash[] acc = {r};
            h.forEach((k, val) -> {
                if (!ok[0]) return;
                Object ck = copy(k), cv = copy(val);
                if (ck == NOT_ALLOWED || cv == NOT_ALLOWED) { ok[0] = false; return; }
                changed[0] |= ck != k || cv != val;
                acc[0] = acc[0].set(ck, cv);
            });
            if (!ok[0]) return NOT_ALLOWED;
            return changed[0] ? acc[0] : h;
        }

        private Object prefab(Struct s) {
            if (s.type.prefabKey == null) return NOT_ALLOWED;
            for (var t = s.type; t != null; t = t.parent) {
                if (t.immutable != null) for (boolean imm : t.immutable) if (!imm) return NOT_ALLOWED;
            }
            Object[] fields = new Object[s.fields.length];
            boolean changed = false;
            for (int i = 0; i < fields.length; i++) {
                Object c = copy(s.fields[i]);
                if (c == NOT_ALLOWED) return c;
                changed |= c != s.fields[i];
                fields[i] = c;
            }
            return changed ? new Struct(s.type, fields) : s;
        }
    }
}
