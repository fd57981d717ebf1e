package org.jracket.runtime.io;

import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;

/** {@code read-line} / {@code read-bytes-line}: the five separator modes. */
final class LineReader {
    private LineReader() {}

    enum Mode { LINEFEED, RETURN, RETURN_LINEFEED, ANY, ANY_ONE }

    static Mode mode(String who, Object v) {
        if (v instanceof Symbol s) {
            switch (s.name) {
                case "linefeed": return Mode.LINEFEED;
                case "return": return Mode.RETURN;
                case "return-linefeed": return Mode.RETURN_LINEFEED;
                case "any": return Mode.ANY;
                case "any-one": return Mode.ANY_ONE;
                default:
            }
        }
        throw Errors.contract(who, "(or/c 'linefeed 'return 'return-linefeed 'any 'any-one)", v);
    }

    /** Reads one line as code points (chars) or bytes; null at end of file. */
    static StringBuilder readLine(InputPort in, Mode mode, boolean bytes) {
        StringBuilder sb = null;
        while (true) {
            int c = bytes ? in.readByte() : in.readChar();
            if (c == InputPort.EOF) return sb;
            if (sb == null) sb = new StringBuilder();
            if (c == '\n' && (mode == Mode.LINEFEED || mode == Mode.ANY || mode == Mode.ANY_ONE)) return sb;
            if (c == '\r') {
                if (mode == Mode.RETURN || mode == Mode.ANY_ONE) return sb;
                if ((mode == Mode.ANY || mode == Mode.RETURN_LINEFEED) && in.peekByte(0) == '\n') {
                    in.readByte();
                    return sb;
                }
                if (mode == Mode.ANY) return sb;
            }
            sb.appendCodePoint(c);
        }
    }
}
