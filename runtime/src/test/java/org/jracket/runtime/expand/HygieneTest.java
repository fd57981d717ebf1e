package org.jracket.runtime.expand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jracket.runtime.namespace.Run;
import org.junit.jupiter.api.Test;

/** The classic hygiene cases (Flatt 2016, section 2), in the '#%kernel language. */
class HygieneTest {
    private static String run(String body) {
        Run r = new Run().file("/t/h.rkt", "(module h '#%kernel (#%require (for-syntax '#%kernel '#%stx))\n" + body + ")");
        return r.main("/t/h.rkt");
    }

    @Test void introducedBindingDoesNotCapture() {
        assertEquals("5local-t", run("""
            (define-syntaxes (my-or2) (syntax-rules () [(_ a b) (let-values ([(t) a]) (if t t b))]))
            (define-values (t) 5)
            (display (my-or2 #f t))
            (let-values ([(t) 'local-t]) (display (my-or2 #f t)))
            """));
    }

    @Test void freeIdentifierInTemplateRefersToDefinitionSite() {
        assertEquals("40", run("""
            (define-values (scale) (lambda (x) (* x 10)))
            (define-syntaxes (scaled) (syntax-rules () [(_ e) (scale e)]))
            (let-values ([(scale) (lambda (x) 'shadowed)]) (display (scaled 4)))
            """));
    }

    @Test void shadowingCoreFormAtUseSite() {
        assertEquals("thenuser-if", run("""
            (define-syntaxes (safe-if) (syntax-rules () [(_ c a b) (if c a b)]))
            (let-values ([(if) (lambda args 'user-if)])
              (display (safe-if #t 'then 'else))
              (display (if 1 2 3)))
            """));
    }

    @Test void macroIntroducedDefinitionsAreHidden() {
        assertEquals("aaabbb", run("""
            (define-syntaxes (define-with-hidden)
              (syntax-rules () [(_ name val) (begin (define-values (hidden) val) (define-values (name) (lambda () hidden)))]))
            (define-with-hidden get-a 'aaa)
            (define-with-hidden get-b 'bbb)
            (display (get-a))
            (display (get-b))
            """));
    }

    @Test void swapWithUserTmp() {
        assertEquals("secondfirst", run("""
            (define-syntaxes (swap!) (syntax-rules () [(_ a b) (let-values ([(tmp) a]) (set! a b) (set! b tmp))]))
            (define-values (tmp) 'first)
            (define-values (other) 'second)
            (swap! tmp other)
            (display tmp) (display other)
            """));
    }

    @Test void internalDefinitionFromMacroArgument() {
        assertEquals("7", run("""
            (define-syntaxes (def) (syntax-rules () [(_ n v) (define-values (n) v)]))
            (define-values (f) (lambda () (def x 7) x))
            (display (f))
            """));
    }
}
