package org.jracket.runtime.syntax;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A scope that stands for one scope per phase (Flatt 2016, section 3.4): a module's body has
 * one multi-scope, and at phase p its identifiers carry the representative {@link #at}(p),
 * so phase-0 and phase-1 bindings of the same name stay apart. Shifting syntax by n phases
 * (for-syntax instantiation, syntax-shift-phase-level) changes which representative applies
 * without rewriting the syntax.
 */
public final class MultiScope {
    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();

    public final long id = COUNTER.incrementAndGet();
    public final String name;
    private final ConcurrentHashMap<Integer, Scope> reps = new ConcurrentHashMap<>();

    public MultiScope(String name) { this.name = name; }

    public Scope at(int phase) {
        Scope s = reps.get(phase);
        return s != null ? s : reps.computeIfAbsent(phase, p -> new Scope("module:" + name + "@" + p, this, p));
    }

    /** The representatives created so far, by phase (compiled modules write their binding tables). */
    public java.util.SortedMap<Integer, Scope> representatives() { return new java.util.TreeMap<>(reps); }

    @Override public String toString() { return "multi:" + name; }
}
