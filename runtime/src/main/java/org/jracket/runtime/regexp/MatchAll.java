package org.jracket.runtime.regexp;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.io.InputPort;

/**
 * The functions that walk every match: regexp-match*, regexp-match-positions*, regexp-split.
 * After an empty match at p the next match may start at p too but must not be empty there,
 * which is how Racket yields both "" and "a" at 0 for (regexp-match* "|a" "a").
 */
final class MatchAll {
    private MatchAll() {}

    /** A subject with the unit range [start, end] the caller asked for. */
    record Span(Regexp rx, Subject s, int start, int end, int[] prefix) {}

    /** Decodes pattern input [start end input-prefix] at args[from..]; drains ports. */
    static Span span(String who, Object[] args, int from) {
        Regexp rx = Inputs.pattern(who, args[from]);
        Object input = args[from + 1];
        if (!Inputs.isInput(input)) throw Errors.contract(who, "(or/c string? bytes? path? input-port?)", input);
        Object[] rest = new Object[args.length - from];
        System.arraycopy(args, from, rest, 0, rest.length);
        int[] prefix = Inputs.prefix(who, rx, rest, 4);
        if (input instanceof InputPort in) {
            int start = Inputs.start(who, rest, 2, Integer.MAX_VALUE);
            long limit = rest.length > 3 && rest[3] != Boolean.FALSE ? Inputs.end(who, rest, 3, start, Integer.MAX_VALUE) : -1;
            byte[] data = Inputs.drain(in, limit);
            Inputs.consume(in, data.length);
            Subject s = Subject.ofBytes(rx, data);
            return new Span(rx, s, s.toUnit(Math.min(start, data.length)), s.length(), prefix);
        }
        int len = Inputs.externalLength(input);
        int start = Inputs.start(who, rest, 2, len);
        int end = Inputs.end(who, rest, 3, start, len);
        Subject s = Inputs.subject(rx, input);
        return new Span(rx, s, s.toUnit(start), s.toUnit(end), prefix);
    }

    static List<int[]> matches(Span sp) { return matches(sp, true); }

    /**
     * Every match in the span. With retryEmpty an empty match at p is followed by a search
     * for a non-empty one at p (regexp-match*, regexp-split); without, the search moves on
     * to p + 1 (regexp-replace*).
     */
    static List<int[]> matches(Span sp, boolean retryEmpty) {
        Finder f = new Finder(sp.rx(), sp.s(), sp.start(), sp.end(), sp.prefix());
        List<int[]> all = new ArrayList<>();
        int pos = sp.start(), nonEmptyAt = -1;
        while (pos <= sp.end()) {
            int[] caps = f.next(pos, nonEmptyAt);
            if (caps == null) break;
            all.add(caps);
            boolean empty = caps[0] == caps[1];
            pos = empty && !retryEmpty ? caps[1] + 1 : caps[1];
            nonEmptyAt = empty && retryEmpty ? caps[1] : -1;
        }
        return all;
    }

    /** (regexp-match*-impl who positions? match-select gap-select? pattern input [start end prefix]) */
    static Object matchStar(Object[] args) {
        String who = args[0] instanceof org.jracket.runtime.data.Symbol sym ? sym.name : "regexp-match*";
        boolean positions = args[1] != Boolean.FALSE;
        Procedure select = args[2] instanceof Procedure p ? p : null;
        boolean gaps = args[3] != Boolean.FALSE;
        Span sp = span(who, args, 4);
        Subject s = sp.s();
        List<Object> out = new ArrayList<>();
        int prev = sp.start();
        for (int[] caps : matches(sp)) {
            if (gaps) out.add(piece(s, positions, prev, caps[0]));
            Object groups = positions ? MatchOne.positions(s, caps) : MatchOne.strings(s, caps);
            out.add(select == null ? ((Pair) groups).car : select.apply1(groups));
            prev = caps[1];
        }
        if (gaps) out.add(piece(s, positions, prev, sp.end()));
        return Pair.list(out.toArray());
    }

    private static Object piece(Subject s, boolean positions, int from, int to) {
        return positions ? new Pair((long) s.toExternal(from), (long) s.toExternal(to)) : s.slice(from, to);
    }

    /** (regexp-split pattern input [start end input-prefix]) */
    static Object split(Object[] args) {
        Span sp = span("regexp-split", args, 0);
        List<Object> out = new ArrayList<>();
        int prev = sp.start();
        for (int[] caps : matches(sp)) {
            out.add(sp.s().slice(prev, caps[0]));
            prev = caps[1];
        }
        out.add(sp.s().slice(prev, sp.end()));
        return out.isEmpty() ? Null.NULL : Pair.list(out.toArray());
    }
}
