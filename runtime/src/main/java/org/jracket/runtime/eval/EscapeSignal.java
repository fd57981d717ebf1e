package org.jracket.runtime.eval;

/** Application of an escape continuation ({@code call/ec}). */
final class EscapeSignal extends ControlSignal {
    final EscapeContinuation k;
    final Object value;
    final Winder winders;

    EscapeSignal(EscapeContinuation k, Object value, Winder winders) { this.k = k; this.value = value; this.winders = winders; }
}
