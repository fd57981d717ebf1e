package org.jracket.runtime.num;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * The flvector and fxvector primitives, which differ only in element type: one generic
 * definition, instantiated by a {@link Kind} per vector type.
 */
final class NumVectorPrims {
    private NumVectorPrims() {}

    /** How one vector type stores, checks and shows its elements. */
    interface Kind<V> {
        String name();                                 // "flvector"
        Class<V> type();
        int length(V v);
        Object get(V v, int i);
        void set(V v, int i, Object x, String who);    // checks the element type
        V make(int n, Object fill, String who);         // fill null: zeros
        V of(Object[] elems, String who);
        V copy(V v, int from, int to);
        String shown(V v);                             // print form for messages
    }

    static <V> void register(PrimitiveTable t, String prefix, Kind<V> k) {
        String n = k.name(), ref = prefix + n + "-ref", set = prefix + n + "-set!", len = prefix + n + "-length";
        t.add(Primitive.of2(ref, (v, i) -> {
            V vec = vec(k, ref, v);
            return k.get(vec, VectorChecks.index(ref, n, i, k.length(vec), () -> k.shown(vec)));
        }));
        t.add(Primitive.of3(set, (v, i, x) -> {
            V vec = vec(k, set, v);
            k.set(vec, VectorChecks.index(set, n, i, k.length(vec), () -> k.shown(vec)), x, set);
            return VoidValue.VOID;
        }));
        t.add(Primitive.of1(len, v -> (long) k.length(vec(k, len, v))));
        if (!prefix.isEmpty()) return;
        t.add(Primitive.ofN(n, 0, -1, args -> k.of(args, n)));
        t.add(Primitive.ofN("make-" + n, 1, 2, args ->
            k.make(VectorChecks.length("make-" + n, n, args[0]), args.length > 1 ? args[1] : null, "make-" + n)));
        t.add(Primitive.of1(n + "?", v -> Check.bool(k.type().isInstance(v))));
        String copy = n + "-copy";
        t.add(Primitive.ofN(copy, 1, 3, args -> {
            V vec = vec(k, copy, args[0]);
            int size = k.length(vec);
            int start = args.length > 1 ? bound(copy, args[1], 0, size) : 0;
            int end = args.length > 2 ? bound(copy, args[2], start, size) : size;
            return k.copy(vec, start, end);
        }));
    }

    private static <V> V vec(Kind<V> k, String who, Object v) {
        if (!k.type().isInstance(v)) throw Errors.contract(who, k.name() + "?", v);
        return k.type().cast(v);
    }

    private static int bound(String who, Object i, int lo, int hi) {
        if (!(i instanceof Long l) || l < lo || l > hi) throw Errors.contract(who, "(integer-in " + lo + " " + hi + ")", i);
        return (int) (long) l;
    }

    static final Kind<FlVector> FL = new Kind<>() {
        public String name() { return "flvector"; }
        public Class<FlVector> type() { return FlVector.class; }
        public int length(FlVector v) { return v.elems.length; }
        public Object get(FlVector v, int i) { return v.elems[i]; }
        public void set(FlVector v, int i, Object x, String who) { v.elems[i] = Check.flonum(who, x); }
        public FlVector make(int n, Object fill, String who) {
            double[] d = new double[n];
            if (fill != null) java.util.Arrays.fill(d, Check.flonum(who, fill));
            return new FlVector(d);
        }
        public FlVector of(Object[] a, String who) {
            double[] d = new double[a.length];
            for (int i = 0; i < a.length; i++) d[i] = Check.flonum(who, a[i]);
            return new FlVector(d);
        }
        public FlVector copy(FlVector v, int from, int to) { return new FlVector(java.util.Arrays.copyOfRange(v.elems, from, to)); }
        public String shown(FlVector v) { return v.toPrintString(); }
    };

    static final Kind<FxVector> FX = new Kind<>() {
        public String name() { return "fxvector"; }
        public Class<FxVector> type() { return FxVector.class; }
        public int length(FxVector v) { return v.elems.length; }
        public Object get(FxVector v, int i) { return v.elems[i]; }
        public void set(FxVector v, int i, Object x, String who) { v.elems[i] = Check.fixnum(who, x); }
        public FxVector make(int n, Object fill, String who) {
            long[] d = new long[n];
            if (fill != null) java.util.Arrays.fill(d, Check.fixnum(who, fill));
            return new FxVector(d);
        }
        public FxVector of(Object[] a, String who) {
            long[] d = new long[a.length];
            for (int i = 0; i < a.length; i++) d[i] = Check.fixnum(who, a[i]);
            return new FxVector(d);
        }
        public FxVector copy(FxVector v, int from, int to) { return new FxVector(java.util.Arrays.copyOfRange(v.elems, from, to)); }
        public String shown(FxVector v) { return v.toPrintString(); }
    };
}
