package org.jracket.runtime.regexp;

/**
 * Repeated searches of one regexp over one subject between start and end, as regexp-match
 * and the iterating functions need. Lookbehind, ^ and \b see nothing before start unless an
 * input prefix is given, which then stands for everything before start.
 */
final class Finder {
    private final Regexp rx;
    private final Backtracker bt;
    /** Subject unit index = backtracker index + shift. */
    private final int shift;

    Finder(Regexp rx, Subject s, int start, int end, int[] prefixUnits) {
        this.rx = rx;
        if (prefixUnits == null || prefixUnits.length == 0) {
            bt = new Backtracker(s.units, start, end, rx.bytes, rx.groups);
            shift = 0;
        } else {
            Subject p = s.withPrefix(prefixUnits, start, end);
            bt = new Backtracker(p.units, 0, p.units.length, rx.bytes, rx.groups);
            shift = start - prefixUnits.length;
        }
    }

    /**
     * The next match starting at or after from (subject units), skipping an empty match
     * at nonEmptyAt (-1 for none): group starts and ends, -1 for groups that did not match;
     * null if there is none.
     */
    int[] next(int from, int nonEmptyAt) {
        if (!bt.search(rx.root, from - shift, nonEmptyAt < 0 ? -1 : nonEmptyAt - shift)) return null;
        int[] caps = bt.caps.clone();
        for (int k = 0; k < caps.length; k++) if (caps[k] >= 0) caps[k] += shift;
        return caps;
    }
}
