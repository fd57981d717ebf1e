package org.jracket.kernel;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jracket.kernel.signal.SignalHandler;
import org.jracket.kernel.signal.Signals;
import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.kernel.task.Task;
import org.jracket.kernel.task.TaskExit;
import org.jracket.kernel.task.WaitStatus;
import org.junit.jupiter.api.Test;

class PipeTest {
    @Test
    void readReturnsWhatIsThereThenEofWhenAllWritersClosed() {
        Task t = Sys.boot().init();
        int[] p = new int[2];
        assertEquals(0, t.pipe(p));
        int w2 = t.dup(p[1]);
        t.write(p[1], "abc".getBytes(), 0, 3);
        byte[] b = new byte[10];
        assertEquals(2, t.read(p[0], b, 0, 2));
        assertEquals(1, t.read(p[0], b, 0, 10));
        t.close(p[1]);
        t.write(w2, "z".getBytes(), 0, 1);  // the dup keeps the write end open
        assertEquals(1, t.read(p[0], b, 0, 10));
        t.close(w2);
        assertEquals(0, t.read(p[0], b, 0, 10));
        assertEquals(0, t.read(p[0], b, 0, 10));
    }

    @Test
    void blockedReaderWakesOnEof() throws Exception {
        Task t = Sys.boot().init();
        int[] p = new int[2];
        t.pipe(p);
        ExecutorService ex = Executors.newSingleThreadExecutor();
        Future<Integer> r = ex.submit(() -> t.read(p[0], new byte[4], 0, 4));
        Thread.sleep(50);
        assertFalse(r.isDone());
        t.close(p[1]);
        assertEquals(0, r.get(5, TimeUnit.SECONDS));
        ex.shutdown();
    }

    @Test
    void writeWithoutReaderIsEpipeAndSigpipe() {
        Kernel k = Sys.boot();
        Task t = k.init();
        int[] p = new int[2];
        t.pipe(p);
        t.close(p[0]);
        // With SIGPIPE ignored the write just fails.
        assertEquals(0, t.sigaction(Signals.SIGPIPE, SignalHandler.IGNORE));
        assertEquals(-Errno.EPIPE.code, t.write(p[1], new byte[1], 0, 1));
        // With a handler, it runs on the writing thread.
        AtomicInteger seen = new AtomicInteger();
        t.sigaction(Signals.SIGPIPE, info -> seen.set(info.signo()));
        assertEquals(-Errno.EPIPE.code, t.write(p[1], new byte[1], 0, 1));
        assertEquals(Signals.SIGPIPE, seen.get());
        // By default SIGPIPE ends the task.
        t.sigaction(Signals.SIGPIPE, SignalHandler.DEFAULT);
        AtomicInteger code = new AtomicInteger(-1);
        t.onExit((task, c) -> code.set(c));
        TaskExit e = assertThrows(TaskExit.class, () -> t.write(p[1], new byte[1], 0, 1));
        assertEquals(128 + Signals.SIGPIPE, e.exitCode);
        assertEquals(128 + Signals.SIGPIPE, code.get());
        assertTrue(WaitStatus.ifSignaled(t.waitStatus()));
        assertThrows(TaskExit.class, t::getcwd); // an ended task makes no more calls
    }

    @Test
    void pipesAppearUnderProcFd() {
        Task t = Sys.boot().init();
        int[] p = new int[2];
        t.pipe(p);
        String dir = "/proc/" + t.getpid() + "/fd";
        List<String> fds = t.readdir(dir);
        assertTrue(fds.containsAll(List.of("0", "1", "2", "" + p[0], "" + p[1])), fds.toString());
        FileStat st = t.stat(dir + "/" + p[0]);
        assertEquals(FileStat.Kind.PIPE, st.kind());
        assertEquals(st, t.stat("/proc/self/fd/" + p[0]));
        // Opening the proc entry opens the same pipe.
        int w = t.open(dir + "/" + p[1], org.jracket.kernel.syscall.OpenFlags.O_WRONLY, 0);
        t.write(w, "x".getBytes(), 0, 1);
        assertEquals(1, t.fstat(p[0]).size());
        assertTrue(Sys.readFile(t, "/proc/self/status").contains("Pid:\t" + t.getpid()));
    }

