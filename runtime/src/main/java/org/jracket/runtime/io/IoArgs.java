package org.jracket.runtime.io;

import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.exn.Errors;

/** Argument checks shared by the port and file primitives (Racket's contract messages). */
final class IoArgs {
    private IoArgs() {}

    static InputPort in(String who, Object[] a, int i) {
        if (i >= a.length) return Ports.input();
        if (a[i] instanceof InputPort p) return p;
        throw Errors.contractArg(who, "input-port?", i, a);
    }

    static OutputPort out(String who, Object[] a, int i) {
        if (i >= a.length) return Ports.output();
        if (a[i] instanceof OutputPort p) return p;
        throw Errors.contractArg(who, "output-port?", i, a);
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
