package org.jracket.runtime.regexp;

/**
 * A malformed pattern. The message is Racket's, without the "who: " prefix and the pattern
 * line, because the reader and the regexp constructors add those differently. It extends
 * IllegalArgumentException since that is what the reader's regexp hook expects.
 */
public final class RegexpSyntaxError extends IllegalArgumentException {
    public RegexpSyntaxError(String message) { super(message); }
}
