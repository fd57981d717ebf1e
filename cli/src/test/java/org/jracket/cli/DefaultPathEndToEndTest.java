package org.jracket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jracket FILE.rkt} runs its program as a guest with the default configuration: the host's
 * files at their own paths (relative to the user's directory), this process's standard streams,
 * the program's exit status, and the guest options {@code --cores} and {@code --memory}.
 */
class DefaultPathEndToEndTest {
    @TempDir Path dir;

    @Test
    void programUsesTheHostsFilesAndStreamsAsUnderRacket() throws Exception {
        Path abs = dir.resolve("abs.txt");
        Files.writeString(dir.resolve("in.txt"), "from a file\n");
        Files.writeString(dir.resolve("prog.rkt"), """
                #lang racket/base
                (define line (read-line))
                (printf "args ~s, stdin ~s\\n" (current-command-line-arguments) line)
                (printf "relative: ~a\\n" (call-with-input-file "in.txt" read-line))
                (call-with-output-file "out.txt" (lambda (o) (void (write-string "written" o))))
                (call-with-output-file (vector-ref (current-command-line-arguments) 0)
                  (lambda (o) (void (write-string "absolute" o))))
                (eprintf "to stderr\\n")
                (exit 3)
                """);
        JracketProcess.Result r = JracketProcess.run(dir, "typed\n".getBytes(StandardCharsets.UTF_8), "prog.rkt", abs.toString(), "b");
        assertEquals("args #(\"" + abs + "\" \"b\"), stdin \"typed\"\nrelative: from a file\n", r.out());
        assertEquals("to stderr\n", r.err());
        assertEquals(3, r.status());
        assertEquals("written", Files.readString(dir.resolve("out.txt")));
        assertEquals("absolute", Files.readString(abs));
    }

    @Test
    void coresOptionIsTheGuestsProcessorCount() throws Exception {
        assertEquals("1\n", JracketProcess.run("--cores", "1", "-e", "(processor-count)").out());
        assertEquals("2\n", JracketProcess.run("--cores", "2", "-e", "(processor-count)").out());
        assertEquals(Runtime.getRuntime().availableProcessors() + "\n", JracketProcess.run("-e", "(processor-count)").out());
        JracketProcess.Result bad = JracketProcess.run("--cores", "none", "-e", "1");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("jracket: --cores expects a number of cores"), bad.err());
    }

    @Test
    void memoryOptionStopsAProgramThatHoldsMore() throws Exception {
        JracketProcess.Result r = JracketProcess.run("--memory", "64MB", JracketProcess.EXAMPLES.resolve("programs/hog.rkt").toString());
        assertEquals(137, r.status(), r.err());
        assertTrue(r.err().startsWith("jracket: out-of-memory: memory used "), r.err());
        assertTrue(r.out().startsWith("."), r.out());
        JracketProcess.Result ok = JracketProcess.run("--memory", "256MB", "-e", "(length (build-list 100000 values))");
        assertEquals("100000\n", ok.out(), ok.err());
        assertEquals(0, ok.status());
    }

    @Test
    void flagsAfterAnExpressionAreNotGuestOptions() throws Exception {
        // "-e --cores" evaluates the symbol-like text; the scan knows -e takes a value.
        JracketProcess.Result r = JracketProcess.run("-e", "(quote --cores)", "--cores", "1", "-e", "(processor-count)");
        assertEquals("'--cores\n1\n", r.out(), r.err());
    }
}
