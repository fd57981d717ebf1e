package org.jracket.runtime.prims;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.module.PrimitiveModules;

/**
 * '#%unsafe: the operations of racket/unsafe/ops that have no safe counterpart to alias
 * (field access by position). Racket leaves misuse undefined; here it is still checked,
 * since a wrong index must never take the host down with it.
 */
public final class UnsafePrims {
    private UnsafePrims() {}

    public static void register() {
        PrimitiveTable t = new PrimitiveTable("#%unsafe");
        for (String who : new String[] {"unsafe-struct-ref", "unsafe-struct*-ref"}) {
            t.add(Primitive.of2(who, (s, i) -> { Struct x = struct(who, s); return x.fields[index(who, x, i)]; }));
        }
        for (String who : new String[] {"unsafe-struct-set!", "unsafe-struct*-set!"}) {
            t.add(Primitive.of3(who, (s, i, v) -> {
                Struct x = struct(who, s);
                x.fields[index(who, x, i)] = v;
                return VoidValue.VOID;
            }));
        }
        t.add(Primitive.ofN("unsafe-struct*-cas!", 4, 4, a -> {
            Struct x = struct("unsafe-struct*-cas!", a[0]);
            return VectorPrims.casSlot(x.fields, index("unsafe-struct*-cas!", x, a[1]), a[2], a[3]);
        }));
        PrimitiveModules.register(t);
    }

    private static Struct struct(String who, Object v) {
        if (v instanceof Struct s) return s;
        throw Errors.contract(who, "struct?", v);
    }

    private static int index(String who, Struct s, Object i) {
        if (i instanceof Long n && n >= 0 && n < s.fields.length) return (int) (long) n;
        throw Errors.contract(who, "(integer-in 0 " + (s.fields.length - 1) + ")", i);
    }
}
