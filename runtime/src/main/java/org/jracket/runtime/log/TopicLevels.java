package org.jracket.runtime.log;

import java.util.ArrayList;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;

/**
 * The level/topic pairs of a log receiver (what it wants) or of a logger (what it passes on
 * to its parent): a level per named topic, the later pair for a topic winning, and a default
 * level for every other topic, set by a pair with topic #f or a final lone level.
 */
final class TopicLevels {
    private final Symbol[] topics;
    private final int[] levels;
    final int defaultLevel;

    private TopicLevels(Symbol[] topics, int[] levels, int defaultLevel) {
        this.topics = topics;
        this.levels = levels;
        this.defaultLevel = defaultLevel;
    }

    static TopicLevels of(int defaultLevel) { return new TopicLevels(new Symbol[0], new int[0], defaultLevel); }

    /** Parses {@code level topic ... [level]} from args[from..], as make-logger and make-log-receiver take them. */
    static TopicLevels parse(String who, Object[] args, int from, int defaultLevel) {
        ArrayList<Symbol> ts = new ArrayList<>();
        ArrayList<Integer> ls = new ArrayList<>();
        int dflt = defaultLevel;
        for (int i = from; i < args.length; i += 2) {
            int level = LogLevel.check(who, args[i]);
            if (i + 1 == args.length) { dflt = level; break; }
            Object topic = args[i + 1];
            if (topic == Boolean.FALSE) dflt = level;
            else if (topic instanceof Symbol s) { ts.add(s); ls.add(level); }
            else throw Errors.contract(who, "(or/c #f symbol?)", topic);
        }
        return new TopicLevels(ts.toArray(new Symbol[0]), ls.stream().mapToInt(Integer::intValue).toArray(), dflt);
    }

    /** The level for events of topic (null: the #f topic, which only the default covers). */
    int levelFor(Symbol topic) {
        for (int i = topics.length - 1; i >= 0; i--) if (topics[i] == topic) return levels[i];
        return defaultLevel;
    }

    /** The most detailed level for any topic (what {@code log-max-level} without a topic asks). */
    int maxLevel() {
        int m = defaultLevel;
        for (int l : levels) m = Math.max(m, l);
        return m;
    }

    /** levelFor(topic), or maxLevel() when asking about any topic. */
    int levelForQuery(Symbol topic) { return topic == null ? maxLevel() : levelFor(topic); }

    /** The named topics, later pairs first (the order log-all-levels lists them in). */
    void addTopics(java.util.Set<Symbol> into) {
        for (int i = topics.length - 1; i >= 0; i--) into.add(topics[i]);
    }
}
