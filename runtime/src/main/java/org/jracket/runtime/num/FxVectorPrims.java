package org.jracket.runtime.num;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/** fxvector constructors and accessors. */
final class FxVectorPrims {
    private FxVectorPrims() {}

    static void register(PrimitiveTable t, String prefix) {
        String ref = prefix + "fxvector-ref", set = prefix + "fxvector-set!", len = prefix + "fxvector-length";
        t.add(Primitive.of2(ref, (v, k) -> {
            FxVector fv = vec(ref, v);
            return fv.elems[VectorChecks.index(ref, "fxvector", k, fv.elems.length, fv.toPrintString())];
        }));
        t.add(Primitive.of3(set, (v, k, x) -> {
            FxVector fv = vec(set, v);
            int i = VectorChecks.index(set, "fxvector", k, fv.elems.length, fv.toPrintString());
            fv.elems[i] = Check.fixnum(set, x);
            return VoidValue.VOID;
        }));
        t.add(Primitive.of1(len, v -> (long) vec(len, v).elems.length));
        if (!prefix.isEmpty()) return;
        t.add(Primitive.ofN("fxvector", 0, -1, args -> {
            long[] d = new long[args.length];
            for (int i = 0; i < args.length; i++) d[i] = Check.fixnum("fxvector", args[i]);
            return new FxVector(d);
        }));
        t.add(Primitive.ofN("make-fxvector", 1, 2, args -> {
            long[] d = new long[VectorChecks.length("make-fxvector", "fxvector", args[0])];
            if (args.length > 1) java.util.Arrays.fill(d, Check.fixnum("make-fxvector", args[1]));
            return new FxVector(d);
        }));
        t.add(Primitive.of1("fxvector?", v -> Check.bool(v instanceof FxVector)));
        t.add(Primitive.ofN("fxvector-copy", 1, 3, args -> {
            FxVector fv = vec("fxvector-copy", args[0]);
            int n = fv.elems.length;
            int start = args.length > 1 ? bound(args[1], n) : 0;
            int end = args.length > 2 ? bound(args[2], n) : n;
            if (end < start) throw Errors.contract("fxvector-copy", "(integer-in " + start + " " + n + ")", args[2]);
            return new FxVector(java.util.Arrays.copyOfRange(fv.elems, start, end));
        }));
    }

    private static FxVector vec(String who, Object v) {
        if (!(v instanceof FxVector fv)) throw Errors.contract(who, "fxvector?", v);
        return fv;
    }

    private static int bound(Object k, int n) {
        if (!(k instanceof Long l) || l < 0 || l > n) throw Errors.contract("fxvector-copy", "(integer-in 0 " + n + ")", k);
        return (int) (long) l;
    }
}
