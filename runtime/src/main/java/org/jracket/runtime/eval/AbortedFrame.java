package org.jracket.runtime.eval;

/**
 * An abort to a {@link PromptFrame} of frames being resumed, run in the prompt's place by
 * {@link Machine#runFrames}: the winders between the abort and the prompt are unwound, then
 * the prompt's handler is applied to the values (as {@link Machine#callWithPrompt} does for a
 * prompt on the Java stack). As a frame of its own, an abort that the handler makes (a
 * re-raise to an outer with-handlers) is resumed from there too.
 */
final class AbortedFrame extends ContFrame {
    private final PromptFrame prompt;
    private final AbortSignal abort;

    AbortedFrame(PromptFrame prompt, AbortSignal abort) {
        this.prompt = prompt; this.abort = abort;
        marks = prompt.marks; frameBase = prompt.frameBase; winders = prompt.winders;
        next = prompt.next;
    }

    @Override Object resume(Object ignored, Machine m) {
        MarkFrame outside = m.marks, outsideBase = m.frameBase;
        AbortSignal a = m.unwindForAbort(abort, prompt.tag, prompt.winders);
        m.marks = outside;
        m.frameBase = outsideBase;
        return m.abortHandler(prompt.tag, prompt.handler, a.values);
    }
}
