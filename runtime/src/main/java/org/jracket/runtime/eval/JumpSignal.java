package org.jracket.runtime.eval;

/** Application of a non-composable continuation: aborts to its prompt, then resumes it. */
final class JumpSignal extends ControlSignal {
    final Continuation k;
    final Object value;
    final Winder winders;

    JumpSignal(Continuation k, Object value, Winder winders) { this.k = k; this.value = value; this.winders = winders; }
}
