package org.jracket.runtime.boot;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/** Garbage-collection time and explicit collection (the host JVM's collector is the guest's). */
final class GcClock {
    private GcClock() {}

    static long millis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) total += Math.max(0, gc.getCollectionTime());
        return total;
    }

    static void collect() { System.gc(); }
}
