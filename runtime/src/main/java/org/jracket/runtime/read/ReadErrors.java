package org.jracket.runtime.read;

import org.jracket.runtime.data.Null;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.io.Path;
import org.jracket.runtime.print.Printer;

/**
 * exn:fail:read messages, prefixed the way Racket does: "src:line:col: who: msg" when line
 * counting is on, "src::pos: who: msg" otherwise. The srclocs field is left empty until a
 * srcloc struct exists in the runtime.
 */
final class ReadErrors {
    private ReadErrors() {}

    static String sourceText(Object source) {
        if (source == null) return "";
        if (source instanceof Path p) return p.text;
        return Printer.toDisplayString(source);
    }

    static RuntimeException error(boolean eof, Object source, int line, int col, long pos, String who, String msg) {
        String where = sourceText(source);
        if (line >= 0) where += ":" + line + ":" + col;
        else if (pos >= 0) where += "::" + pos;
        String text = (where.isEmpty() ? "" : where + ": ") + who + ": " + msg;
        return Errors.raise(eof ? ExnTypes.READ_EOF : ExnTypes.READ, text, Null.NULL);
    }
}
