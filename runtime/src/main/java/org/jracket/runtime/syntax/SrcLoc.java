package org.jracket.runtime.syntax;

/**
 * A source location: source (usually a path string or symbol), 1-based line, 0-based
 * column, 1-based position, span; unknown parts are -1.
 */
public record SrcLoc(Object source, int line, int column, int position, int span) {
    public static final SrcLoc NONE = new SrcLoc(null, -1, -1, -1, -1);
}
