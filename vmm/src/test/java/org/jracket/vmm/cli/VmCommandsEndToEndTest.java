package org.jracket.vmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code jracket vm} commands, each in its own JVM as the launcher runs them (the
 * launcher's {@code vm} dispatch is one line in cli's Main; here the vmm entry point is started
 * with this module's class path, since the cli jar is not built before this module's tests):
 * a daemon holding two guests built from example configs, one stopped for using more memory
 * than configured while the other finishes with its exact output.
 */
class VmCommandsEndToEndTest {
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    @TempDir static Path dir;
    static Process daemon;
    static String api;

    record Result(int status, String out, String err) {}

    static Result vm(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx1g", "-cp", System.getProperty("java.class.path"), VmCommand.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void serve() throws Exception {
        Path apiFile = dir.resolve("vmm.api");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xms256m", "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                VmCommand.class.getName(), "serve", "--port", "0", "--api-file", apiFile.toString());
        daemon = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(apiFile) || Files.readString(apiFile).isBlank()) {
            if (System.nanoTime() > deadline || !daemon.isAlive()) throw new AssertionError("daemon did not start: " + Files.readString(dir.resolve("serve.log")));
            Thread.sleep(50);
        }
        api = Files.readString(apiFile).trim();
    }

    @AfterAll
    static void shutdown() throws Exception {
        vm("--api", api, "shutdown");
        if (!daemon.waitFor(30, TimeUnit.SECONDS)) daemon.destroyForcibly();
    }

    @Test
    void memoryHogIsStoppedWhileAnotherGuestFinishes() throws Exception {
        Path hello = dir.resolve("hello.img"), hog = dir.resolve("hog.img");
        Result b1 = vm("build", EXAMPLES.resolve("hello.xml").toString(), "-o", hello.toString());
        assertEquals(0, b1.status(), b1.err());
        assertTrue(b1.out().startsWith("built " + hello), b1.out());
        assertEquals(0, vm("build", EXAMPLES.resolve("memory-hog.xml").toString(), "-o", hog.toString()).status());
        assertEquals(0, vm("--api", api, "create", hello.toString()).status());
        Result c = vm("--api", api, "create", hog.toString(), "hog");
        assertEquals("created hog\n", c.out(), c.err());
        assertEquals(0, vm("--api", api, "launch", "hog").status());
        assertEquals(0, vm("--api", api, "launch", "hello").status());

        Result attach = vm("--api", api, "attach", "hello", "--eof");
        assertEquals("fib(20) = 6765\n", attach.out(), attach.err());
        assertEquals(0, attach.status());

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String list;
        do {
            Thread.sleep(200);
            list = vm("--api", api, "list").out();
        } while (!list.contains("out-of-memory") && System.nanoTime() < deadline);
        assertTrue(list.lines().anyMatch(l -> l.startsWith("hog ") && l.contains("stopped") && l.contains("out-of-memory: memory used")), list);
        assertTrue(list.lines().anyMatch(l -> l.startsWith("hello ") && l.contains("exited: exited with status 0")), list);

        Result again = vm("--api", api, "launch", "hog");
        assertEquals(1, again.status());
        assertTrue(again.err().contains("cannot launch guest 'hog': it has stopped"), again.err());
        assertEquals(0, vm("--api", api, "free", "hog").status());
        assertEquals(0, vm("--api", api, "free", "hello").status());
        assertTrue(vm("--api", api, "list").out().lines().count() == 1);
    }

    @Test
    void brokenInputsGetClearErrorsFromTheCommands() throws Exception {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<vm name=\"bad\">\n  <memory size=\"many\"/>\n</vm>\n");
        Result r = vm("build", bad.toString(), "-o", dir.resolve("bad.img").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("jracket vm: " + bad + ":2:"), r.err());
        Path junk = dir.resolve("junk.img");
        Files.writeString(junk, "not an image");
        Result c = vm("--api", api, "create", junk.toString(), "junk");
        assertEquals(1, c.status());
        assertTrue(c.err().contains("not a JRacket guest image"), c.err());
        assertTrue(vm("--api", api, "stats", "ghost").err().contains("no guest named 'ghost'"));
        assertEquals(0, vm("--api", api, "list").status());
    }
}
