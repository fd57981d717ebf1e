package org.jracket.runtime.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Place channel queues and the message rules, from Java threads. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PlaceChannelTest {
    @Test void concurrentSendersLoseDuplicateAndReorderNothing() throws Exception {
        PlaceChannel[] ends = PlaceChannel.pair();
        int senders = 8, each = 20_000;
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            long sender = s;
            threads.add(Thread.ofPlatform().start(() -> {
                for (long i = 0; i < each; i++) ends[0].put(new Pair(sender, i));
            }));
        }
        long[] next = new long[senders];
        int received = 0;
        Waiter w = new Waiter();
        while (received < senders * each) {
            Object m = ends[1].poll(w, 0);
            if (m == BaseEvt.NOT_READY) { Thread.onSpinWait(); continue; }
            Pair p = (Pair) m;
            int s = (int) (long) (Long) p.car;
            assertEquals(next[s], (long) (Long) p.cdr, "sender " + s + " out of order");
            next[s]++;
            received++;
        }
        for (Thread t : threads) t.join();
        assertSame(BaseEvt.NOT_READY, ends[1].poll(w, 0));
        for (long n : next) assertEquals(each, n);
    }

    @Test void mutableDataArrivesAsImmutableCopiesImmutableDataIsShared() {
        Object list = Pair.list(1L, Symbol.of("a"), MString.immutable("s"));
        assertSame(list, PlaceMessages.copy(list));
        MString ms = MString.mutable("abc");
        MString copy = (MString) PlaceMessages.copy(ms);
        assertTrue(copy.immutable);
        assertEquals("abc", copy.toString());
        MVector v = new MVector(new Object[] {ms}, false);
        MVector vc = (MVector) PlaceMessages.copy(v);
        assertTrue(vc.immutable && ((MString) vc.items[0]).immutable);
        assertFalse(PlaceMessages.allowed(new MVector(new Object[] {new Semaphore(1)}, true)));
        var shared = SharedStorage.share(new org.jracket.runtime.data.Bytes(new byte[4], false));
        assertSame(shared, PlaceMessages.copy(shared));
    }
}
