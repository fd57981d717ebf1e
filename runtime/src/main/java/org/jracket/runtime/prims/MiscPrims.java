package org.jracket.runtime.prims;

import org.jracket.runtime.data.Box;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.StructProperty;
import org.jracket.runtime.data.StructType;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.prims.hash.RHash;

/** void, booleans, values, immutable? and object-name. */
public final class MiscPrims {
    private MiscPrims() {}

    public static void register(PrimitiveTable t) {
        // racket/undefined's value (collects/racket/undefined.rkt)
        t.put("#%undefined", org.jracket.runtime.data.Undefined.VALUE);
        t.add(Primitive.ofN("void", 0, -1, a -> VoidValue.VOID));
        t.add(Primitive.of1("void?", v -> Args.bool(v == VoidValue.VOID)));
        t.add(Primitive.of1("boolean?", v -> Args.bool(v instanceof Boolean)));
        t.add(Primitive.of1("not", v -> Args.bool(v == Boolean.FALSE)));
        t.add(Primitive.ofN("values", 0, -1, a -> MultipleValues.of(a.length == 1 ? a : a.clone())));
        t.add(Primitive.of1("immutable?", v -> Args.bool(isImmutable(v))));
        t.add(Primitive.of1("object-name", MiscPrims::objectName));
    }

    public static boolean isImmutable(Object v) {
        if (v instanceof MString s) return s.immutable;
        if (v instanceof Bytes b) return b.immutable;
        if (v instanceof MVector x) return x.immutable;
        if (v instanceof Box b) return b.immutable;
        if (v instanceof RHash h) return !h.isMutable();
        return false;
    }

    public static Object objectName(Object v) {
        if (v instanceof Struct s) {
            Object on = s.type.prop(StructProps.OBJECT_NAME);
            if (on instanceof Long idx) return s.fields[(int) (long) idx];
            if (on instanceof Procedure p) return p.apply1(s);
            if (on == null && s.type.prop(StructProps.PROCEDURE) != null) {
                Object target = StructPrims.applicableProcedure(s);
                if (target instanceof Procedure p && s.type.prop(StructProps.PROCEDURE) instanceof Long) return objectName(p);
            }
            return s.type.name;
        }
        if (v instanceof Procedure p) {
            String n = p.name();
            return n == null ? Boolean.FALSE : Symbol.of(n);
        }
        if (v instanceof StructType st) return st.name;
        if (v instanceof StructProperty sp) return sp.name;
        if (v instanceof org.jracket.runtime.regexp.Regexp rx) return rx.source;
        if (v instanceof org.jracket.runtime.io.InputPort p) return p.name;
        if (v instanceof org.jracket.runtime.io.OutputPort p) return p.name;
        return Boolean.FALSE;
    }
}
