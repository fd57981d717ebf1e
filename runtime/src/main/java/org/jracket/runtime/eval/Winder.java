package org.jracket.runtime.eval;

import org.jracket.runtime.data.Procedure;

/** An active {@code dynamic-wind}: its pre and post thunks, and the winders outside it. */
final class Winder {
    final Procedure pre;
    final Procedure post;
    final Winder next;
    final int depth;
    /** The marks where dynamic-wind was called: its thunks run with these (e.g. handlers). */
    final MarkFrame marks;

    Winder(Procedure pre, Procedure post, Winder next, MarkFrame marks) {
        this.pre = pre; this.post = post; this.next = next; this.marks = marks;
        this.depth = next == null ? 1 : next.depth + 1;
    }

    /** Deepest winder shared by a and b. */
    static Winder common(Winder a, Winder b) {
        while (depth(a) > depth(b)) a = a.next;
        while (depth(b) > depth(a)) b = b.next;
        while (a != b) { a = a.next; b = b.next; }
        return a;
    }

    private static int depth(Winder w) { return w == null ? 0 : w.depth; }
}
