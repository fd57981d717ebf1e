package org.jracket.runtime.read;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regexp value as produced by {@code #rx"..."} / {@code #px"..."} literals. Holds the
 * Racket source text; {@link #pattern} is a best-effort java.util.regex compilation (null
 * if Java rejects the syntax) until the regexp implementation supplies its own values
 * through {@link ReaderHooks#regexpFactory}.
 */
public final class RegexpValue {
    public final boolean pregexp;
    public final boolean bytes;
    public final String source;
    public final Pattern pattern;

    public RegexpValue(boolean pregexp, boolean bytes, String source) {
        this.pregexp = pregexp;
        this.bytes = bytes;
        this.source = source;
        Pattern p;
        try { p = Pattern.compile(source); } catch (PatternSyntaxException e) { p = null; }
        this.pattern = p;
    }
}
