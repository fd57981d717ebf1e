package org.jracket.runtime.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jracket.runtime.namespace.Run;
import org.junit.jupiter.api.Test;

/** Requires, provides, submodules, phases and instantiation order. */
class ModuleSystemTest {
    private static final String K = "(module %s '#%%kernel %s)";

    private static String mod(String name, String body) { return String.format(K, name, body); }

    @Test void relativeRequireAndInstantiationOrder() {
        Run r = new Run()
            .file("/t/lib/util.rkt", mod("util", "(#%provide square (rename sq2 cube)) (display \"util \") "
                    + "(define-values (square) (lambda (x) (* x x))) (define-values (sq2) (lambda (x) (* x x x)))"))
            .file("/t/main.rkt", mod("main", "(#%require \"lib/util.rkt\") (display \"main \") (display (square 3)) (display (cube 2))"));
        assertEquals("util main 98", r.main("/t/main.rkt"));
    }

    @Test void rawRequireForms() {
        Run r = new Run()
            .file("/t/u.rkt", mod("u", "(#%provide a b c) (define-values (a) 1) (define-values (b) 2) (define-values (c) 3)"))
            .file("/t/m.rkt", mod("m", """
                (#%require (prefix p: "u.rkt") (only "u.rkt" a) (rename "u.rkt" bee b) (all-except "u.rkt" a b)
                           (prefix-all-except q: "u.rkt" c))
                (display (list p:a p:b p:c a bee c q:a q:b))
                """));
        assertEquals("(1 2 3 1 2 3 1 2)", r.main("/t/m.rkt"));
    }

    @Test void provideAllDefinedAndAllFrom() {
        Run r = new Run()
            .file("/t/u.rkt", mod("u", "(#%provide (all-defined-except hidden)) (define-values (x) 10) (define-values (hidden) 0)"))
            .file("/t/v.rkt", mod("v", "(#%require \"u.rkt\") (#%provide (all-from \"u.rkt\") (prefix-all-defined v-)) (define-values (y) 20)"))
            .file("/t/m.rkt", mod("m", "(#%require \"v.rkt\") (display (+ x v-y))"));
        assertEquals("30", r.main("/t/m.rkt"));
    }

    @Test void submodulesAndModulePlusMain() {
        Run r = new Run().file("/t/s.rkt", mod("s", """
            (module counter '#%kernel
              (#%provide next!)
              (define-values (n) 0)
              (define-values (next!) (lambda () (set! n (+ n 1)) n)))
            (#%require 'counter (submod "." counter))
            (display (next!)) (display (next!))
            (module+ main (display " main:") (display (next!)))
            (module+ test (display "NO"))
            (module+ main (display " more"))
            """));
        assertEquals("12 main:3 more", r.main("/t/s.rkt"));
    }

    @Test void beginForSyntaxStateAndForSyntaxRequire() {
        Run r = new Run()
            .file("/t/ct.rkt", mod("ct", "(#%provide twice) (define-values (twice) (lambda (x) (* 2 x)))"))
            .file("/t/m.rkt", mod("m", """
                (#%require (for-syntax '#%kernel '#%stx "ct.rkt"))
                (begin-for-syntax (define-values (count) 0))
                (define-syntaxes (counted)
                  (lambda (stx) (set! count (+ count 1)) (datum->syntax stx (twice count))))
                (display (list (counted) (counted) (counted)))
                """));
        assertEquals("(2 4 6)", r.main("/t/m.rkt"));
    }

    @Test void macroFromRequiredModuleUsesPrivateHelper() {
        Run r = new Run()
            .file("/t/lib.rkt", mod("lib", """
                (#%require (for-syntax '#%kernel '#%stx))
                (#%provide call-helper)
                (define-values (helper) (lambda (x) (list 'lib-helper x)))
                (define-syntaxes (call-helper) (syntax-rules () [(_ e) (helper e)]))
                """))
            .file("/t/m.rkt", mod("m", """
                (#%require "lib.rkt")
                (define-values (helper) (lambda (x) 'user))
                (display (call-helper 1))
                (let-values ([(helper) 5]) (display (call-helper 2)))
                """));
        assertEquals("(lib-helper 1)(lib-helper 2)", r.main("/t/m.rkt"));
    }

    @Test void macrosUsedAtPhaseOneViaForSyntax() {
        // lib's macro expands to a reference to lib's phase-0 helper; used inside a
        // transformer it must refer to lib's instance shifted to phase 1.
        Run r = new Run()
            .file("/t/lib.rkt", mod("lib", """
                (#%require (for-syntax '#%kernel '#%stx))
                (#%provide add-ten)
                (define-values (ten) 10)
                (define-syntaxes (add-ten) (syntax-rules () [(_ e) (+ ten e)]))
                """))
            .file("/t/m.rkt", mod("m", """
                (#%require (for-syntax '#%kernel "lib.rkt"))
                (define-syntaxes (m) (lambda (stx) (datum->syntax stx (add-ten 5))))
                (display (m))
                """));
        assertEquals("15", r.main("/t/m.rkt"));
    }

    @Test void cycleIsAnError() {
        Run r = new Run()
            .file("/t/a.rkt", mod("a", "(#%require \"b.rkt\")"))
            .file("/t/b.rkt", mod("b", "(#%require \"a.rkt\")"));
        assertEquals("standard-module-name-resolver: cycle in loading\n  at path: /t/a.rkt\n  paths:\n   /t/a.rkt\n   /t/b.rkt",
                r.error("/t/a.rkt"));
    }

    @Test void missingModuleFile() {
        Run r = new Run().file("/t/a.rkt", mod("a", "(#%require \"nope.rkt\")"));
        String msg = r.error("/t/a.rkt");
        assertTrue(msg.startsWith("a.rkt:1:31: cannot open module file\n  module path: /t/nope.rkt\n  path: /t/nope.rkt"), msg);
    }

    @Test void duplicateDefinitionError() {
        Run r = new Run().file("/t/a.rkt", mod("a", "(define-values (x) 1)\n(define-values (x) 2)"));
        assertEquals("a.rkt:2:16: module: identifier already defined\n  at: x\n  in: (define-values (x) 2)", r.error("/t/a.rkt"));
    }

    @Test void unboundIdentifierError() {
        Run r = new Run().file("/t/a.rkt", mod("a", "\n(+ 1 y)"));
        assertEquals("a.rkt:2:5: y: unbound identifier\n  in: y", r.error("/t/a.rkt"));
    }
}
