package org.jracket.kernel;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jracket.kernel.console.Console;
import org.jracket.kernel.task.Task;
import org.junit.jupiter.api.Test;

class ConsoleTest {
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Console console = new Console(64, (b, o, l) -> {
        synchronized (screen) {
            screen.write(b, o, l);
        }
    });

    private void type(String s) { for (byte b : s.getBytes(StandardCharsets.ISO_8859_1)) console.input(b); }

    private String read(int n) {
        byte[] b = new byte[n];
        int r = console.read(b, 0, n);
        return new String(b, 0, r, StandardCharsets.ISO_8859_1);
    }

    @Test
    void backspaceEditsTheLineAndIsDiscardedWhenEmpty() {
        type("\b\u007fabx\bc\n");
        assertEquals("abc\n", read(100));
        assertEquals("abx\b \bc\n", screen.toString()); // echo, with erase for the backspace
    }

    @Test
    void backspaceCannotEraseAReleasedLine() {
        type("one\n\b\btwo\n");
        assertEquals("one\n", read(4));
        assertEquals("two\n", read(100));
    }

    @Test
    void readBlocksUntilNewlineAndKeepsTheRest() throws Exception {
        CompletableFuture<String> r = CompletableFuture.supplyAsync(() -> read(3));
        type("hello");
        Thread.sleep(50);
        assertFalse(r.isDone(), "no newline yet");
        type("\n");
        assertEquals("hel", r.get(5, TimeUnit.SECONDS));
        assertEquals("lo\n", read(100));
    }

    @Test
    void ctrlDIsEndOfFileOnAnEmptyLine() {
        type("ab\u0004");
        assertEquals("ab", read(10));
        type("\u0004");
        assertEquals("", read(10));
        console.hangUp();
        assertEquals("", read(10));
    }

    @Test
    void rawModeReleasesAtOnceWithoutEditingAndEchoCanBeOff() {
        console.setRaw(true);
        console.setEcho(false);
        type("a\bz");
        assertEquals("a\bz", read(10));
        assertEquals("", screen.toString());
    }

    @Test
    void consoleIsTheInitTasksStandardStreams() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Kernel k = Kernel.boot(KernelConfig.defaults().withConsoleSink((b, o, l) -> out.write(b, o, l)));
        Task t = k.init();
        k.console().setEcho(false);
        k.console().input("(+ 1 2)\n".getBytes(), 0, 8);
        byte[] b = new byte[64];
        assertEquals(8, t.read(0, b, 0, 64));
        t.write(1, "3\n".getBytes(), 0, 2);
        assertEquals("3\n", out.toString());
        assertEquals(org.jracket.kernel.syscall.FileStat.Kind.CHAR_DEVICE, t.stat("/proc/self/fd/0").kind());
        assertEquals("/dev/console", org.jracket.kernel.procfs.ProcFs.describe(t, 0));
    }

    @Test
    void manyTypistsAndReadersLoseNothing() throws Exception {
        Console c = new Console(64, (b, o, l) -> {});
        c.setEcho(false);
        int typists = 4, lines = 1000;
        Thread[] ts = new Thread[typists];
        for (int i = 0; i < typists; i++) {
            byte ch = (byte) ('a' + i);
            ts[i] = Thread.ofPlatform().start(() -> {
                try {
                    for (int j = 0; j < lines; j++) c.inputWithFlowControl(new byte[] {ch, ch, ch, '\n'}, 0, 4);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            });
        }
        int readers = 3;
        long[][] letters = new long[readers][typists];
        Thread[] rs = new Thread[readers];
        for (int r = 0; r < readers; r++) {
            int id = r;
            rs[r] = Thread.ofPlatform().start(() -> {
                byte[] b = new byte[7];
                for (int n; (n = c.read(b, 0, b.length)) > 0; ) for (int i = 0; i < n; i++) if (b[i] != '\n') letters[id][b[i] - 'a']++;
            });
        }
        for (Thread t : ts) t.join();
        c.hangUp();
        long[] perTypist = new long[typists];
        for (int r = 0; r < readers; r++) {
            rs[r].join(10_000);
            for (int i = 0; i < typists; i++) perTypist[i] += letters[r][i];
        }
        for (int i = 0; i < typists; i++) assertEquals((long) lines * 3, perTypist[i], "typist " + i);
    }
}
