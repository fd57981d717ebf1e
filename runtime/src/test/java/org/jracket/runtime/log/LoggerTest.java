package org.jracket.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.parallel.BaseEvt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The logger core from Java: filters, propagation, cached levels, and many threads logging at once. */
@Timeout(60)
class LoggerTest {
    private static final Symbol A = Symbol.of("a"), B = Symbol.of("b");

    private static Logger logger(String name, Logger parent, Object... propagate) {
        return new Logger(name == null ? null : Symbol.of(name), parent, TopicLevels.parse("test", propagate, 0, LogLevel.DEBUG));
    }

    private static LogReceiver receiver(Logger l, Object... spec) {
        LogReceiver r = new LogReceiver(TopicLevels.parse("test", spec, 0, LogLevel.NONE));
        l.add(r, false);
        return r;
    }

    private static Symbol s(String n) { return Symbol.of(n); }

    private static List<String> drain(LogReceiver r) {
        List<String> out = new ArrayList<>();
        for (Object e = r.poll(null, 0); e != BaseEvt.NOT_READY; e = r.poll(null, 0)) {
            out.add(((MVector) e).items[1].toString());
        }
        return out;
    }

    @Test void wantedLevelsFollowReceiversAndPropagation() {
        Logger root = logger(null, null);
        Logger child = logger("child", root, s("info"));
        assertEquals(LogLevel.NONE, child.wanted(null));
        LogReceiver r = receiver(root, s("debug"), A, s("error"));
        // the child passes on only up to info, so its debug events for a never reach root
        assertEquals(LogLevel.INFO, child.wanted(A));
        assertEquals(LogLevel.ERROR, child.wanted(B));
        assertEquals(LogLevel.DEBUG, root.wanted(A));
        assertTrue(child.wants(LogLevel.INFO, A));
        assertFalse(child.wants(LogLevel.DEBUG, A));
        // a receiver on the child itself is not limited by propagation
        receiver(child, s("debug"), B);
        assertEquals(LogLevel.DEBUG, child.wanted(B));
        assertEquals(LogLevel.ERROR, root.wanted(B));
        child.log(LogLevel.DEBUG, A, "not passed on", null, true);
        child.log(LogLevel.INFO, A, "passed on", null, true);
        assertEquals(List.of("a: passed on"), drain(r));
    }

    @Test void laterPairForATopicWinsAndNamedTopicsOverrideTheDefault() {
        TopicLevels t = TopicLevels.parse("test", new Object[] {s("debug"), Boolean.FALSE, s("error"), A, s("info"), A}, 0, LogLevel.NONE);
        assertEquals(LogLevel.INFO, t.levelFor(A));
        assertEquals(LogLevel.DEBUG, t.levelFor(B));
        assertEquals(LogLevel.DEBUG, t.levelFor(null));
        assertEquals(LogLevel.DEBUG, t.maxLevel());
    }

    @Test void levelEventIsReadyOnceReceiversChange() {
        Logger root = logger(null, null);
        LevelChangeEvt e = new LevelChangeEvt(root.clock);
        assertTrue(e.poll(null, 0) == BaseEvt.NOT_READY);
        receiver(logger("kid", root), s("warning"));
        assertTrue(e.poll(null, 0) == e);
    }

    /** Many threads log at once: every event arrives once, each thread's in the order it logged them. */
    @Test void concurrentLoggingLosesNothingAndKeepsPerSenderOrder() throws Exception {
        Logger root = logger(null, null);
        LogReceiver all = receiver(root, s("debug"));
        LogReceiver errors = receiver(root, s("error"));
        int threads = 8, each = 5000;
        List<Thread> ts = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            Logger mine = logger("t" + t, root);
            ts.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                for (int i = 0; i < each; i++) mine.log(i % 10 == 0 ? LogLevel.ERROR : LogLevel.DEBUG, mine.name, Integer.toString(i), null, true);
            }));
        }
        start.countDown();
        for (Thread t : ts) t.join();
        List<String> got = drain(all);
        assertEquals(threads * each, got.size());
        int[] next = new int[threads];
        for (String m : got) {
            int colon = m.indexOf(':');
            int t = Integer.parseInt(m.substring(1, colon));
            assertEquals(next[t]++, Integer.parseInt(m.substring(colon + 2)), "order of thread " + t);
        }
        assertEquals(threads * each / 10, drain(errors).size());
    }

    /** Receivers made while other threads log: each sees at least what was logged after it was made. */
    @Test void receiversAddedWhileOthersLog() throws Exception {
        Logger root = logger(null, null);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] loggers = new Thread[4];
        for (int i = 0; i < loggers.length; i++) {
            loggers[i] = Thread.ofPlatform().start(() -> {
                for (int k = 0; k < 20000; k++) root.log(LogLevel.INFO, A, "noise", null, false);
            });
        }
        List<Thread> makers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int id = i;
            makers.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int k = 0; k < 200; k++) {
                        LogReceiver r = receiver(root, s("info"), B);
                        root.log(LogLevel.INFO, B, "mark " + id + " " + k, null, false);
                        if (!drain(r).contains("mark " + id + " " + k)) throw new AssertionError("lost mark " + id + " " + k);
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            }));
        }
        for (Thread t : makers) t.join();
        for (Thread t : loggers) t.join();
        if (failure.get() != null) throw new AssertionError(failure.get());
    }

    @Test void stderrLevelsFollowPltStderr() {
        assertEquals(LogLevel.ERROR, RootLoggers.stderrLevels(null).levelFor(A));
        TopicLevels t = RootLoggers.stderrLevels("warning debug@future");
        assertEquals(LogLevel.DEBUG, t.levelFor(Symbol.of("future")));
        assertEquals(LogLevel.WARNING, t.levelFor(A));
        assertEquals(LogLevel.NONE, RootLoggers.stderrLevels("none").maxLevel());
        assertEquals(LogLevel.ERROR, RootLoggers.stderrLevels("bogus").levelFor(A));
    }
}
