package org.jracket.runtime.prims;

import java.util.Arrays;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;

/** Vectors (first-order operations; vector-map and friends are written in Racket). */
public final class VectorPrims {
    private VectorPrims() {}

    private static final String MUTABLE = "(and/c vector? (not/c immutable?))";

    public static void register(PrimitiveTable t) {
        t.add(Primitive.of1("vector?", v -> Args.bool(v instanceof MVector)));
        t.add(Primitive.ofN("make-vector", 1, 2, a -> {
            if (!(a[0] instanceof Long n && n >= 0 && n < Integer.MAX_VALUE - 8)) {
                throw Errors.contract("make-vector", "valid-vector-length?", a[0]);
            }
            Object[] items = new Object[(int) (long) n];
            Arrays.fill(items, a.length > 1 ? a[1] : (Object) 0L);
            return new MVector(items, false);
        }));
        t.add(Primitive.ofN("vector", 0, -1, a -> new MVector(a.clone(), false)));
        t.add(Primitive.ofN("vector-immutable", 0, -1, a -> new MVector(a.clone(), true)));
        t.add(Primitive.of1("vector-length", v -> (long) Args.vector("vector-length", v).items.length));
        t.add(Primitive.of2("vector-ref", VectorPrims::vectorRef));
        t.add(Primitive.of3("vector-set!", VectorPrims::vectorSet));
        t.add(Primitive.ofN("vector-cas!", 4, 4, a -> {
            MVector x = mutable("vector-cas!", a[0]);
            return casSlot(x.items, Args.index("vector-cas!", "vector", x, a[1], x.items.length), a[2], a[3]);
        }));
        t.add(Primitive.ofN("vector->list", 1, 3, a -> {
            MVector v = Args.vector("vector->list", a[0]);
            int[] r = Args.range("vector->list", "vector", v, v.items.length, a, 1);
            Object l = Null.NULL;
            for (int i = r[1] - 1; i >= r[0]; i--) l = new Pair(v.items[i], l);
            return l;
        }));
        t.add(Primitive.of1("list->vector", v -> new MVector(Args.list("list->vector", v), false)));
        t.add(Primitive.of2("vector-fill!", (v, x) -> {
            Arrays.fill(mutable("vector-fill!", v).items, x);
            return VoidValue.VOID;
        }));
        t.add(Primitive.ofN("vector-copy!", 3, 5, VectorPrims::copyInto));
        t.add(Primitive.of1("vector->immutable-vector", v -> {
            MVector x = Args.vector("vector->immutable-vector", v);
            return x.immutable ? x : new MVector(x.items.clone(), true);
        }));
        t.add(Primitive.ofN("vector->values", 1, 3, a -> {
            MVector v = Args.vector("vector->values", a[0]);
            int[] r = Args.range("vector->values", "vector", v, v.items.length, a, 1);
            return MultipleValues.of(Arrays.copyOfRange(v.items, r[0], r[1]));
        }));
        t.add(Primitive.ofN("vector-copy", 1, 3, a -> {
            MVector v = Args.vector("vector-copy", a[0]);
            int[] r = Args.range("vector-copy", "vector", v, v.items.length, a, 1);
            return new MVector(Arrays.copyOfRange(v.items, r[0], r[1]), false);
        }));
    }

    public static Object vectorRef(Object v, Object i) {
        if (v instanceof MVector x) {
            if (i instanceof Long l && l >= 0 && l < x.items.length) return x.items[(int) (long) l];
            return x.items[Args.index("vector-ref", "vector", x, i, x.items.length)];
        }
        throw Errors.contract("vector-ref", "vector?", v);
    }

    public static Object vectorSet(Object v, Object i, Object val) {
        MVector x = mutable("vector-set!", v);
        x.items[Args.index("vector-set!", "vector", x, i, x.items.length)] = val;
        return VoidValue.VOID;
    }

    private static final java.lang.invoke.VarHandle SLOT = java.lang.invoke.MethodHandles.arrayElementVarHandle(Object[].class);

    /**
     * Atomically replaces slot i when it holds a value eq? to old (Racket's vector-cas!, for
     * futures): the witness may be an equal fixnum or char in another Java box, so compare
     * with eq? and retry the reference CAS.
     */
    public static Boolean casSlot(Object[] slots, int i, Object old, Object v) {
        while (true) {
            Object cur = SLOT.getVolatile(slots, i);
            if (!Equality.eq(cur, old)) return Boolean.FALSE;
            if (SLOT.compareAndSet(slots, i, cur, v)) return Boolean.TRUE;
        }
    }

    private static MVector mutable(String who, Object v) {
        if (v instanceof MVector x && !x.immutable) return x;
        throw Errors.contract(who, MUTABLE, v);
    }

    /** (vector-copy! dest dest-start src [src-start src-end]) */
    private static Object copyInto(Object[] a) {
        MVector dst = mutable("vector-copy!", a[0]);
        long at = Args.natural("vector-copy!", a[1]);
        MVector src = Args.vector("vector-copy!", a[2]);
        if (at > dst.items.length) throw Errors.range("vector-copy!", "vector", "", a[1], dst, 0, dst.items.length);
        int[] r = Args.range("vector-copy!", "vector", src, src.items.length, a, 3);
        int len = r[1] - r[0];
        if (at + len > dst.items.length) {
            throw Errors.contractFail("vector-copy!: not enough room in target vector\n  target length: "
                    + dst.items.length + "\n  needed length: " + (at + len));
        }
        System.arraycopy(src.items, r[0], dst.items, (int) at, len);
        return VoidValue.VOID;
    }
}
