package org.jracket.vmm.guest;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Charges each guest for the memory it holds, and stops a guest that holds more than its config
 * allows. All guests share one Java heap, and the JVM does not say which objects belong to whom,
 * so a guest's memory is an estimate made of two parts:
 * <ul>
 *   <li><b>kernel pages</b>, exact: its kernel pool (in-memory files) and the frames behind its
 *       tasks' address spaces. These pages are Java arrays the guest allocated, so they are part
 *       of the heap estimate below; their exact count is a floor under it;
 *   <li><b>Java heap</b>, estimated from what the collector reports: after every collection the
 *       growth of the live heap is charged to the guests (and the host) in proportion to what each
 *       allocated since the previous collection, and a shrink reduces every charge in proportion.
 *       A guest is never charged more than it allocated nor more than the whole live heap, so a
 *       guest whose limit is above the host's live heap is never stopped by mistake.
 * </ul>
 * Limits: allocation is a proxy for retention, so a guest that allocates much short-lived garbage
 * while another slowly retains data takes part of the other's charge until a collection shrinks
 * the heap; virtual threads are not counted; threads a guest runs that the kernel did not start
 * are not counted. A safety net stops the guest with the largest charge when the live heap after
 * a collection exceeds {@value #HOST_PRESSURE_PERCENT}% of the host's maximum heap.
 */
public final class MemoryAccountant implements AutoCloseable {
    static final int HOST_PRESSURE_PERCENT = 90;
    static final long CHECK_INTERVAL_MILLIS = 100;

    /** What the accountant needs of a guest. */
    interface Account {
        long allocatedBytes();
        long kernelBytes();
        long limitBytes();
        /** Called at most once, when the guest is over its limit: stop it. */
        void outOfMemory(String detail);
    }

    private static final class Charge {
        double heapBytes;
        long allocatedAtLastGc;
        boolean stopped;
    }

    private final Map<Account, Charge> charges = new ConcurrentHashMap<>();
    private final Set<String> heapPools = new HashSet<>();
    private final NotificationListener gcListener = this::onNotification;
    private final boolean enabled;
    private ScheduledExecutorService ticker;
    private long lastHeapAfterGc = -1, lastTotalAllocated;

    /** An accountant that charges and limits the guests registered with it. */
    public MemoryAccountant() { this(true); }

    /**
     * {@code enabled = false}: one that counts nothing and stops nobody, for the command line's
     * single guest when no memory limit was asked for (the JVM's heap limit is then the guest's;
     * this also keeps the management beans out of start-up).
     */
    public MemoryAccountant(boolean enabled) {
        this.enabled = enabled;
        if (!enabled) return;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) heapPools.add(p.getName());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans())
            if (gc instanceof NotificationEmitter e) e.addNotificationListener(gcListener, null, null);
        lastTotalAllocated = Math.max(0, GuestThreads.jvmTotalAllocated());
        // Start from the live heap the last collections left (0 for pools never collected), so
        // that the first collection already charges the guests.
        lastHeapAfterGc = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = p.getType() == MemoryType.HEAP ? p.getCollectionUsage() : null;
            if (u != null) lastHeapAfterGc += u.getUsed();
        }
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vmm-memory-accountant");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::checkLimits, CHECK_INTERVAL_MILLIS, CHECK_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    boolean enabled() { return enabled; }

    void register(Account a) {
        if (!enabled) return;
        Charge c = new Charge();
        c.allocatedAtLastGc = a.allocatedBytes();
        charges.put(a, c);
    }

    /** The guest's objects become garbage: expect the next collection's shrink to be its charge. */
    synchronized void unregister(Account a) {
        Charge c = charges.remove(a);
        if (c != null && lastHeapAfterGc > 0) lastHeapAfterGc = Math.max(0, lastHeapAfterGc - (long) c.heapBytes);
    }

    /** The guest's memory: the heap estimate, at least its kernel pages. */
    long usedBytes(Account a) { return Math.max(a.kernelBytes(), heapEstimate(a)); }

    /** The Java-heap part of the guest's memory. */
    long heapEstimate(Account a) {
        Charge c = charges.get(a);
        if (c == null) return 0;
        return (long) Math.min(c.heapBytes, a.allocatedBytes());
    }

    private void onNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long heapAfter = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet())
            if (heapPools.contains(e.getKey())) heapAfter += e.getValue().getUsed();
        afterCollection(heapAfter);
        checkLimits();
    }

    /** Shares the live heap's change since the last collection among the guests. */
    synchronized void afterCollection(long heapAfter) {
        long total = GuestThreads.jvmTotalAllocated();
        double guestsAllocated = 0;
        Map<Account, Long> window = new java.util.HashMap<>();
        for (Map.Entry<Account, Charge> e : charges.entrySet()) {
            long now = e.getKey().allocatedBytes();
            long w = Math.max(0, now - e.getValue().allocatedAtLastGc);
            window.put(e.getKey(), w);
            guestsAllocated += w;
            e.getValue().allocatedAtLastGc = now;
        }
        double hostAllocated = total < 0 ? 0 : Math.max(0, total - lastTotalAllocated - guestsAllocated);
        lastTotalAllocated = Math.max(0, total);
        if (lastHeapAfterGc >= 0) {
            long delta = heapAfter - lastHeapAfterGc;
            double everyone = guestsAllocated + hostAllocated;
            for (Map.Entry<Account, Charge> e : charges.entrySet()) {
                Charge c = e.getValue();
                if (delta > 0 && everyone > 0) c.heapBytes += delta * (window.get(e.getKey()) / everyone);
                else if (delta < 0 && lastHeapAfterGc > 0) c.heapBytes *= heapAfter / (double) lastHeapAfterGc;
                c.heapBytes = Math.min(c.heapBytes, heapAfter);
            }
        }
        lastHeapAfterGc = heapAfter;
        hostPressure(heapAfter);
    }

    private void hostPressure(long heapAfter) {
        long max = Runtime.getRuntime().maxMemory();
        if (max == Long.MAX_VALUE || heapAfter * 100 < max * HOST_PRESSURE_PERCENT) return;
        Account biggest = null;
        double most = 0;
        for (Map.Entry<Account, Charge> e : charges.entrySet())
            if (!e.getValue().stopped && e.getValue().heapBytes > most) {
                most = e.getValue().heapBytes;
                biggest = e.getKey();
            }
        if (biggest != null)
            stop(biggest, "the host heap is nearly exhausted (" + mb(heapAfter) + " live of " + mb(max)
                    + ") and this guest held the largest share (~" + mb((long) most) + ")");
    }

    /** Kernel pages plus the heap estimate, against each guest's configured memory. */
    void checkLimits() {
        for (Account a : charges.keySet()) {
            Charge c = charges.get(a);
            if (c == null || c.stopped) continue;
            // Kernel pages are Java arrays the guest's threads allocated, so they are part of the
            // heap charge too: the exact kernel count is a floor under the estimate, not an addend.
            long kernel = a.kernelBytes(), heap = heapEstimate(a), used = Math.max(kernel, heap);
            if (used > a.limitBytes())
                stop(a, "memory used " + mb(used) + " exceeds the guest's " + mb(a.limitBytes())
                        + " (kernel pages " + mb(kernel) + ", Java heap ~" + mb(heap) + ")");
        }
    }

    private void stop(Account a, String detail) {
        Charge c = charges.get(a);
        if (c == null) return;
        synchronized (c) {
            if (c.stopped) return;
            c.stopped = true;
        }
        a.outOfMemory(detail);
    }

    static String mb(long bytes) { return String.format(java.util.Locale.ROOT, "%.1fMB", bytes / 1048576.0); }

    @Override
    public void close() {
        if (!enabled) return;
        ticker.shutdownNow();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans())
            if (gc instanceof NotificationEmitter e) {
                try {
                    e.removeNotificationListener(gcListener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // never added to this collector
                }
            }
    }
}