    @Test
    void manyWritersAndReadersLoseAndDuplicateNothing() throws Exception {
        Kernel k = Kernel.boot(KernelConfig.defaults().withPipeCapacity(8192));
        Task t = k.init();
        int[] p = new int[2];
        t.pipe(p);
        int writers = 8, readers = 4, records = 2000, recordSize = 16;
        CountDownLatch written = new CountDownLatch(writers);
        long[] sums = new long[readers];
        int[] counts = new int[readers];
        Thread[] rs = new Thread[readers];
        for (int r = 0; r < readers; r++) {
            int id = r;
            rs[r] = Thread.ofPlatform().start(() -> {
                // Records are written atomically (<= PIPE_BUF) but a read may split one, so each
                // reader counts bytes and sums values.
                byte[] buf = new byte[100];
                for (int n; (n = t.read(p[0], buf, 0, buf.length)) > 0; ) {
                    for (int i = 0; i < n; i++) sums[id] += buf[i] & 0xff;
                    counts[id] += n;
                }
            });
        }
        for (int w = 0; w < writers; w++) {
            int id = w;
            Thread.ofPlatform().start(() -> {
                byte[] rec = new byte[recordSize];
                java.util.Arrays.fill(rec, (byte) (id + 1));
                for (int i = 0; i < records; i++) assertEquals(recordSize, t.write(p[1], rec, 0, recordSize));
                written.countDown();
            });
        }
        assertTrue(written.await(20, TimeUnit.SECONDS));
        t.close(p[1]);
        long total = 0, sum = 0;
        for (int r = 0; r < readers; r++) {
            rs[r].join(10_000);
            total += counts[r];
            sum += sums[r];
        }
        long expectSum = 0;
        for (int w = 0; w < writers; w++) expectSum += (long) (w + 1) * records * recordSize;
        assertEquals((long) writers * records * recordSize, total);
        assertEquals(expectSum, sum);
    }

