package org.jracket.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@code jracket} command as a real process: the launcher's JVM running {@link Main} (the
 * launcher script adds only the build check and the AOT cache; the jars are not built before
 * this module's tests, so the class path is this module's).
 */
final class JracketProcess {
    /** The repository's root (tests run in the module's directory). */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path EXAMPLES = ROOT.resolve("examples");
    /** The shared material: Racket 8.7's reference outputs. */
    static final Path SHARED = System.getenv("JRACKET_SHARED") != null ? Path.of(System.getenv("JRACKET_SHARED"))
            : ROOT.resolveSibling("shared");

    record Result(int status, String out, String err) {}

    private JracketProcess() {}

    static List<String> command(String heap, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args);
        return cmd;
    }

    /** Runs {@code jracket ARGS} in {@code dir} with {@code stdin} as its input; waits for it. */
    static Result run(Path dir, byte[] stdin, String... args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command("1g", List.of(args))).directory(dir.toFile()).start();
        // Own threads, not the common pool: its one thread on a 2-core machine would run only one of them.
        CompletableFuture<byte[]> err = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> err.complete(readAll(p.getErrorStream())));
        Thread.ofVirtual().start(() -> {
            try (var in = p.getOutputStream()) {
                in.write(stdin);
            } catch (IOException e) {
                // the program ended without reading all of it
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "jracket " + String.join(" ", args) + " did not finish");
        return new Result(p.exitValue(), utf8(out), utf8(err.join()));
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return run(ROOT, new byte[0], args);
    }

    /** {@code jracket vm serve} in the background; returns it once its API address is written. */
    static Process serve(Path dir) throws IOException, InterruptedException {
        Path apiFile = dir.resolve("vmm.api"), log = dir.resolve("serve.log");
        Process daemon = new ProcessBuilder(command("2g", List.of("vm", "serve", "--port", "0", "--api-file", apiFile.toString())))
                .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(new File("/dev/null")).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(apiFile) || Files.readString(apiFile).isBlank()) {
            if (System.nanoTime() > deadline || !daemon.isAlive()) throw new AssertionError("daemon did not start: " + Files.readString(log));
            Thread.sleep(50);
        }
        return daemon;
    }

    static String utf8(byte[] b) { return new String(b, StandardCharsets.UTF_8); }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
