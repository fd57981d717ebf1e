package org.jracket.runtime.eval;

import org.jracket.runtime.data.Struct;
import org.jracket.runtime.prims.StructProps;

/**
 * Application of structs whose type has {@code prop:procedure}: the property value is a
 * procedure (called with the struct itself first) or a field index (whose value is called).
 */
final class StructApplication {
    private StructApplication() {}

    /** The procedure to call, or null if the struct is not applicable. */
    static Object procedureOf(Struct s) {
        Object p = s.type.prop(StructProps.PROCEDURE);
        if (p == null) return null;
        if (p instanceof Long idx) return s.fields[idx.intValue()];
        return p;
    }

    static Object[] argumentsFor(Struct s, Object[] args) {
        Object p = s.type.prop(StructProps.PROCEDURE);
        if (p instanceof Long) return args;
        Object[] a = new Object[args.length + 1];
        a[0] = s;
        System.arraycopy(args, 0, a, 1, args.length);
        return a;
    }
}
