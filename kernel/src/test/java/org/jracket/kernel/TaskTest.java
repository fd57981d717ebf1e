package org.jracket.kernel;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.jracket.kernel.signal.Signals;
import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.kernel.task.Task;
import org.jracket.kernel.task.TaskExit;
import org.jracket.kernel.task.WaitStatus;
import org.jracket.kernel.trace.Syscall;
import org.junit.jupiter.api.Test;

class TaskTest {
    @Test
    void exitTellsTheListenerThenUnwinds() {
        Task t = Sys.boot().init();
        List<String> events = new ArrayList<>();
        t.onExit((task, code) -> {
            // Descriptors are still open for a last flush.
            events.add("exit " + code + " write=" + task.write(1, new byte[1], 0, 1));
        });
        TaskExit e = assertThrows(TaskExit.class, () -> t.exit(3));
        assertEquals(3, e.exitCode);
        assertEquals(List.of("exit 3 write=1"), events);
        assertTrue(t.hasEnded());
        assertThrows(TaskExit.class, () -> t.open("/tmp", 0, 0));
    }

    @Test
    void waitpidForOneAnyAndGroup() {
        Task p = Sys.boot().init();
        assertEquals(-Errno.ECHILD.code, p.waitpid(-1, null, 0));
        assertEquals(-Errno.ECHILD.code, p.waitpid(0, null, 0));
        CountDownLatch go = new CountDownLatch(1);
        int a = p.spawnTask("a", sys -> 7);
        int b = p.spawnTask("b", sys -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                return 1;
            }
            sys.exit(9);
            return 0;
        });
        int[] st = new int[1];
        assertEquals(a, p.waitpid(a, st, 0));
        assertTrue(WaitStatus.ifExited(st[0]));
        assertEquals(7, WaitStatus.exitStatus(st[0]));
        assertEquals(0, p.waitpid(-1, st, SystemCalls.WNOHANG)); // b still runs
        go.countDown();
        assertEquals(b, p.waitpid(0, st, 0));
        assertEquals(9, WaitStatus.exitStatus(st[0]));
        assertEquals(-Errno.ECHILD.code, p.waitpid(b, st, 0)); // reaped
    }

    @Test
    void childInheritsDescriptorsAndCwd() {
        Task p = Sys.boot().init();
        p.chdir("/tmp");
        int[] fds = new int[2];
        p.pipe(fds);
        int c = p.spawnTask("writer", sys -> {
            byte[] msg = sys.getcwd().getBytes();
            sys.write(fds[1], msg, 0, msg.length);
            return 0;
        });
        p.close(fds[1]);
        assertEquals("/tmp", new String(Sys.readAll(p, fds[0])));   // EOF once the child ended
        assertEquals(c, p.waitpid(c, null, 0));
    }

    @Test
    void killEndsOrRunsAHandler() throws Exception {
        Task p = Sys.boot().init();
        CountDownLatch started = new CountDownLatch(1);
        int c = p.spawnTask("sleeper", sys -> {
            started.countDown();
            sys.nanosleep(60_000_000_000L);
            sys.getpid(); // the task was killed: this call unwinds
            return 0;
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        assertEquals(0, p.kill(c, Signals.SIGTERM));
        int[] st = new int[1];
        assertEquals(c, p.waitpid(c, st, 0));
        assertEquals(Signals.SIGTERM, WaitStatus.termSig(st[0]));
        assertEquals(-Errno.ESRCH.code, p.kill(c, Signals.SIGTERM));

        AtomicInteger got = new AtomicInteger();
        p.sigaction(Signals.SIGUSR1, info -> got.set(info.signo()));
        assertEquals(0, p.kill(p.getpid(), Signals.SIGUSR1)); // delivered at the end of the call
        assertEquals(Signals.SIGUSR1, got.get());
        assertEquals(0, p.kill(p.getpid(), Signals.SIGCHLD)); // ignored by default
        assertEquals(-Errno.EINVAL.code, p.sigaction(Signals.SIGKILL, info -> {}));
    }

    @Test
    void threadsHonourStackSizesAndACrashEndsTheTask() throws Exception {
        Task t = Sys.boot().init();
        AtomicReference<Thread> seen = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(2);
        t.spawnThread("deep", 64L << 20, () -> {
            seen.set(Thread.currentThread());
            assertEquals(100_000, depth(100_000)); // needs more than the default stack
            done.countDown();
        });
        t.spawnThread("virtual", -1, () -> {
            assertTrue(Thread.currentThread().isVirtual());
            done.countDown();
        });
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(2, t.stats().calls(Syscall.SPAWN_THREAD));
        CountDownLatch ended = new CountDownLatch(1);
        t.onExit((task, code) -> ended.countDown());
        java.io.PrintStream err = System.err;
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            t.spawnThread("crash", 0, () -> { throw new IllegalStateException("boom"); });
            assertTrue(ended.await(5, TimeUnit.SECONDS));
        } finally {
            System.setErr(err);
        }
        assertEquals(Signals.SIGABRT, WaitStatus.termSig(t.waitStatus()));
    }

    private static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }

    @Test
    void callsAreCountedTracedAndSummarized() {
        Kernel k = Sys.boot();
        Task t = k.init();
        List<String> trace = Collections.synchronizedList(new ArrayList<>());
        k.traceTo(trace::add);
        t.open("/nope", 0, 0);
        int fd = t.open("/tmp", 0, 0);
        t.close(fd);
        t.write(1, new byte[2], 0, 2);
        k.traceTo(null);
        t.getpid();
        assertEquals(List.of(
                "[pid 1] open(\"/nope\", 0x0, 0) = -1 ENOENT (No such file or directory)",
                "[pid 1] open(\"/tmp\", 0x0, 0) = " + fd,
                "[pid 1] close(" + fd + ") = 0",
                "[pid 1] write(1, 2) = 2"), trace.stream().map(l -> l.replaceAll(" <[0-9.]+>$", "")).toList());
        assertEquals(2, t.stats().calls(Syscall.OPEN));
        assertEquals(1, t.stats().errors(Syscall.OPEN));
        String summary = k.syscallSummary();
        assertTrue(summary.startsWith("% time     seconds  usecs/call     calls    errors syscall"), summary);
        assertTrue(summary.lines().anyMatch(l -> l.matches(" *[0-9.]+ +[0-9.]+ +[0-9]+ +2 +1 open")), summary);
        assertTrue(summary.lines().anyMatch(l -> l.matches(".* 5 +1 total")), summary);
    }

    @Test
    void statsOfEndedTasksStayInTheKernelSummary() {
        Kernel k = Sys.boot();
        Task p = k.init();
        int c = p.spawnTask("c", sys -> {
            sys.getpid();
            sys.getpid();
            return 0;
        });
        p.waitpid(c, null, 0);
        assertEquals(2, k.syscallStats().calls(Syscall.GETPID));
        assertEquals(1, k.syscallStats().calls(Syscall.EXIT));
    }

    @Test
    void shutdownEndsEveryTask() throws Exception {
        Kernel k = Sys.boot();
        Task p = k.init();
        CountDownLatch started = new CountDownLatch(1);
        int c = p.spawnTask("reader", sys -> {
            started.countDown();
            sys.read(0, new byte[10], 0, 10); // blocks on the console
            return 0;
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        Task child = k.tasks().get(c);
        k.shutdown();
        assertTrue(p.hasEnded());
        assertTrue(child.hasEnded());
        assertEquals(Signals.SIGKILL, WaitStatus.termSig(child.waitStatus()));
    }
}
