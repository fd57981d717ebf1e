package org.jracket.runtime.namespace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;
import org.junit.jupiter.api.Test;

/** Top-level evaluation: definitions, redefinition, macros, requires. */
class TopLevelTest {
    private static Object q(String s) { return Pair.list(Symbol.of("quote"), Symbol.of(s)); }

    @Test void defineRedefineAndMacros() {
        Run r = new Run();
        r.ns.namespaceRequire(q("#%kernel"));
        r.ns.namespaceRequire(Pair.list(Symbol.of("for-syntax"), q("#%kernel"), q("#%stx")));
        assertEquals(3L, r.eval("(define-values (x) 1) (define-values (f) (lambda () (+ x 2))) (f)"));
        assertEquals(12L, r.eval("(define-values (x) 10) (f)"));
        assertEquals(20L, r.eval("(define-syntaxes (dbl) (syntax-rules () [(_ e) (* 2 e)])) (dbl x)"));
        assertEquals(7L, r.eval("(begin (define-values (y) 7) y)"));
    }

    @Test void requireIntoTopLevel() {
        Run r = new Run().file("/t/m.rkt", "(module m '#%kernel (#%provide v) (define-values (v) 42))");
        r.ns.namespaceRequire(q("#%kernel"));
        r.eval("(#%require \"m.rkt\")");
        assertEquals(43L, r.eval("(+ v 1)"));
    }
}
