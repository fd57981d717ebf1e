package org.jracket.runtime.exn;

/**
 * Java carrier of a Racket {@code raise}: unwinds the Java stack to the nearest handler
 * boundary. Has no Java stack trace (filled lazily never), so raising is cheap.
 */
public final class RacketException extends RuntimeException {
    public final Object value;
    public final boolean continuable;

    public RacketException(Object value, boolean continuable) {
        super(null, null, false, false);
        this.value = value;
        this.continuable = continuable;
    }

    @Override public String getMessage() { return "racket raise: " + Errors.messageOf(value); }
}
