package org.jracket.vmm.guest;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Java threads running a guest's code (its init thread, threads it spawns, its child tasks'
 * threads), for the Java-heap half of memory accounting: the JVM counts bytes allocated per
 * thread, so a guest's allocation is the sum over its live threads plus what its ended threads
 * had allocated. Virtual threads are not counted by the JVM and so are not counted here.
 */
final class GuestThreads {
    /** Loaded on first use only: the management beans cost start-up time. */
    private static final class Jvm {
        static final com.sun.management.ThreadMXBean THREADS =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    }

    private final Set<Thread> live = ConcurrentHashMap.newKeySet();
    private final AtomicLong endedAllocated = new AtomicLong();
    private final boolean counting;

    /** {@code counting}: keep the allocation counts (only memory accounting needs them). */
    GuestThreads(boolean counting) { this.counting = counting; }

    /** Runs body as one of the guest's threads. */
    void run(Runnable body) {
        Thread me = Thread.currentThread();
        live.add(me);
        try {
            body.run();
        } finally {
            long n = !counting || me.isVirtual() ? -1 : Jvm.THREADS.getCurrentThreadAllocatedBytes();
            if (n > 0) endedAllocated.addAndGet(n);
            live.remove(me);
        }
    }

    Runnable wrap(Runnable body) { return () -> run(body); }

    /** Bytes allocated by the guest's threads so far (monotonic). */
    long allocatedBytes() {
        if (!counting) return 0;
        long total = endedAllocated.get();
        for (Thread t : live) {
            if (t.isVirtual()) continue;
            long n = Jvm.THREADS.getThreadAllocatedBytes(t.threadId());
            if (n > 0) total += n;
        }
        return total;
    }

    int liveCount() { return live.size(); }

    static long jvmTotalAllocated() { return Jvm.THREADS.getTotalThreadAllocatedBytes(); }
}
