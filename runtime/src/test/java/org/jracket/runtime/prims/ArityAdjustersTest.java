package org.jracket.runtime.prims;

import static org.junit.jupiter.api.Assertions.*;
import static org.jracket.runtime.prims.PrimTestSupport.*;

import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.RacketException;
import org.junit.jupiter.api.Test;

/** procedure-reduce-arity over applicable structs, and procedures whose arity errors others raise. */
class ArityAdjustersTest {
    private static String message(Procedure p, Object... args) {
        try {
            p.apply(args);
        } catch (RacketException e) {
            return Errors.messageOf(e.value);
        }
        throw new AssertionError("no error");
    }

    @Test void reducedArityOfAStructWhoseProcedureIsAField() {
        Object[] t = ((MultipleValues) call("make-struct-type", sym("kp"), F, 1L, 0L, F,
                list(new Pair(StructProps.PROCEDURE, 0L)), F, F, list(0L))).values;
        Procedure twice = Primitive.of1("twice", x -> (Long) x * 2);
        Object s = ((Procedure) t[1]).apply1(twice);
        Procedure reduced = (Procedure) call("procedure-reduce-arity", s, 1L);
        // the field's procedure gets the arguments alone, not the struct first
        assertEquals(42L, reduced.apply1(21L));
        assertEquals(42L, reduced.apply(new Object[] {21L}));
    }

    @Test void anArityErrorOwnerReportsInsteadOfTheUsualError() {
        // an owner is a struct whose type has the reporter property: (owner args) raises
        Procedure reporter = Primitive.of2("reporter", (owner, args) -> {
            int n = 0;
            for (Object l = args; l instanceof Pair p; l = p.cdr) n++;
            throw Errors.contractFail("custom: given " + n);
        });
        Object[] t = ((MultipleValues) call("make-struct-type", sym("kp"), F, 0L, 0L, F,
                list(new Pair(PrimitiveTable_get("#%prop:arity-error-reporter"), reporter)))).values;
        Object owner = ((Procedure) t[1]).apply0();
        Procedure one = Primitive.of1("one", x -> x);
        call("#%set-arity-error-owner!", one, owner);
        assertSame(owner, call("#%arity-error-owner", one));
        assertEquals("custom: given 2", message(one, 1L, 2L));
        assertEquals(5L, one.apply1(5L));
        assertEquals(F, call("#%arity-error-owner", Primitive.of1("other", x -> x)));
        // an owner without the property leaves the usual error
        Procedure two = Primitive.of1("two", x -> x);
        call("#%set-arity-error-owner!", two, 7L);
        assertTrue(message(two, 1L, 2L).startsWith("two: arity mismatch;"));
    }

    private static Object PrimitiveTable_get(String name) { return PrimTestSupport.table().get(name); }
}
