package org.jracket.vmm.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.vmm.guest.GuestState.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    final Monitor monitor = new Monitor();

    @AfterEach
    void close() { monitor.close(); }

    Guest guest(String name, InitProgram init) throws Exception {
        return monitor.create(name, GuestFixtures.config(name, "64MB", 2), GuestFixtures.emptyImage(), init);
    }

    @Test
    void stateMachineTable() {
        assertEquals(GuestState.RUNNING, GuestState.CREATED.after(Action.LAUNCH));
        assertEquals(GuestState.PAUSED, GuestState.RUNNING.after(Action.PAUSE));
        assertEquals(GuestState.RUNNING, GuestState.PAUSED.after(Action.CONTINUE));
        assertEquals(GuestState.STOPPED, GuestState.RUNNING.after(Action.STOP));
        assertEquals(GuestState.STOPPED, GuestState.PAUSED.after(Action.STOP));
        assertNull(GuestState.CREATED.after(Action.PAUSE));
        assertNull(GuestState.CREATED.after(Action.STOP));
        assertNull(GuestState.RUNNING.after(Action.LAUNCH));
        assertNull(GuestState.RUNNING.after(Action.FREE));
        assertNull(GuestState.PAUSED.after(Action.PAUSE));
        assertNull(GuestState.STOPPED.after(Action.LAUNCH));
        assertNull(GuestState.STOPPED.after(Action.CONTINUE));
        for (GuestState s : GuestState.values())
            for (Action a : Action.values())
                if (s.after(a) == null) assertTrue(!s.refusal(a).isEmpty());
    }

    @Test
    void exitStatusAndOutput() throws Exception {
        Guest g = guest("hello", sys -> {
            byte[] b = ("cpus " + sys.cpuCount() + "\n").getBytes(StandardCharsets.UTF_8);
            sys.write(SystemCalls.STDOUT, b, 0, b.length);
            return 3;
        });
        assertEquals(GuestState.CREATED, g.state());
        g.launch();
        assertTrue(g.awaitStopped(10, TimeUnit.SECONDS));
        assertEquals(StopReason.Kind.EXITED, g.reason().kind());
        assertEquals(3, g.reason().exitCode());
        assertEquals("cpus 2\n", new String(g.console().scrollback().read(0, 0).bytes(), StandardCharsets.UTF_8));
        assertTrue(assertThrows(LifecycleException.class, g::launch).getMessage().contains("it has stopped"));
        monitor.free("hello");
        assertThrows(NoSuchGuestException.class, () -> monitor.get("hello"));
    }

    @Test
    void pauseStopsTheGuestAtItsNextSystemCall() throws Exception {
        AtomicLong calls = new AtomicLong();
        Guest g = guest("spin", sys -> {
            while (true) {
                sys.getpid();
                calls.incrementAndGet();
            }
        });
        assertThrows(LifecycleException.class, g::pause);
        g.launch();
        waitFor(() -> calls.get() > 1000);
        g.pause();
        waitFor(() -> g.info().threadsPaused() == 1);
        long at = calls.get();
        Thread.sleep(200);
        assertTrue(calls.get() <= at + 1, "no progress while paused");
        assertEquals("paused", g.info().state());
        g.resume();
        waitFor(() -> calls.get() > at + 1000);
        assertTrue(assertThrows(LifecycleException.class, () -> monitor.free("spin")).getMessage().contains("stop it first"));
        g.pause();
        g.stop(); // stopping a paused guest releases its threads into their end
        assertTrue(g.awaitStopped(10, TimeUnit.SECONDS));
        assertEquals(StopReason.Kind.STOPPED, g.reason().kind());
        waitFor(() -> g.info().threads() == 0);
        monitor.free("spin");
    }

    @Test
    void consoleInputGoesThroughTheLineDiscipline() throws Exception {
        Guest g = guest("echo", sys -> {
            byte[] buf = new byte[100];
            int n = sys.read(SystemCalls.STDIN, buf, 0, buf.length);
            byte[] reply = ("got " + new String(buf, 0, n, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            sys.write(SystemCalls.STDOUT, reply, 0, reply.length);
            return 0;
        });
        g.launch();
        g.console().type("abx\bc\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(g.awaitStopped(10, TimeUnit.SECONDS));
        String out = new String(g.console().scrollback().read(0, 0).bytes(), StandardCharsets.UTF_8);
        assertTrue(out.endsWith("got abc\n"), out);
        assertEquals(6, g.info().consoleInputBytes());
    }

    @Test
    void crashesAndBootFailuresOnlyEndTheirGuest() throws Exception {
        Guest crash = guest("crash", sys -> { throw new IllegalStateException("boom"); });
        Guest boot = guest("boot", sys -> { throw new BootFailure("cannot unpack"); });
        Guest fine = guest("fine", sys -> 0);
        crash.launch();
        boot.launch();
        fine.launch();
        for (Guest g : monitor.guests()) assertTrue(g.awaitStopped(10, TimeUnit.SECONDS));
        assertEquals("crashed: java.lang.IllegalStateException: boom", crash.reason().toString());
        assertEquals(StopReason.Kind.BOOT_FAILED, boot.reason().kind());
        assertEquals(StopReason.Kind.EXITED, fine.reason().kind());
    }

    @Test
    void namesAreCheckedAndUnique() throws Exception {
        guest("one", sys -> 0);
        assertTrue(assertThrows(GuestSetupException.class, () -> guest("one", sys -> 0)).getMessage().contains("already exists"));
        assertThrows(GuestSetupException.class,
                () -> monitor.create("Bad Name", GuestFixtures.config("ok", "64MB", 1), GuestFixtures.emptyImage(), sys -> 0));
        assertEquals(1, monitor.list().size());
    }

    @Test
    void memoryOverTheLimitStopsOnlyThatGuest() throws Exception {
        Guest hog = guest("hog", sys -> {
            java.util.List<long[]> kept = new java.util.ArrayList<>();
            while (true) {
                kept.add(new long[16 * 1024]);
                sys.getpid(); // a system call now and then: where a stopped guest ends
            }
        });
        Guest calm = guest("calm", sys -> {
            sys.nanosleep(300_000_000L);
            return 0;
        });
        hog.launch();
        calm.launch();
        assertTrue(hog.awaitStopped(60, TimeUnit.SECONDS));
        assertEquals(StopReason.Kind.OUT_OF_MEMORY, hog.reason().kind(), hog.reason().toString());
        assertTrue(hog.reason().detail().contains("exceeds the guest's 64.0MB"), hog.reason().detail());
        assertTrue(calm.awaitStopped(10, TimeUnit.SECONDS));
        assertEquals(StopReason.Kind.EXITED, calm.reason().kind());
    }

    static void waitFor(java.util.function.BooleanSupplier cond) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out");
            Thread.sleep(5);
        }
    }
}
