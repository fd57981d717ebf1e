package org.jracket.runtime.eval;

import java.util.ArrayList;
import org.jracket.runtime.data.Procedure;

/**
 * Unwinds the Java stack while every node on the way records a {@link ContFrame}, up to
 * the prompt with the capture's tag (or, for a spill, to the nearest prompt or Java entry
 * point). A spill is how deep recursion escapes the Java stack: the stack is moved to the
 * heap and execution resumes from there with a fresh Java stack.
 *
 * <p>The captured continuation is a sequence of segments (frame chains, innermost first):
 * frames recorded by this capture form fresh segments; chains that were already captured
 * (and so are shared and immutable) are appended as whole segments, never copied.
 */
final class CaptureSignal extends ControlSignal {
    enum Kind { FULL, COMPOSABLE, SPILL }

    final Kind kind;
    final PromptTag tag;
    final Procedure receiver;
    private final ArrayList<ContFrame> segments = new ArrayList<>();
    private ContFrame freshTail;
    /** Machine state at the capture point. */
    final MarkFrame marks;
    final MarkFrame frameBase;
    final Winder winders;

    CaptureSignal(Kind kind, PromptTag tag, Procedure receiver, Machine m) {
        this.kind = kind; this.tag = tag; this.receiver = receiver;
        this.marks = m.marks; this.frameBase = m.frameBase; this.winders = m.winders;
    }

    /** Adds the frame of a node further out, recording the machine state at that node. */
    void push(ContFrame f, Machine m) {
        f.marks = m.marks; f.frameBase = m.frameBase; f.winders = m.winders;
        if (freshTail == null) segments.add(f); else freshTail.next = f;
        freshTail = f;
    }

    /** Appends an already captured, shared chain (may be null). */
    void appendShared(ContFrame chain) {
        if (chain == null) return;
        segments.add(chain);
        freshTail = null;
    }

    void appendShared(ContFrame[] chains, int from) {
        for (int i = from; i < chains.length; i++) appendShared(chains[i]);
    }

    ContFrame[] segments() { return segments.toArray(new ContFrame[0]); }

    boolean caughtBy(PromptTag t) { return kind == Kind.SPILL || tag == t; }
}
