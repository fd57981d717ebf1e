package org.jracket.runtime.io;

/**
 * A Racket path (Unix convention). The text is kept as given: Racket does not normalize
 * paths when building them, and prints them back verbatim as {@code #<path:...>}.
 */
public final class Path {
    public final String text;

    public Path(String text) { this.text = text; }

    public boolean isAbsolute() { return text.startsWith("/"); }

    /** True if the path syntactically names a directory (ends in "/", "." or ".."). */
    public boolean isDirectorySyntax() {
        return text.endsWith("/") || text.equals(".") || text.equals("..")
            || text.endsWith("/.") || text.endsWith("/..");
    }

    @Override public boolean equals(Object o) { return o instanceof Path p && p.text.equals(text); }
    @Override public int hashCode() { return text.hashCode(); }
    @Override public String toString() { return "#<path:" + text + ">"; }
}
