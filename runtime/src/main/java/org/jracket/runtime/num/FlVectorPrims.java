package org.jracket.runtime.num;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/** flvector constructors and accessors. */
final class FlVectorPrims {
    private FlVectorPrims() {}

    static void register(PrimitiveTable t, String prefix) {
        String ref = prefix + "flvector-ref", set = prefix + "flvector-set!", len = prefix + "flvector-length";
        t.add(Primitive.of2(ref, (v, k) -> {
            FlVector fv = vec(ref, v);
            return fv.elems[VectorChecks.index(ref, "flvector", k, fv.elems.length, fv.toPrintString())];
        }));
        t.add(Primitive.of3(set, (v, k, x) -> {
            FlVector fv = vec(set, v);
            int i = VectorChecks.index(set, "flvector", k, fv.elems.length, fv.toPrintString());
            fv.elems[i] = Check.flonum(set, x);
            return VoidValue.VOID;
        }));
        t.add(Primitive.of1(len, v -> (long) vec(len, v).elems.length));
        if (!prefix.isEmpty()) return;
        t.add(Primitive.ofN("flvector", 0, -1, args -> {
            double[] d = new double[args.length];
            for (int i = 0; i < args.length; i++) d[i] = Check.flonum("flvector", args[i]);
            return new FlVector(d);
        }));
        t.add(Primitive.ofN("make-flvector", 1, 2, args -> {
            double[] d = new double[VectorChecks.length("make-flvector", "flvector", args[0])];
            if (args.length > 1) java.util.Arrays.fill(d, Check.flonum("make-flvector", args[1]));
            return new FlVector(d);
        }));
        t.add(Primitive.of1("flvector?", v -> Check.bool(v instanceof FlVector)));
        t.add(Primitive.ofN("flvector-copy", 1, 3, args -> {
            FlVector fv = vec("flvector-copy", args[0]);
            int n = fv.elems.length;
            int start = args.length > 1 ? bound("flvector-copy", args[1], n) : 0;
            int end = args.length > 2 ? bound("flvector-copy", args[2], n) : n;
            if (end < start) throw Errors.contract("flvector-copy", "(integer-in " + start + " " + n + ")", args[2]);
            return new FlVector(java.util.Arrays.copyOfRange(fv.elems, start, end));
        }));
    }

    private static FlVector vec(String who, Object v) {
        if (!(v instanceof FlVector fv)) throw Errors.contract(who, "flvector?", v);
        return fv;
    }

    private static int bound(String who, Object k, int n) {
        if (!(k instanceof Long l) || l < 0 || l > n) throw Errors.contract(who, "(integer-in 0 " + n + ")", k);
        return (int) (long) l;
    }
}
