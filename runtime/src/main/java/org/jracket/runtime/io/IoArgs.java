package org.jracket.runtime.io;

import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.exn.Errors;

/** Argument checks shared by the port and file primitives (Racket's contract messages). */
final class IoArgs {
    private IoArgs() {}

    /** The input port argument (default: current-input-port), which must be open. */
    static InputPort in(String who, Object[] a, int i) {
        InputPort p;
        if (i >= a.length) p = Ports.input();
        else if (a[i] instanceof InputPort q) p = q;
        else throw Errors.contractArg(who, "input-port?", i, a);
        if (p.isClosed()) p.checkOpen(who.equals("read") || who.equals("read-syntax") ? "read-char-or-special" : who);
        return p;
    }

    /** The output port argument (default: current-output-port), which must be open. */
    static OutputPort out(String who, Object[] a, int i) {
        OutputPort p;
        if (i >= a.length) p = Ports.output();
        else if (a[i] instanceof OutputPort q) p = q;
        else throw Errors.contractArg(who, "output-port?", i, a);
        if (p.isClosed()) p.checkOpen(closedName(who));
        return p;
    }

    /** Racket reports printing to a closed port as a failed write-string. */
    private static String closedName(String who) {
        return switch (who) {
            case "display", "write", "print", "displayln", "writeln", "println", "fprintf", "printf", "eprintf" -> "write-string";
            default -> who;
        };
    }

    /** An optional natural argument, or dflt when absent. */
    static int naturalOr(String who, Object[] a, int i, int dflt) {
        return i < a.length ? natural(who, a, i) : dflt;
    }

    static MString string(String who, Object[] a, int i) {
        if (a[i] instanceof MString s) return s;
        throw Errors.contractArg(who, "string?", i, a);
    }

    static Bytes bytes(String who, Object[] a, int i) {
        if (a[i] instanceof Bytes b) return b;
        throw Errors.contractArg(who, "bytes?", i, a);
    }

    static int natural(String who, Object[] a, int i) {
        if (a[i] instanceof Long n && n >= 0 && n <= Integer.MAX_VALUE) return (int) (long) n;
        throw Errors.contractArg(who, "exact-nonnegative-integer?", i, a);
    }

    /** A path-string argument as text ("path-string?"). */
    static String pathString(String who, Object[] a, int i) {
        Object v = a[i];
        if (v instanceof Path p) return p.text;
        if (v instanceof MString s && s.length() > 0 && s.toString().indexOf('\0') < 0) return s.toString();
        throw Errors.contractArg(who, "path-string?", i, a);
    }
}
