package org.jracket.runtime.module.compiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.namespace.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Compiled module files: a declaration written and loaded back behaves like the one expanded
 * from source (macros, hygiene across the file boundary, syntax-case patterns), racket/base
 * loads from the build's compiled files, and stale files are ignored.
 */
class CompiledModulesTest {
    private static final String A = """
        (module a '#%kernel
          (#%require (for-syntax '#%kernel '#%stx))
          (#%provide swap! call-helper (for-syntax phase1-value))
          (begin-for-syntax (define-values (phase1-value) 42))
          (define-values (helper) (lambda (x) (list 'a-helper x)))
          (define-syntaxes (swap!)
            (lambda (stx)
              (syntax-case stx ()
                [(_ x y) (syntax (let-values ([(tmp) x]) (set! x y) (set! y tmp)))])))
          (define-syntaxes (call-helper)
            (lambda (stx)
              (syntax-case stx ()
                [(_ e ...) (syntax (list (helper e) ...))])))
          (display "A-LOADED "))
        """;
    private static final String B = """
        (module b '#%kernel
          (#%require "a.rkt" (for-syntax '#%kernel))
          (define-values (tmp) 1)
          (define-values (other) 2)
          (swap! tmp other)
          (define-values (helper) (lambda (x) 'b-helper))
          (define-syntaxes (p1) (lambda (stx) (datum->syntax stx phase1-value)))
          (display (list tmp other (call-helper 1 2) (helper 0) (p1))))
        """;
    private static final String EXPECTED = "A-LOADED (2 1 ((a-helper 1) (a-helper 2)) b-helper 42)";

    @AfterEach void reset() { CompiledModules.setEnabled(true); }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    /** Expands a.rkt and b.rkt from source and writes their compiled files (a first). */
    private static byte[][] compile() {
        CompiledModules.setEnabled(false);
        Run r = new Run().file("/t/a.rkt", A).file("/t/b.rkt", B);
        assertEquals(EXPECTED, r.main("/t/b.rkt"));
        CompiledModules.setEnabled(true);
        UnitWriter w = new UnitWriter("/t");
        byte[] a = w.write(r.ns.declaration(ModuleName.of("/t/a.rkt")), "/t/a.rkt", utf8(A));
        byte[] b = w.write(r.ns.declaration(ModuleName.of("/t/b.rkt")), "/t/b.rkt", utf8(B));
        return new byte[][] {a, b};
    }

    private static Run withCompiled(byte[][] units, String a) {
        Run r = new Run().file("/t/a.rkt", a).file("/t/b.rkt", B);
        r.kernel.file("/t/compiled/a_rkt.jrz", units[0]).file("/t/compiled/b_rkt.jrz", units[1]);
        return r;
    }

    private static boolean compiled(Run r, String path) {
        return CompiledModules.isCompiled(path, r.ns.declaration(ModuleName.of(path)));
    }

    @Test void roundTripBehavesLikeSource() {
        Run r = withCompiled(compile(), A);
        assertEquals(EXPECTED, r.main("/t/b.rkt"));
        assertTrue(compiled(r, "/t/a.rkt"));
        assertTrue(compiled(r, "/t/b.rkt"));
    }

    @Test void staleCompiledFileIsIgnoredWithItsDependents() {
        byte[][] units = compile();
        String changed = A.replace("A-LOADED ", "A-CHANGED ");
        Run r = withCompiled(units, changed);
        assertEquals(EXPECTED.replace("A-LOADED ", "A-CHANGED "), r.main("/t/b.rkt"));
        assertFalse(compiled(r, "/t/a.rkt"));
        assertFalse(compiled(r, "/t/b.rkt"));
    }

    @Test void corruptCompiledFileFallsBackToSource() {
        byte[][] units = compile();
        units[1] = java.util.Arrays.copyOf(units[1], units[1].length - 7);
        Run r = withCompiled(units, A);
        assertEquals(EXPECTED, r.main("/t/b.rkt"));
        assertFalse(compiled(r, "/t/b.rkt"));
    }

    private static final String PROGRAM = """
        #lang racket/base
        (struct point (x y) #:transparent)
        (define-syntax-rule (my-or a b) (let ([t a]) (if t t b)))
        (define t 5)
        (define (f #:k [k 1] . xs) (* k (apply + xs)))
        (define (reverse l) 'mine) (define (cons a d) 'mine)
        (displayln (for/list ([i (in-range 3)] #:when (odd? i)) (point i t)))
        (displayln (list (my-or #f t) (f 1 2 #:k 3) (let loop ([i 0]) (if (< i 5) (loop (add1 i)) i))))
        (displayln (let-values ([(q r) (quotient/remainder 17 5)]) (case q [(3) (vector q r)] [else 'no])))
        (displayln (apply string-append (map symbol->string '(a b c))))
        """;

    @Test void racketBaseLoadsCompiledAndMatchesSource() {
        Run compiled = new Run().file("/t/p.rkt", PROGRAM);
        String out = compiled.main("/t/p.rkt");
        assertTrue(compiled(compiled, "/collects/racket/base.rkt"), "racket/base should load from its compiled file");
        CompiledModules.setEnabled(false);
        Run source = new Run().file("/t/p.rkt", PROGRAM);
        assertEquals(source.main("/t/p.rkt"), out);
        assertEquals("""
            (#(struct:point 1 5))
            (5 9 5)
            #(3 2)
            abc
            """, out);
    }
}
