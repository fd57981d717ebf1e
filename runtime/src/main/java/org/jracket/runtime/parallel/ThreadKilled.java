package org.jracket.runtime.parallel;

/**
 * Unwinds the Java stack of a Racket thread that was killed (or of a place that was killed).
 * An Error, not a Racket exception: no Racket handler may catch it, and dynamic-wind post
 * thunks do not run, as in Racket.
 */
final class ThreadKilled extends Error {
    static final ThreadKilled INSTANCE = new ThreadKilled();

    private ThreadKilled() { super("racket thread killed", null, false, false); }
}
