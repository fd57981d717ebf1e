package org.jracket.runtime.eval;

/** {@code abort-current-continuation}: unwinds to the nearest prompt with the tag. */
final class AbortSignal extends ControlSignal {
    final PromptTag tag;
    final Object[] values;
    final Winder winders;

    AbortSignal(PromptTag tag, Object[] values, Winder winders) {
        this.tag = tag; this.values = values; this.winders = winders;
    }
}
