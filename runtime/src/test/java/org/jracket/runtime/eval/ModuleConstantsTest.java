package org.jracket.runtime.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.ir.Expr;
import org.jracket.runtime.ir.Linklet;
import org.jracket.runtime.ir.Local;
import org.jracket.runtime.ir.SlotSource;
import org.jracket.runtime.syntax.SrcLoc;
import org.junit.jupiter.api.Test;

/** Which module-level variables the compiler may fold into their literal value, and where. */
class ModuleConstantsTest {
    private static final int K = 0, M = 1, A = 2, B = 3, IMPORTED = 4, TOP = 5, TWICE = 6;

    private static Expr.Lambda thunk(Expr body) {
        return new Expr.Lambda(new Local[0], null, body, "f", SrcLoc.NONE);
    }

    private static Expr.DefineValues define(int slot, Expr value) { return new Expr.DefineValues(new int[] {slot}, value); }

    private static final Linklet LINKLET = new Linklet("m", new SlotSource[] {
            new SlotSource.Defined(Symbol.of("k")), new SlotSource.Defined(Symbol.of("m")),
            new SlotSource.Defined(Symbol.of("a")), new SlotSource.Defined(Symbol.of("b")),
            new SlotSource.Imported("other", 0, Symbol.of("x")), new SlotSource.TopLevel(Symbol.of("t")),
            new SlotSource.Defined(Symbol.of("twice"))},
        new Expr[] {
            define(K + 100, thunk(new Expr.GlobalRef(K))),                    // 0: a reference before the definition
            define(K, new Expr.Quote(50L)),                                     // 1: (define k 50)
            define(M, new Expr.Quote(1L)),                                      // 2: (define m 1), assigned below
            new Expr.DefineValues(new int[] {A, B}, new Expr.Quote(3L)),        // 3: define-values of two
            define(M + 100, thunk(new Expr.SetGlobal(M, new Expr.Quote(2L)))), // 4: (set! m 2) inside a lambda
            new Expr.SetGlobal(IMPORTED, new Expr.Quote(1L)),                   // 5
            define(TOP, new Expr.Quote(1L)),                                    // 6: a top-level variable
            define(TWICE, new Expr.Quote(1L)),                                  // 7
            define(TWICE, new Expr.Quote(2L)),                                  // 8: defined again
            new Expr.GlobalRef(K)});                                            // 9

    @Test void aLiteralDefinitionIsConstantOnlyInLaterForms() {
        ModuleConstants mc = ModuleConstants.of(LINKLET);
        assertFalse(mc.isConstantIn(K, 0), "a reference that can run before the definition stays a variable");
        assertFalse(mc.isConstantIn(K, 1));
        assertTrue(mc.isConstantIn(K, 2));
        assertTrue(mc.isConstantIn(K, 9));
        assertEquals(50L, mc.value(K));
    }

    @Test void assignedMultipleAndNonModuleVariablesAreNeverConstant() {
        ModuleConstants mc = ModuleConstants.of(LINKLET);
        assertFalse(mc.isConstantIn(M, 9), "set! anywhere in the module, even inside a lambda");
        assertFalse(mc.isConstantIn(A, 9), "define-values of several variables");
        assertFalse(mc.isConstantIn(IMPORTED, 9));
        assertFalse(mc.isConstantIn(TOP, 9), "top-level variables can be redefined");
        assertFalse(mc.isConstantIn(TWICE, 9));
    }
}
