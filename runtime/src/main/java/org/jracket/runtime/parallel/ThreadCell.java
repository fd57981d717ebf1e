package org.jracket.runtime.parallel;

/**
 * A thread cell: one value per thread. A preserved cell's current value is inherited by
 * threads created afterwards; others start from the default.
 */
final class ThreadCell {
    final Object defaultValue;
    final boolean preserved;
    /** The value seen by threads that are not Racket threads of a place (e.g. futures). */
    private volatile Object outside;

    ThreadCell(Object defaultValue, boolean preserved) {
        this.defaultValue = defaultValue;
        this.preserved = preserved;
        this.outside = defaultValue;
    }

    Object get() {
        RacketThread t = RacketThread.current();
        if (t == null) return outside;
        return t.cells.containsKey(this) ? t.cells.get(this) : defaultValue;
    }

    void set(Object v) {
        RacketThread t = RacketThread.current();
        if (t == null) outside = v; else t.cells.put(this, v);
    }

    @Override public String toString() { return "#<thread-cell>"; }
}
