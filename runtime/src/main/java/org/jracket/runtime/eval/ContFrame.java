package org.jracket.runtime.eval;

/**
 * A heap-allocated continuation frame: what a node still had to do when a continuation
 * was captured through it. Frames are made only when a capture unwinds the Java stack
 * (the generalized stack inspection of Pettyjohn et al., "Continuations from Generalized
 * Stack Inspection", ICFP 2005), so ordinary calls pay nothing for first-class
 * continuations. A chain is innermost-first; once inside a Continuation it is immutable,
 * so resuming it any number of times is safe (multi-shot).
 */
abstract class ContFrame {
    ContFrame next;
    MarkFrame marks;
    MarkFrame frameBase;
    Winder winders;

    /** Continues the suspended work with the value of the awaited subcomputation. */
    abstract Object resume(Object value, Machine m);

    /** True for the frame of a live {@code call/ec} (escape target inside a resumed chain). */
    boolean isEscapeTarget(EscapeContinuation k) { return false; }
}
