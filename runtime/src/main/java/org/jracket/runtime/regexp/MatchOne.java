package org.jracket.runtime.regexp;

import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.io.InputPort;
import org.jracket.runtime.io.OutputPort;
import org.jracket.runtime.prims.Utf8;

/**
 * regexp-match and its variants that find one match: -positions, ?, -exact?, try-match
 * and the peek forms. Arguments: pattern input [start end output-port/progress input-prefix].
 */
final class MatchOne {
    private MatchOne() {}

    enum Kind { MATCH, POSITIONS, BOOL, TRY, PEEK, PEEK_POSITIONS }

    static Object run(String who, Kind kind, Object[] args) {
        Regexp rx = Inputs.pattern(who, args[0]);
        Object input = args[1];
        boolean portOnly = kind == Kind.TRY || kind == Kind.PEEK || kind == Kind.PEEK_POSITIONS;
        if (portOnly ? !(input instanceof InputPort) : !Inputs.isInput(input)) {
            throw Errors.contract(who, portOnly ? "input-port?" : "(or/c bytes? string? input-port? path?)", input);
        }
        OutputPort out = null;
        if (args.length > 4 && args[4] != Boolean.FALSE && !portOnly) {
            if (!(args[4] instanceof OutputPort o)) throw Errors.contract(who, "(or/c output-port? #f)", args[4]);
            out = o;
        }
        if (input instanceof InputPort in) return onPort(who, kind, rx, in, args, out);
        int len = Inputs.externalLength(input);
        int start = Inputs.start(who, args, 2, len);
        int end = Inputs.end(who, args, 3, start, len);
        int[] prefix = Inputs.prefix(who, rx, args, 5);
        Subject s = Inputs.subject(rx, input);
        int us = s.toUnit(start), ue = s.toUnit(end);
        int[] caps = new Finder(rx, s, us, ue, prefix).next(us, -1);
        if (out != null) writeSkipped(out, s, us, caps == null ? ue : caps[0]);
        return result(kind, s, caps);
    }

    private static Object onPort(String who, Kind kind, Regexp rx, InputPort in, Object[] args, OutputPort out) {
        int start = Inputs.start(who, args, 2, Integer.MAX_VALUE);
        long limit = args.length > 3 && args[3] != Boolean.FALSE
                ? Inputs.end(who, args, 3, start, Integer.MAX_VALUE) : -1;
        int[] prefix = Inputs.prefix(who, rx, args, 5);
        byte[] data = Inputs.drain(in, limit);
        Subject s = Subject.ofBytes(rx, data);
        int us = s.toUnit(Math.min(start, data.length));
        int[] caps = new Finder(rx, s, us, s.length(), prefix).next(us, -1);
        if (out != null) writeSkipped(out, s, us, caps == null ? s.length() : caps[0]);
        boolean consumes = kind == Kind.MATCH || kind == Kind.POSITIONS || kind == Kind.BOOL;
        if (caps != null && (consumes || kind == Kind.TRY)) Inputs.consume(in, s.toExternal(caps[1]));
        else if (caps == null && consumes) Inputs.consume(in, data.length);
        return result(kind, s, caps);
    }

    private static void writeSkipped(OutputPort out, Subject s, int from, int to) {
        Object skipped = s.slice(from, to);
        if (skipped instanceof MString m) out.writeBytes(Utf8.encode(m.chars, 0, m.chars.length));
        else out.writeBytes(((Bytes) skipped).bytes);
    }

    static Object result(Kind kind, Subject s, int[] caps) {
        if (caps == null) return Boolean.FALSE;
        return switch (kind) {
            case BOOL -> Boolean.TRUE;
            case POSITIONS, PEEK_POSITIONS -> positions(s, caps);
            default -> strings(s, caps);
        };
    }

    /** The matched text of every group, #f for groups that did not match. */
    static Object strings(Subject s, int[] caps) {
        Object[] items = new Object[caps.length / 2];
        for (int g = 0; g < items.length; g++) {
            items[g] = caps[2 * g] < 0 ? Boolean.FALSE : s.slice(caps[2 * g], caps[2 * g + 1]);
        }
        return Pair.list(items);
    }

    static Object positions(Subject s, int[] caps) {
        Object[] items = new Object[caps.length / 2];
        for (int g = 0; g < items.length; g++) {
            items[g] = caps[2 * g] < 0 ? Boolean.FALSE
                    : new Pair((long) s.toExternal(caps[2 * g]), (long) s.toExternal(caps[2 * g + 1]));
        }
        return Pair.list(items);
    }
}
