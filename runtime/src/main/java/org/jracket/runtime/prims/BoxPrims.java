package org.jracket.runtime.prims;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.jracket.runtime.data.Box;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;

/** Boxes, including the atomic {@code box-cas!} used by futures. */
public final class BoxPrims {
    private BoxPrims() {}

    private static final String MUTABLE = "(and/c box? (not/c immutable?))";
    private static final VarHandle VALUE;
    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(Box.class, "value", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static void register(PrimitiveTable t) {
        t.add(Primitive.of1("box?", v -> Args.bool(v instanceof Box)));
        t.add(Primitive.of1("make-weak-box", v -> new org.jracket.runtime.data.WeakBox(v)));
        t.add(Primitive.of1("weak-box?", v -> Args.bool(v instanceof org.jracket.runtime.data.WeakBox)));
        t.add(Primitive.ofN("weak-box-value", 1, 2, a -> {
            if (!(a[0] instanceof org.jracket.runtime.data.WeakBox w)) throw Errors.contract("weak-box-value", "weak-box?", a[0]);
            Object v = w.get();
            return v != null ? v : a.length > 1 ? a[1] : Boolean.FALSE;
        }));
        t.add(Primitive.of1("box", v -> new Box(v, false)));
        t.add(Primitive.of1("box-immutable", v -> new Box(v, true)));
        t.add(Primitive.of1("unbox", v -> {
            if (v instanceof Box b) return b.value;
            throw Errors.contract("unbox", "box?", v);
        }));
        t.add(Primitive.of2("set-box!", (b, v) -> { mutable("set-box!", b).value = v; return VoidValue.VOID; }));
        t.add(Primitive.of3("box-cas!", (b, old, v) -> {
            Box x = mutable("box-cas!", b);
            // Racket compares with eq?; retry when the witness is an equal fixnum/char in a different Java box.
            while (true) {
                Object cur = x.value;
                if (!Equality.eq(cur, old)) return Boolean.FALSE;
                if (VALUE.compareAndSet(x, cur, v)) return Boolean.TRUE;
            }
        }));
    }

    private static Box mutable(String who, Object v) {
        if (v instanceof Box b && !b.immutable) return b;
        throw Errors.contract(who, MUTABLE, v);
    }
}
