package org.jracket.runtime.eval;

import org.jracket.runtime.data.MultipleValues;

/** A captured continuation (full, from call/cc, or composable). Applying it resumes the frames. */
public final class Continuation extends ControlProcedure {
    final ContFrame[] segments;
    final PromptTag tag;
    final boolean composable;
    final Winder winders;
    /** The capturing prompt's boundary mark: a composable continuation's marks are relative to it. */
    final MarkFrame base;

    Continuation(ContFrame[] segments, PromptTag tag, boolean composable, Winder winders, MarkFrame base) {
        super(null, -1L);
        this.segments = segments; this.tag = tag; this.composable = composable; this.winders = winders; this.base = base;
    }

    @Override Object applyControl(Machine m, Object[] args) {
        Object v = MultipleValues.of(args);
        if (composable) return m.runFrames(segments, v, base, m.marks);
        if (!m.promptAvailable(tag)) throw ControlPrims.noPrompt("continuation application", tag);
        throw new JumpSignal(this, v, m.winders);
    }

    @Override public String toString() { return "#<continuation>"; }

    public boolean isComposable() { return composable; }

}