    @Test
    void smallWritesAreNotInterleaved() throws Exception {
        Task t = Sys.boot().init();
        int[] p = new int[2];
        t.pipe(p);
        int writers = 6, records = 500, size = 4096; // exactly PIPE_BUF: atomic
        Thread[] ws = new Thread[writers];
        for (int w = 0; w < writers; w++) {
            byte v = (byte) ('a' + w);
            ws[w] = Thread.ofPlatform().start(() -> {
                byte[] rec = new byte[size];
                java.util.Arrays.fill(rec, v);
                for (int i = 0; i < records; i++) t.write(p[1], rec, 0, size);
            });
        }
        Thread closer = Thread.ofPlatform().start(() -> {
            for (Thread w : ws) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    return;
                }
            }
            t.close(p[1]);
        });
        byte[] rec = new byte[size];
        int got = 0;
        while (true) {
            int have = 0;
            while (have < size) {
                int n = t.read(p[0], rec, have, size - have);
                if (n == 0) break;
                have += n;
            }
            if (have == 0) break;
            assertEquals(size, have);
            for (byte x : rec) assertEquals(rec[0], x, "record " + got + " interleaved");
            got++;
        }
        closer.join();
        assertEquals(writers * records, got);
    }

    @Test
    void smallCapacityBlocksWritersAndNonBlockingWritesStoreWhatFits() throws Exception {
        Task t = Sys.boot().init();
        int[] p = new int[2];
        t.pipe(p);
        assertEquals(4, t.fcntl(p[1], SystemCalls.F_SETPIPE_SZ, 4));
        assertEquals(4, t.fcntl(p[0], SystemCalls.F_GETPIPE_SZ, 0));
        assertEquals(0, t.fcntl(p[1], SystemCalls.F_SETFL, OpenFlags.O_NONBLOCK));
        assertEquals(OpenFlags.O_WRONLY | OpenFlags.O_NONBLOCK, t.fcntl(p[1], SystemCalls.F_GETFL, 0));
        assertEquals(4, t.write(p[1], "abcdef".getBytes(), 0, 6)); // larger than the pipe: what fits
        assertEquals(-Errno.EAGAIN.code, t.write(p[1], "x".getBytes(), 0, 1));
        assertEquals(-Errno.EBUSY.code, t.fcntl(p[1], SystemCalls.F_SETPIPE_SZ, 2));
        t.fcntl(p[1], SystemCalls.F_SETFL, 0);
        // a blocking 3-byte write into a 4-byte pipe holding 4 bytes waits for the reader
        ExecutorService ex = Executors.newSingleThreadExecutor();
        Future<Integer> w = ex.submit(() -> t.write(p[1], "xyz".getBytes(), 0, 3));
        Thread.sleep(50);
        assertFalse(w.isDone());
        byte[] b = new byte[8];
        assertEquals(4, t.read(p[0], b, 0, 8));
        assertEquals(3, w.get(5, TimeUnit.SECONDS));
        assertEquals(3, t.read(p[0], b, 0, 8));
        assertEquals("xyz", new String(b, 0, 3));
        ex.shutdown();
    }

    @Test
    void nonBlockingReadIsEagainWhenEmptyAndZeroAtEof() {
        Task t = Sys.boot().init();
        int[] p = new int[2];
        t.pipe(p);
        t.fcntl(p[0], SystemCalls.F_SETFL, OpenFlags.O_NONBLOCK);
        byte[] b = new byte[8];
        assertEquals(-Errno.EAGAIN.code, t.read(p[0], b, 0, 8));
        t.write(p[1], "q".getBytes(), 0, 1);
        assertEquals(1, t.read(p[0], b, 0, 8));
        t.close(p[1]);
        assertEquals(0, t.read(p[0], b, 0, 8));
        assertEquals(-Errno.EBADF.code, t.fcntl(99, SystemCalls.F_GETFL, 0));
    }

    @Test
    void hugeCapacityGrowsTheRingOnDemandAndKeepsOrder() {
        Task t = Sys.boot().init();
        int[] p = new int[2];
        t.pipe(p);
        t.fcntl(p[1], SystemCalls.F_SETPIPE_SZ, Integer.MAX_VALUE);
        byte[] data = new byte[300_000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31);
        // one writer, no reader running: everything fits because the ring grows
        t.write(p[1], data, 0, 1000);
        byte[] b = new byte[data.length];
        assertEquals(600, t.read(p[0], b, 0, 600)); // moves head so growth must unwrap the ring
        t.write(p[1], data, 1000, data.length - 1000);
        int got = 600;
        while (got < data.length) got += t.read(p[0], b, got, data.length - got);
        assertArrayEquals(data, b);
    }

    @Test
    void noWaitCallsLeaveTheDescriptorBlockingAndSmallWritesStayWhole() {
        Task t = Sys.boot().init();
        int[] p = new int[2];
        t.pipe(p);
        t.fcntl(p[1], SystemCalls.F_SETPIPE_SZ, 4);
        byte[] b = new byte[8];
        assertEquals(-Errno.EAGAIN.code, t.read(p[0], b, 0, 8, SystemCalls.RWF_NOWAIT));
        assertEquals(OpenFlags.O_RDONLY, t.fcntl(p[0], SystemCalls.F_GETFL, 0));
        assertEquals(3, t.write(p[1], "abc".getBytes(), 0, 3, SystemCalls.RWF_NOWAIT));
        // 2 bytes do not fit in the 1 left: an atomic-size write is all or nothing
        assertEquals(-Errno.EAGAIN.code, t.write(p[1], "de".getBytes(), 0, 2, SystemCalls.RWF_NOWAIT));
        // larger than the pipe: what fits
        assertEquals(1, t.write(p[1], "defgh".getBytes(), 0, 5, SystemCalls.RWF_NOWAIT));
        assertEquals(4, t.read(p[0], b, 0, 8, SystemCalls.RWF_NOWAIT));
        assertEquals("abcd", new String(b, 0, 4));
    }
}
