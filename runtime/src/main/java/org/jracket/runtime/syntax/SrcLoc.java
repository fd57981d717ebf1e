package org.jracket.runtime.syntax;

/**
 * A source location: source (usually a path string or symbol), 1-based line, 0-based
 * column, 1-based position, span; unknown parts are -1.
 */
public record SrcLoc(Object source, int line, int column, int position, int span) {
    public static final SrcLoc NONE = new SrcLoc(null, -1, -1, -1, -1);

    /** The source as text: a path's or a symbol's, else its string form; null without one. */
    public String sourceText() {
        if (source == null) return null;
        return source instanceof org.jracket.runtime.data.Symbol sym ? sym.name
                : source instanceof org.jracket.runtime.io.Path p ? p.text : String.valueOf(source);
    }

    /**
     * As Racket shows a location in messages: {@code SOURCE:LINE:COLUMN}, else
     * {@code SOURCE::POSITION}, with a path under directory dir (null: none) shown relative to
     * it; null without a source or a line or position.
     */
    public String describe(String dir) {
        if (source == null || (line < 0 && position < 0)) return null;
        String src = sourceText();
        if (dir != null && src.startsWith("/")) {
            String d = dir.endsWith("/") ? dir : dir + "/";
            if (src.startsWith(d)) src = src.substring(d.length());
        }
        return line >= 0 ? src + ":" + line + ":" + Math.max(column, 0) : src + "::" + position;
    }
}
