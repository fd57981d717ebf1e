package org.jracket.runtime.eval;

/**
 * A prompt that a capture for another tag went through (a {@code with-handlers} or other
 * {@code call-with-continuation-prompt} inside the continuation of a {@code call/cc}): it is
 * part of the captured continuation, as in Racket. Resumed, its inner frames' value passes
 * through; while those inner frames run, an abort to its tag ends here
 * ({@link Machine#runFrames}), so handlers keep working in a reinstated continuation.
 */
final class PromptFrame extends ContFrame {
    final PromptTag tag;
    final Object handler;
    final boolean catchAborts;

    PromptFrame(PromptTag tag, Object handler, boolean catchAborts) {
        this.tag = tag; this.handler = handler; this.catchAborts = catchAborts;
    }

    @Override Object resume(Object value, Machine m) { return value; }

    /** Does an abort to tag end at this prompt? */
    boolean catches(PromptTag t) { return catchAborts && tag == t; }
}
