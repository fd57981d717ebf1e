package org.jracket.runtime.parallel;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * The workers that run futures in parallel: one platform thread per vCPU of the guest
 * (the kernel's cpuCount), created on first use and shared by the places of every guest
 * with that many vCPUs (so that a 1-vCPU guest started first does not fix the pool size of
 * a 2-vCPU guest in the same host). Workers take futures in creation order; a future that
 * nobody has started yet is instead run by whoever touches it, so a worker never waits for
 * work that is still queued.
 */
final class FuturePool {
    /** Java stack of a worker; deep recursion spills to the heap beyond the evaluator's depth. */
    private static final long WORKER_STACK = 256L << 20;

    private static final ConcurrentHashMap<Integer, FuturePool> POOLS = new ConcurrentHashMap<>();

    private final LinkedBlockingDeque<Future> queue = new LinkedBlockingDeque<>();
    final int size;

    private FuturePool(int size) {
        this.size = size;
        for (int i = 0; i < size; i++) {
            int id = i + 1;
            Thread t = new Thread(null, () -> work(id), "future-worker-" + id, WORKER_STACK);
            t.setDaemon(true);
            t.start();
        }
    }

    static FuturePool get(int cpus) {
        int n = Math.max(1, cpus);
        FuturePool p = POOLS.get(n);
        return p != null ? p : POOLS.computeIfAbsent(n, FuturePool::new);
    }

    void submit(Future f) { queue.addLast(f); }

    private void work(int workerId) {
        while (true) {
            Future f;
            try {
                f = queue.takeFirst();
            } catch (InterruptedException e) {
                continue;
            }
            try {
                f.runIfPending(workerId);
            } catch (Throwable t) {
                // a worker outlives any one future (runIfPending has completed it)
            }
        }
    }
}
