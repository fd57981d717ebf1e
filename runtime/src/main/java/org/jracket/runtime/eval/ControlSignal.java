package org.jracket.runtime.eval;

/** Base of the Java exceptions that implement Racket control: never carry stack traces. */
abstract class ControlSignal extends RuntimeException {
    ControlSignal() { super(null, null, false, false); }
}
