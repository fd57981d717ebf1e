package org.jracket.runtime.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jracket.runtime.exn.RacketException;
import org.jracket.runtime.namespace.Run;
import org.junit.jupiter.api.Test;

/**
 * Prompts that a full continuation was captured through are part of it: after the
 * continuation is reinstated, aborts to them (as with-handlers makes) still end there.
 * And a single-value position given several values is Racket's result arity error, in the
 * tree and in compiled bodies.
 */
class ReinstatedPromptTest {
    private static String run(String body) {
        Run r = new Run().file("/t/p.rkt", "(module p '#%kernel\n"
            + "(define-values (tag) (make-continuation-prompt-tag 'p))\n"
            + "(define-values (two) (lambda () (values 1 2)))\n"
            + body + ")");
        return r.main("/t/p.rkt");
    }

    @Test void abortAfterReentryEndsAtThePromptInsideTheContinuation() {
        assertEquals("(handled aborted)", run("""
            (display (call-with-continuation-prompt
                      (lambda ()
                        (let-values ([(k) (call-with-current-continuation (lambda (k) k))])
                          (if (procedure? k) (k 'again) (abort-current-continuation tag 'aborted))))
                      tag
                      (lambda (v) (list 'handled v))))
            """));
    }

    @Test void handlerOfAReinstatedPromptCanAbortToTheNextOne() {
        assertEquals("(outer 11)", run("""
            (display (call-with-continuation-prompt
                      (lambda ()
                        (+ 1 (call-with-continuation-prompt
                              (lambda ()
                                (let-values ([(k) (call-with-current-continuation (lambda (k) k))])
                                  (if (procedure? k) (k 'x) (abort-current-continuation tag 1))))
                              tag
                              (lambda (v) (abort-current-continuation tag (+ v 10))))))
                      tag
                      (lambda (v) (list 'outer v))))
            """));
    }

    private static final String MISMATCH = "racket raise: result arity mismatch;\n expected number of values not received\n"
        + "  expected: 1\n  received: ";

    /** The message of the error that running body raises (no handler is installed here). */
    private static String error(String body) {
        return assertThrows(RacketException.class, () -> run(body)).getMessage();
    }

    @Test void severalValuesInSingleValuePositions() {
        for (String e : new String[] {"(+ (two) 1)", "(cons 1 (two))", "(if (two) 1 2)", "((two) 1)",
                                      "(with-continuation-mark 'k (two) 1)", "(with-continuation-mark (two) 1 2)",
                                      "(let-values ([(x) 1]) (+ x (if x (two) 0)))",
                                      "(+ 1 (call-with-current-continuation (lambda (k) (k 1 2))))"}) {
            assertEquals(MISMATCH + "2", error("(display " + e + ")"), e);
        }
        assertEquals(MISMATCH + "0", error("(display (cons (values) 1))"));
    }

    @Test void severalValuesWhereTheyAreAllowed() {
        assertEquals("(1 2)after(1 2)", run("""
            (display (call-with-values (lambda () (two)) list))
            (display (begin (two) 'after))
            (display (call-with-values (lambda () (begin0 (two) 'x)) list))
            """));
    }

    @Test void compiledCallInOperandPositionIsChecked() {
        // hot enough to be compiled: after a first run, the 3000th call returns two values to +
        assertEquals("12497500", run("""
            (define-values (pick) (lambda (i limit) (if (= i limit) (values i i) i)))
            (define-values (sum) (lambda (n limit)
              (letrec-values ([(loop) (lambda (i acc) (if (= i n) acc (loop (add1 i) (+ acc (pick i limit)))))])
                (loop 0 0))))
            (display (sum 5000 -1))
            """));
        assertEquals(MISMATCH + "2", error("""
            (define-values (pick) (lambda (i limit) (if (= i limit) (values i i) i)))
            (define-values (sum) (lambda (n limit)
              (letrec-values ([(loop) (lambda (i acc) (if (= i n) acc (loop (add1 i) (+ acc (pick i limit)))))])
                (loop 0 0))))
            (sum 5000 -1)
            (sum 5000 3000)
            """));
    }
}
