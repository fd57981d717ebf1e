package org.jracket.runtime.eval;

/** One continuation mark: an immutable list cell (key, value, outer marks). */
final class MarkFrame {
    final Object key;
    final Object value;
    final MarkFrame next;
    /** Identifies the continuation frame the mark belongs to (the frame's base marks). */
    final Object frame;

    MarkFrame(Object key, Object value, MarkFrame next) { this(key, value, next, null); }

    MarkFrame(Object key, Object value, MarkFrame next, Object frame) {
        this.key = key; this.value = value; this.next = next; this.frame = frame;
    }

    /** Marks with key's entry above base removed (for replacing a mark of the same frame). */
    static MarkFrame without(MarkFrame marks, MarkFrame base, Object key) {
        if (marks == base || marks == null) return marks;
        if (marks.key == key) return marks.next;
        MarkFrame rest = without(marks.next, base, key);
        return rest == marks.next ? marks : new MarkFrame(marks.key, marks.value, rest, marks.frame);
    }

    /**
     * The marks list with its part from {@code base} on replaced by {@code onto}; entries above
     * base are copied (once per list cell, via memo, so shared tails stay shared).
     */
    static MarkFrame rebase(MarkFrame marks, MarkFrame base, MarkFrame onto,
                            java.util.IdentityHashMap<MarkFrame, MarkFrame> memo) {
        if (marks == base) return onto;
        if (marks == null) return onto; // not under base: treat the whole list as outside
        MarkFrame done = memo.get(marks);
        if (done != null) return done;
        MarkFrame r = new MarkFrame(marks.key, marks.value, rebase(marks.next, base, onto, memo), marks.frame);
        memo.put(marks, r);
        return r;
    }
}
