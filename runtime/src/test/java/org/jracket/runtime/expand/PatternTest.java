package org.jracket.runtime.expand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jracket.runtime.namespace.Run;
import org.junit.jupiter.api.Test;

/** syntax-case patterns and templates. */
class PatternTest {
    private static Run module(String body) {
        return new Run().file("/t/p.rkt", "(module p '#%kernel (#%require (for-syntax '#%kernel '#%stx))\n" + body + ")");
    }

    private static String run(String body) { return module(body).main("/t/p.rkt"); }

    @Test void nestedEllipses() {
        assertEquals("((1 2 3) (a b))", run("""
            (define-syntaxes (flat)
              (lambda (stx) (syntax-case stx () [(_ (x ...) ...) (syntax '((x ...) ...))])))
            (display (flat (1 2 3) (a b)))
            """));
    }

    @Test void ellipsisFollowedByTail() {
        assertEquals("(3 (1 2))", run("""
            (define-syntaxes (last-of)
              (lambda (stx) (syntax-case stx () [(_ a ... b) (syntax '(b (a ...)))])))
            (display (last-of 1 2 3))
            """));
    }

    @Test void dottedAndVectorPatterns() {
        assertEquals("(1 (2 3))#(9 8)", run("""
            (define-syntaxes (dot)
              (lambda (stx) (syntax-case stx () [(_ a . rest) (syntax '(a rest))])))
            (define-syntaxes (vec)
              (lambda (stx) (syntax-case stx () [(_ #(a b)) (syntax '#(b a))])))
            (display (dot 1 2 3))
            (display (vec #(8 9)))
            """));
    }

    @Test void fendersAndLiterals() {
        assertEquals("(even odd arrow pair)", run("""
            (define-syntaxes (kind)
              (lambda (stx)
                (syntax-case stx (->)
                  [(_ a -> b) (syntax 'arrow)]
                  [(_ n) (if (number? (syntax-e (syntax n))) (even? (syntax-e (syntax n))) #f) (syntax 'even)]
                  [(_ n) (syntax 'odd)]
                  [(_ a b) (syntax 'pair)])))
            (display (list (kind 4) (kind 5) (kind 1 -> 2) (kind 1 2)))
            """));
    }

    @Test void ellipsisEscapeAndQuasisyntax() {
        assertEquals("(... 1)(2 2 3 4)", run("""
            (define-syntaxes (esc) (lambda (stx) (syntax-case stx () [(_ a) (syntax '((... ...) a))])))
            (define-syntaxes (qs)
              (lambda (stx) (syntax-case stx () [(_ a ...) (quasisyntax '(#,(length (syntax->list (syntax (a ...)))) #,@(syntax (a ...)) 4))])))
            (display (esc 1))
            (display (qs 2 3))
            """));
    }

    @Test void noMatchIsBadSyntax() {
        String msg = module("""
            (define-syntaxes (m) (lambda (stx) (syntax-case stx () [(_ a) (syntax a)])))
            (m 1 2)
            """).error("/t/p.rkt");
        assertEquals("p.rkt:3:0: m: bad syntax\n  in: (m 1 2)", msg.replace("/t/", ""));
    }

    @Test void incompatibleEllipsisCounts() {
        String msg = module("""
            (define-syntaxes (m) (lambda (stx) (syntax-case stx () [(_ (a ...) (b ...)) (syntax '((a b) ...))])))
            (m (1 2) (3))
            """).error("/t/p.rkt");
        assertTrue(msg.contains("incompatible ellipsis match counts for template"), msg);
    }

    @Test void withSyntax() {
        assertEquals("(1 2 3)", run("""
            (define-syntaxes (m)
              (lambda (stx) (with-syntax ([(x ...) (list 1 2 3)] [q (syntax quote)]) (syntax (q (x ...))))))
            (display (m))
            """));
    }
}
