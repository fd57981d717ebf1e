package org.jracket.runtime.parallel;

import java.util.Arrays;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.num.FlVector;
import org.jracket.runtime.num.FxVector;
import org.jracket.runtime.prims.PrimitiveTable;

/** make-shared-bytes, shared-bytes (racket/base), make-shared-fxvector and make-shared-flvector. */
final class SharedStoragePrims {
    private SharedStoragePrims() {}

    private static int size(String who, Object v) {
        if (v instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE - 8) return (int) (long) l;
        throw Errors.contractArg(who, "exact-nonnegative-integer?", 0, new Object[] {v});
    }

    static void register(PrimitiveTable t) {
        t.add(Primitive.ofN("make-shared-bytes", 1, 2, a -> {
            int n = size("make-shared-bytes", a[0]);
            byte[] b = new byte[n];
            if (a.length > 1) {
                if (!(a[1] instanceof Long l && l >= 0 && l <= 255)) throw Errors.contractArg("make-shared-bytes", "byte?", 1, a);
                Arrays.fill(b, (byte) (long) (Long) a[1]);
            }
            return SharedStorage.share(new Bytes(b, false));
        }));
        t.add(Primitive.ofN("shared-bytes", 0, -1, a -> {
            byte[] b = new byte[a.length];
            for (int i = 0; i < a.length; i++) {
                if (!(a[i] instanceof Long l && l >= 0 && l <= 255)) throw Errors.contractArg("shared-bytes", "byte?", i, a);
                b[i] = (byte) (long) (Long) a[i];
            }
            return SharedStorage.share(new Bytes(b, false));
        }));
        t.add(Primitive.ofN("make-shared-fxvector", 1, 2, a -> {
            long[] v = new long[size("make-shared-fxvector", a[0])];
            if (a.length > 1) {
                if (!(a[1] instanceof Long l)) throw Errors.contractArg("make-shared-fxvector", "fixnum?", 1, a);
                Arrays.fill(v, (Long) a[1]);
            }
            return SharedStorage.share(new FxVector(v));
        }));
        t.add(Primitive.ofN("make-shared-flvector", 1, 2, a -> {
            double[] v = new double[size("make-shared-flvector", a[0])];
            if (a.length > 1) {
                if (!(a[1] instanceof Double d)) throw Errors.contractArg("make-shared-flvector", "flonum?", 1, a);
                Arrays.fill(v, (Double) a[1]);
            }
            return SharedStorage.share(new FlVector(v));
        }));
    }
}
