package org.jracket.runtime.prims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** vector-cas! (and unsafe-struct*-cas!): eq? comparison of fixnums, and atomicity under contention. */
class VectorCasTest {
    @Test
    void comparesFixnumsByValueNotByJavaBox() {
        Object[] slots = {Long.valueOf(100_000L)};
        // a different Long object with the same value is eq? in Racket
        assertTrue(VectorPrims.casSlot(slots, 0, Long.valueOf(100_000L), "new"));
        assertEquals("new", slots[0]);
        assertFalse(VectorPrims.casSlot(slots, 0, "other", "newer"));
        assertEquals("new", slots[0]);
    }

    @Test
    void concurrentIncrementsAreNeitherLostNorDuplicated() throws InterruptedException {
        Object[] slots = {0L};
        int threads = 4, each = 20_000;
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            ts[t] = new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    while (true) {
                        long cur = (Long) slots[0];
                        // a fresh Long for the witness: only eq?-by-value lets it succeed
                        if (VectorPrims.casSlot(slots, 0, Long.valueOf(cur), cur + 1)) break;
                    }
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        assertEquals((long) threads * each, slots[0]);
    }
}
