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
        AbortSignal a = abort;
        while (true) {
            try {
                m.winders = a.winders;
                m.unwindWinders(a.winders, prompt.winders);
                break;
            } catch (AbortSignal again) {
                // a post thunk aborting to the same prompt: unwinding goes on from there
                if (again.tag != prompt.tag) throw again;
                a = again;
            }
        }
        m.marks = outside;
        m.frameBase = outsideBase;
        Object h = prompt.handler;
        return h == null || h == Boolean.FALSE ? m.defaultAbortHandler(prompt.tag, a.values) : m.call(h, a.values);
    }
}
