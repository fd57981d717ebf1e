package org.jracket.runtime.exn;

import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.StructType;
import org.jracket.runtime.prims.PrimitiveTable;
import org.jracket.runtime.prims.StructPrims;

/**
 * The exception struct types as kernel values (struct:exn:fail, exn:fail, make-exn:fail,
 * exn:fail?, exn-message, ...) and the raise helpers (error, raise-argument-error, ...).
 * {@code raise} itself and the handler machinery belong to the evaluator.
 */
public final class ExnPrims {
    private ExnPrims() {}

    public static void register(PrimitiveTable t) {
        for (StructType st : ExnTypes.ALL) exnType(t, st);
        RaisePrims.register(t);
    }

    private static String[] ownFieldNames(StructType st) {
        return switch (st.name.name) {
            case "exn" -> new String[] {"message", "continuation-marks"};
            case "exn:fail:contract:variable" -> new String[] {"id"};
            case "exn:fail:syntax" -> new String[] {"exprs"};
            case "exn:fail:read" -> new String[] {"srclocs"};
            case "exn:fail:filesystem:errno" -> new String[] {"errno"};
            case "exn:fail:syntax:missing-module", "exn:fail:filesystem:missing-module" -> new String[] {"path"};
            case "exn:break" -> new String[] {"continuation"};
            default -> new String[0];
        };
    }

    private static void exnType(PrimitiveTable t, StructType st) {
        String n = st.name.name;
        Object[] procs = StructPrims.procsFor(st, n);
        Primitive raw = (Primitive) procs[1];
        // The constructor checks the message like Racket's exn guard does.
        Primitive ctor = Primitive.ofN(n, st.totalFieldCount, st.totalFieldCount, a -> {
            if (!(a[0] instanceof MString)) throw Errors.contract(n, "string?", a[0]);
            return raw.apply(a);
        });
        t.put("struct:" + n, st);
        t.put(n, ctor);
        t.put("make-" + n, ctor);
        t.add((Primitive) procs[2]);
        String[] fields = ownFieldNames(st);
        int offset = st.fieldOffset();
        String pred = n + "?";
        for (int i = 0; i < fields.length; i++) {
            int idx = offset + i;
            String an = n + "-" + fields[i];
            t.add(Primitive.of1(an, v -> {
                if (v instanceof Struct s && s.type.isSubtypeOf(st)) return s.fields[idx];
                throw Errors.contract(an, pred, v);
            }));
        }
    }

    /** The message of a raised value as the default error display handler shows it. */
    public static String exnMessage(Object v) { return Errors.messageOf(v); }
}
