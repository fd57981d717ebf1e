package org.jracket.runtime.expand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jracket.runtime.namespace.Run;
import org.junit.jupiter.api.Test;

/** Modules in the '#%kernel language: core forms, definitions, macros with '#%stx. */
class KernelModuleTest {
    @Test void definitionsAndApplication() {
        Run r = new Run().file("/t/a.rkt", """
            (module a '#%kernel
              (define-values (sq) (lambda (x) (* x x)))
              (display (sq 7))
              (newline)
              (define-values (later) (lambda () fwd))
              (define-values (fwd) 'forward)
              (display (later)))
            """);
        assertEquals("49\nforward", r.main("/t/a.rkt"));
    }

    @Test void letAndInternalDefinitions() {
        Run r = new Run().file("/t/a.rkt", """
            (module a '#%kernel
              (define-values (f) (lambda (n)
                (define-values (a) (+ n 1))
                (define-values (g) (lambda () (* a 2)))
                (g)))
              (display (f 4))
              (let-values ([(x y) (values 1 2)]) (display (+ x y)))
              (letrec-values ([(ev?) (lambda (n) (if (= n 0) #t (od? (- n 1))))]
                              [(od?) (lambda (n) (if (= n 0) #f (ev? (- n 1))))])
                (display (ev? 10))))
            """);
        assertEquals("103#t", r.main("/t/a.rkt"));
    }

    @Test void syntaxCaseMacro() {
        Run r = new Run().file("/t/a.rkt", """
            (module a '#%kernel
              (#%require (for-syntax '#%kernel '#%stx))
              (define-syntaxes (my-or)
                (lambda (stx)
                  (syntax-case stx ()
                    [(_) (syntax #f)]
                    [(_ e) (syntax e)]
                    [(_ e r ...) (syntax (let-values ([(t) e]) (if t t (my-or r ...))))])))
              (define-values (t) 5)
              (display (my-or #f t))
              (display (my-or #f #f 3)))
            """);
        assertEquals("53", r.main("/t/a.rkt"));
    }
}
