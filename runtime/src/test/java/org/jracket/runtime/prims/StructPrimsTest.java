package org.jracket.runtime.prims;

import static org.junit.jupiter.api.Assertions.*;
import static org.jracket.runtime.prims.PrimTestSupport.*;

import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.StructType;
import org.junit.jupiter.api.Test;

class StructPrimsTest {
    private static Object[] point(Object inspector) {
        return ((MultipleValues) call("make-struct-type", sym("point"), F, 2L, 0L, F, list(), inspector, F,
                list(0L, 1L), F, sym("point"))).values;
    }

    @Test void constructorAccessorsAndMessages() {
        Object[] r = point(PrimTestSupport.table().get("current-inspector") instanceof Procedure p ? p.apply0() : F);
        Procedure make = (Procedure) r[1], pred = (Procedure) r[2];
        Procedure px = (Procedure) call("make-struct-field-accessor", r[3], 0L, sym("x"));
        Object pt = make.apply2(1L, 2L);
        assertEquals(T, pred.apply1(pt));
        assertEquals(1L, px.apply1(pt));
        assertEquals("point-x", px.name());
        assertEquals("point-x: contract violation\n  expected: point?\n  given: 5", err0(px, 5L));
        String arity = err0(make, 1L);
        assertEquals("point: arity mismatch;\n the expected number of arguments does not match the given number\n  expected: 2\n  given: 1", arity);
        assertEquals(F, call("struct?", pt)); // opaque
        MVector v = (MVector) call("struct->vector", pt);
        assertEquals(sym("struct:point"), v.items[0]);
        assertEquals(sym("..."), v.items[1]);
        assertEquals(F, call("equal?", pt, make.apply2(1L, 2L)));
        assertEquals(sym("point"), call("object-name", pt));
    }

    private static String err0(Procedure p, Object... args) {
        try { p.apply(args); } catch (org.jracket.runtime.exn.RacketException e) { return org.jracket.runtime.exn.Errors.messageOf(e.value); }
        throw new AssertionError("no error");
    }

    @Test void transparentEqualAndMutation() {
        Object[] r = ((MultipleValues) call("make-struct-type", sym("mp"), F, 2L, 0L, F, list(), F, F, list(0L))).values;
        Procedure make = (Procedure) r[1], set = (Procedure) r[4];
        Object a = make.apply2(1L, 2L), b = make.apply2(1L, 2L);
        assertEquals(T, call("equal?", a, b));
        assertEquals(T, call("struct?", a));
        set.apply3(a, 1L, 5L);
        assertEquals(F, call("equal?", a, b));
        assertTrue(err0(set, a, 0L, 9L).startsWith("mp-set!: cannot modify value of immutable field in structure"));
        assertEquals("make-mp", ((Procedure) r[1]).name());
    }

    @Test void subtypeAutoFieldsGuardAndProcedureProp() {
        Object[] base = ((MultipleValues) call("make-struct-type", sym("a"), F, 1L, 1L, sym("auto"))).values;
        Procedure guard = org.jracket.runtime.data.Primitive.ofN("g", 3, 3, a -> MultipleValues.of(new Object[] {a[0], a[1]}));
        Object[] sub = ((MultipleValues) call("make-struct-type", sym("b"), base[0], 1L, 0L, F,
                list(new Pair(StructProps.PROCEDURE, 0L)), F, F, list(), guard)).values;
        Struct s = (Struct) ((Procedure) sub[1]).apply2(1L, 2L);
        assertArrayEquals(new Object[] {1L, sym("auto"), 2L}, s.fields);
        assertEquals(2L, s.type.prop(StructProps.PROCEDURE)); // absolute index of b's field 0
        assertEquals(T, call("procedure?", s));
        assertEquals(T, ((Procedure) base[2]).apply1(s));
    }

    @Test void properties() {
        Object[] pr = ((MultipleValues) call("make-struct-type-property", sym("foo"))).values;
        Object[] r = ((MultipleValues) call("make-struct-type", sym("z"), F, 1L, 0L, F, list(new Pair(pr[0], 7L)))).values;
        Object z = ((Procedure) r[1]).apply1(1L);
        assertEquals(7L, ((Procedure) pr[2]).apply1(z));
        assertEquals(T, ((Procedure) pr[1]).apply1(r[0]));
        assertEquals("foo-accessor: contract violation\n  expected: foo?\n  given: 5", err0((Procedure) pr[2], 5L));
        assertEquals(sym("d"), ((Procedure) pr[2]).apply2(5L, sym("d")));
    }

    @Test void prefab() {
        Object a = call("make-prefab-struct", sym("p"), 1L, 2L);
        Object b = call("make-prefab-struct", sym("p"), 1L, 2L);
        assertSame(((Struct) a).type, ((Struct) b).type);
        assertEquals(T, call("equal?", a, b));
        assertEquals(sym("p"), call("prefab-struct-key", a));
        assertTrue(call("prefab-key->struct-type", sym("p"), 2L) instanceof StructType);
    }
}
