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
}
