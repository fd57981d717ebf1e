package org.jracket.runtime.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupLibrariesTest {
    @Test
    void languageThenTopLevelRequires() {
        String text = """
                #!/usr/bin/env racket
                ; a comment
                #lang racket/base
                (require racket/flonum "local.rkt" (only-in racket/list first))
                (define s "(require racket/string)") ; (require racket/set)
                #| (require racket/match) |#
                (define (f) (require racket/port))
                (require (for-syntax racket/base) racket/future)
                """;
        assertEquals(List.of("racket/base", "racket/flonum", "only-in", "racket/list", "first", "for-syntax", "racket/future"),
                StartupLibraries.libraries(text));
    }

    @Test
    void moduleFormNamesItsLanguage() {
        // tokens of nested forms are guesses too (a missing library costs one failed stat)
        assertEquals(List.of("racket", "racket/place", "submod", "x"),
                StartupLibraries.libraries("(module m racket\n  (require racket/place)\n  (require (submod \".\" x)))"));
    }

    @Test
    void nothingToGuess() {
        assertEquals(List.of(), StartupLibraries.libraries("(define x 1)"));
        assertEquals(List.of(), StartupLibraries.libraries("#lang \"weird\""));
        assertEquals(List.of(), StartupLibraries.libraries(""));
        assertEquals(List.of(), StartupLibraries.libraries("#lang at-exp//racket"));
    }
}
