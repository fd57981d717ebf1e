package org.jracket.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What Linux's {@code /proc} says about CPU use, for timing tests on a machine others may keep
 * busy: how many cores were idle, and the CPU time of a process's threads (a guest's vCPU time
 * does not depend on how busy the machine is).
 */
final class CpuIdle {
    private CpuIdle() {}

    /** Counters at one instant: idle and total jiffies over all cores, and one process's CPU ticks. */
    record Sample(long idle, long total, long pid, long processTicks) {
        /** Average idle cores between this sample and now. */
        double idleCoresSince() throws IOException {
            Sample now = sample(pid);
            long dt = now.total - total;
            return dt <= 0 ? 0 : cores() * (now.idle - idle) / (double) dt;
        }

        /** Average cores that were idle or used by the process between this sample and now: what it could have had. */
        double freeCoresSince() throws IOException {
            Sample now = sample(pid);
            long dt = now.total - total;
            return dt <= 0 ? 0 : cores() * (now.idle - idle + now.processTicks - processTicks) / (double) dt;
        }
    }

    static Sample sample() throws IOException { return sample(ProcessHandle.current().pid()); }

    static Sample sample(long pid) throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < Math.min(f.length, 9); i++) total += Long.parseLong(f[i]);
        return new Sample(Long.parseLong(f[4]) + Long.parseLong(f[5]), total, pid, ticks(Path.of("/proc", Long.toString(pid), "stat")));
    }

    /** utime + stime of a /proc stat file (0 if it is gone). */
    private static long ticks(Path stat) {
        String s;
        try {
            s = Files.readString(stat);
        } catch (IOException ended) {
            return 0;
        }
        // pid (comm) state ppid ...: the name may hold spaces, so fields count from the last ')'.
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    static int cores() { return Runtime.getRuntime().availableProcessors(); }

    /**
     * Waits until at least {@code cores} cores were idle over a one-second window, or the time is
     * up; returns the idle cores of the last window.
     */
    static double awaitIdle(double cores, long maxMillis) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + maxMillis;
        double idle;
        do {
            Sample s = sample();
            Thread.sleep(1000);
            idle = s.idleCoresSince();
        } while (idle < Math.min(cores, cores() - 0.25) && System.currentTimeMillis() < deadline);
        return idle;
    }

    /**
     * CPU time (user + system, in clock ticks) of each thread of process {@code pid} whose name
     * starts with one of {@code prefixes}, by thread id.
     */
    static Map<Long, Long> threadTicks(long pid, String... prefixes) throws IOException {
        Map<Long, Long> r = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                String name;
                try {
                    name = Files.readString(t.resolve("comm")).trim();
                } catch (IOException ended) {
                    continue;
                }
                for (String p : prefixes)
                    if (name.startsWith(p)) r.put(Long.parseLong(t.getFileName().toString()), ticks(t.resolve("stat")));
            }
        }
        return r;
    }

    /**
     * Follows those threads from now until {@link ThreadWatch#busiestMillis()}: every 50 ms it
     * records their CPU times, so that threads which end in between are counted too (to within
     * that period).
     */
    static ThreadWatch watchThreads(long pid, String... prefixes) throws IOException {
        return new ThreadWatch(pid, prefixes);
    }

    static final class ThreadWatch {
        private final Map<Long, Long> before, last = new java.util.concurrent.ConcurrentHashMap<>();
        private final Thread poller;
        private volatile boolean done;

        private ThreadWatch(long pid, String[] prefixes) throws IOException {
            before = threadTicks(pid, prefixes);
            poller = Thread.ofPlatform().daemon().start(() -> {
                while (!done) {
                    try {
                        last.putAll(threadTicks(pid, prefixes));
                        Thread.sleep(50);
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
        }

        /** Stops following; the largest CPU time one of the threads gained, in ms. */
        long busiestMillis() throws InterruptedException {
            done = true;
            poller.join();
            long most = 0;
            for (Map.Entry<Long, Long> e : last.entrySet()) most = Math.max(most, e.getValue() - before.getOrDefault(e.getKey(), 0L));
            return most * 10; // USER_HZ is 100 on Linux
        }
    }
}
