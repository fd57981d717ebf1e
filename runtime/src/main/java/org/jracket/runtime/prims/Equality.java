package org.jracket.runtime.prims;

import java.util.Arrays;
import org.jracket.runtime.data.Box;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.Char;
import org.jracket.runtime.data.Keyword;
import org.jracket.runtime.data.MPair;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.StructType;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.num.Arith;
import org.jracket.runtime.prims.hash.RHash;

/**
 * Racket's three equivalences ({@code eq?}, {@code eqv?}, {@code equal?}) and the hash codes
 * consistent with each. Used by the primitives, the hash tables and any Java code that
 * needs Racket equality.
 *
 * <p>Numbers: fixnums (Long) and characters are compared by value even for {@code eq?},
 * because Java boxes them non-uniquely while Racket treats them as immediates. Other numbers
 * are {@code eqv?} when of the same class and {@code equals} (Double.equals already
 * distinguishes -0.0 and makes NaN equal to itself, as eqv? requires).
 */
public final class Equality {
    private Equality() {}

    public static boolean eq(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Long x) return b instanceof Long y && x.longValue() == y.longValue();
        if (a instanceof Char x) return b instanceof Char y && x.code == y.code;
        return false;
    }

    public static boolean eqv(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Long x) return b instanceof Long y && x.longValue() == y.longValue();
        if (a instanceof Char x) return b instanceof Char y && x.code == y.code;
        // Numbers (Double, BigInteger, Ratnum, Complex) are the only value-equal classes left.
        return Arith.isNumber(a) && Arith.eqv(a, b);
    }

    public static boolean equal(Object a, Object b) {
        while (true) {
            if (eqv(a, b)) return true;
            if (a instanceof Pair p) {
                if (!(b instanceof Pair q) || !equal(p.car, q.car)) return false;
                a = p.cdr; b = q.cdr; // loop on the spine so long lists use no stack
                continue;
            }
            if (a instanceof MPair p) {
                if (!(b instanceof MPair q) || !equal(p.car, q.car)) return false;
                a = p.cdr; b = q.cdr;
                continue;
            }
            if (a instanceof MString s) return b instanceof MString t && Arrays.equals(s.chars, t.chars);
            if (a instanceof Bytes s) return b instanceof Bytes t && Arrays.equals(s.bytes, t.bytes);
            if (a instanceof org.jracket.runtime.io.Path) return a.equals(b); // paths compare by text
            if (a instanceof MVector v) {
                if (!(b instanceof MVector w) || v.items.length != w.items.length) return false;
                for (int i = 0; i < v.items.length; i++) if (!equal(v.items[i], w.items[i])) return false;
                return true;
            }
            if (a instanceof Box x) {
                if (!(b instanceof Box y)) return false;
                a = x.value; b = y.value;
                continue;
            }
            if (a instanceof RHash h) return b instanceof RHash g && h.contentEquals(g);
            if (a instanceof Struct s) return b instanceof Struct t && structEqual(s, t);
            return false;
        }
    }

    /**
     * equal-always?: equal? for values that cannot change, eq? for mutable ones (mutable
     * strings, byte strings, vectors, boxes, hash tables, mutable pairs, and structs with a
     * mutable field), so the answer holds forever. An immutable hash table's values, and the
     * fields of a struct with its own equality (prop:equal+hash), are compared with equal?.
     */
    public static boolean equalAlways(Object a, Object b) {
        while (true) {
            if (eqv(a, b)) return true;
            if (a instanceof Pair p) {
                if (!(b instanceof Pair q) || !equalAlways(p.car, q.car)) return false;
                a = p.cdr; b = q.cdr;
                continue;
            }
            if (a instanceof MString s) return s.immutable && b instanceof MString t && t.immutable && Arrays.equals(s.chars, t.chars);
            if (a instanceof Bytes s) return s.immutable && b instanceof Bytes t && t.immutable && Arrays.equals(s.bytes, t.bytes);
            if (a instanceof org.jracket.runtime.io.Path) return a.equals(b);
            if (a instanceof MVector v) {
                if (!v.immutable || !(b instanceof MVector w) || !w.immutable || v.items.length != w.items.length) return false;
                for (int i = 0; i < v.items.length; i++) if (!equalAlways(v.items[i], w.items[i])) return false;
                return true;
            }
            if (a instanceof Box x) {
                if (!x.immutable || !(b instanceof Box y) || !y.immutable) return false;
                a = x.value; b = y.value;
                continue;
            }
            if (a instanceof RHash h) return !h.isMutable() && b instanceof RHash g && !g.isMutable() && h.contentEquals(g);
            if (a instanceof Struct s) {
                if (!(b instanceof Struct t) || s.type != t.type) return false;
                if (s.type.prop(StructProps.EQUAL_HASH) != null) return structEqual(s, t); // its own equality
                if (!isInspectable(s.type) || hasMutableField(s.type)) return false;
                for (int i = 0; i < s.fields.length; i++) if (!equalAlways(s.fields[i], t.fields[i])) return false;
                return true;
            }
            return false;
        }
    }

    private static boolean hasMutableField(StructType t) {
        for (StructType x = t; x != null; x = x.parent) {
            for (boolean imm : x.immutable) if (!imm) return true;
        }
        return false;
    }

    private static final Primitive EQUAL_RECUR = Primitive.of2("equal?/recur", (x, y) -> Args.bool(equal(x, y)));
    private static final Primitive HASH_RECUR = Primitive.of1("equal-hash-code/recur", x -> (long) equalHash(x));

    private static boolean structEqual(Struct s, Struct t) {
        if (s.type != t.type) return false;
        Object eh = s.type.prop(StructProps.EQUAL_HASH);
        if (eh != null) {
            Procedure eqProc = (Procedure) ((Pair) eh).car;
            return Args.truthy(eqProc.apply3(s, t, EQUAL_RECUR));
        }
        if (!isInspectable(s.type)) return false;
        for (int i = 0; i < s.fields.length; i++) if (!equal(s.fields[i], t.fields[i])) return false;
        return true;
    }

    /** True if equal? and printing see the fields: prefab, or transparent all the way up. */
    public static boolean isInspectable(StructType t) {
        for (StructType x = t; x != null; x = x.parent) {
            if (x.prefabKey == null && x.inspector != Boolean.FALSE) return false;
        }
        return true;
    }

    private static int mix(int h, int x) { return (h * 31 + x) * 0x9E3779B1 ^ (h >>> 15); }

    public static int eqHash(Object a) {
        if (a instanceof Long x) return Long.hashCode(x);
        if (a instanceof Char c) return c.code;
        if (a instanceof Symbol s) return s.isInterned() ? s.name.hashCode() * 0x9E3779B1 : System.identityHashCode(s);
        if (a instanceof Keyword k) return k.name.hashCode() * 31 + 7;
        if (a instanceof Boolean b) return b ? 1231 : 1237;
        return System.identityHashCode(a);
    }

    public static int eqvHash(Object a) {
        if (a instanceof Long || a instanceof Char || a == null) return eqHash(a);
        return Arith.isNumber(a) ? Arith.equalHash(a) : eqHash(a);
    }

    public static int equalHash(Object a) {
        int h = 17;
        int budget = 64; // bound the work on huge or deep structures, as Racket does
        while (true) {
            if (a instanceof Pair p) {
                h = mix(h, 3 + equalHash(p.car));
                a = p.cdr;
                if (--budget == 0) return h;
                continue;
            }
            if (a instanceof MPair p) {
                h = mix(h, 5 + equalHash(p.car));
                a = p.cdr;
                if (--budget == 0) return h;
                continue;
            }
            if (a instanceof MString s) return mix(h, Arrays.hashCode(s.chars));
            if (a instanceof Bytes s) return mix(h, Arrays.hashCode(s.bytes) + 1);
            if (a instanceof org.jracket.runtime.io.Path p) return mix(h, p.hashCode() + 2);
            if (a instanceof MVector v) {
                int x = v.items.length;
                for (int i = 0; i < v.items.length && i < 32; i++) x = mix(x, equalHash(v.items[i]));
                return mix(h, x);
            }
            if (a instanceof Box b) { h = mix(h, 11); a = b.value; continue; }
            if (a instanceof RHash m) return mix(h, m.contentHash());
            if (a instanceof Struct s) return mix(h, structHash(s));
            return mix(h, eqvHash(a));
        }
    }

    private static int structHash(Struct s) {
        Object eh = s.type.prop(StructProps.EQUAL_HASH);
        if (eh != null) {
            Procedure hashProc = (Procedure) ((Pair) ((Pair) eh).cdr).car;
            Object r = hashProc.apply2(s, HASH_RECUR);
            return r instanceof Long l ? Long.hashCode(l) : r.hashCode();
        }
        if (!isInspectable(s.type)) return System.identityHashCode(s);
        int h = s.type.name.name.hashCode();
        for (Object f : s.fields) h = mix(h, equalHash(f));
        return h;
    }
}
