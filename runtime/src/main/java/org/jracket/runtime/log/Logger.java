package org.jracket.runtime.log;

import java.lang.ref.WeakReference;
import java.util.LinkedHashSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;

/**
 * A Racket logger: a name (the default topic of its events), an optional parent to which it
 * passes events its propagation levels allow, and its receivers. Receivers are held weakly,
 * as in Racket, except the root's standard-error receiver.
 *
 * <p>Logging must cost next to nothing when nobody listens: {@link #wanted} answers from a
 * cache stamped with the tree's {@link LevelClock}, recomputed only after receivers change.
 * Safe from any thread: receivers are a copy-on-write list, the cache an immutable snapshot.
 */
public final class Logger {
    final Symbol name;
    final Logger parent;
    private final TopicLevels propagate;
    final LevelClock clock;
    private final CopyOnWriteArrayList<Held> receivers = new CopyOnWriteArrayList<>();
    private volatile Wanted cache = new Wanted(-1, LogLevel.NONE, new Symbol[0], new int[0]);
    /** Receivers ever made, in any place, that take debug events of some topic. */
    private static volatile boolean debugListened;

    /** A receiver as held by its logger: weakly, unless it must live as long as the logger. */
    private record Held(WeakReference<LogReceiver> weak, LogReceiver strong) {
        LogReceiver get() { return strong != null ? strong : weak.get(); }
    }

    /** Wanted levels as of a clock version: for any topic, and for the topics asked so far. */
    private record Wanted(long version, int any, Symbol[] topics, int[] levels) {}

    Logger(Symbol name, Logger parent, TopicLevels propagate) {
        this.name = name;
        this.parent = parent;
        this.propagate = propagate;
        this.clock = parent != null ? parent.clock : new LevelClock();
    }

    public Symbol name() { return name; }

    /**
     * False while no receiver anywhere has asked for debug events: the runtime's own
     * debug-level events (futures, places) are then skipped with one volatile read.
     */
    public static boolean debugListened() { return debugListened; }

    void add(LogReceiver r, boolean permanent) {
        if (r.wants.maxLevel() >= LogLevel.DEBUG) debugListened = true;
        receivers.add(permanent ? new Held(null, r) : new Held(new WeakReference<>(r), null));
        clock.tick();
    }

    /** True if some receiver would take an event at level for topic (null: any topic). */
    public boolean wants(int level, Symbol topic) { return wanted(topic) >= level; }

    /** The most detailed level any receiver of this logger or its ancestors wants for topic. */
    int wanted(Symbol topic) {
        Wanted w = cache;
        long now = clock.now();
        if (w.version == now) {
            if (topic == null) return w.any;
            Symbol[] ts = w.topics;
            for (int i = 0; i < ts.length; i++) if (ts[i] == topic) return w.levels[i];
        } else {
            w = new Wanted(now, compute(null), new Symbol[0], new int[0]);
            if (topic == null) { cache = w; return w.any; }
        }
        int level = compute(topic);
        // keep the few most recent topics (a logger is asked about a handful at most)
        int keep = Math.min(w.topics.length, 7);
        Symbol[] ts = new Symbol[keep + 1];
        int[] ls = new int[keep + 1];
        ts[0] = topic;
        ls[0] = level;
        System.arraycopy(w.topics, 0, ts, 1, keep);
        System.arraycopy(w.levels, 0, ls, 1, keep);
        cache = new Wanted(w.version, w.any, ts, ls);
        return level;
    }

    /**
     * Walks up the parents: each receiver counts up to the "ceiling" that the propagation levels
     * of the loggers passed so far let through.
     */
    private int compute(Symbol topic) {
        int best = LogLevel.NONE, ceiling = LogLevel.DEBUG;
        for (Logger l = this; l != null && ceiling > best; l = l.parent) {
            for (Held h : l.receivers) {
                LogReceiver r = h.get();
                if (r != null) best = Math.max(best, Math.min(ceiling, r.wants.levelForQuery(topic)));
            }
            ceiling = Math.min(ceiling, l.propagate.levelForQuery(topic));
        }
        return best;
    }

    /**
     * log-message: builds the event once some receiver wants it and hands it to every receiver
     * of this logger and of the ancestors it propagates to.
     */
    public void log(int level, Symbol topic, String message, Object data, boolean prefix) {
        if (wanted(null) < level) return;
        MVector event = null;
        for (Logger l = this; l != null; l = l.parent) {
            for (Held h : l.receivers) {
                LogReceiver r = h.get();
                if (r == null) { prune(l, h); continue; }
                if (r.wants.levelFor(topic) < level) continue;
                if (event == null) {
                    String text = prefix && topic != null ? topic.name + ": " + message : message;
                    event = new MVector(new Object[] {LogLevel.symbol(level), MString.immutable(text), data,
                        topic == null ? Boolean.FALSE : topic}, true);
                }
                r.deliver(event);
            }
            if (l.parent == null || l.propagate.levelFor(topic) < level) break;
        }
    }

    /** A receiver was collected: forget it, and let wanted levels be recomputed without it. */
    private static void prune(Logger l, Held h) {
        if (l.receivers.remove(h)) l.clock.tick();
    }

    /** log-all-levels: the level for topics not listed, then the listed topics, as level/topic pairs. */
    Object allLevels() {
        LinkedHashSet<Symbol> topics = new LinkedHashSet<>();
        int dflt = LogLevel.NONE, maxDefault = LogLevel.DEBUG;
        for (Logger l = this; l != null; l = l.parent) {
            int here = LogLevel.NONE;
            for (Held h : l.receivers) {
                LogReceiver r = h.get();
                if (r == null) continue;
                r.wants.addTopics(topics);
                here = Math.max(here, r.wants.defaultLevel);
            }
            dflt = Math.max(dflt, Math.min(here, maxDefault));
            maxDefault = Math.min(maxDefault, l.propagate.defaultLevel);
        }
        Object out = Null.NULL;
        Symbol[] ts = topics.toArray(new Symbol[0]);
        for (int i = ts.length - 1; i >= 0; i--) out = new Pair(LogLevel.toRacket(wanted(ts[i])), new Pair(ts[i], out));
        return new Pair(LogLevel.toRacket(dflt), new Pair(Boolean.FALSE, out));
    }

    @Override public String toString() { return "#<logger>"; }
}
