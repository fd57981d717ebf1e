package org.jracket.runtime.log;

import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;

/**
 * Racket's log levels as small ints, ordered by detail: a receiver at a level gets events at
 * that level and every less detailed one, so "wanted" comparisons are plain {@code >=}.
 */
public final class LogLevel {
    private LogLevel() {}

    public static final int NONE = 0, FATAL = 1, ERROR = 2, WARNING = 3, INFO = 4, DEBUG = 5;

    private static final Symbol[] NAMES = {
        Symbol.of("none"), Symbol.of("fatal"), Symbol.of("error"), Symbol.of("warning"), Symbol.of("info"), Symbol.of("debug")};

    static final String CONTRACT = "(or/c 'none 'fatal 'error 'warning 'info 'debug)";

    /** The level named by v, or -1. */
    public static int of(Object v) {
        for (int i = 0; i < NAMES.length; i++) if (NAMES[i] == v) return i;
        return -1;
    }

    static int check(String who, Object v) {
        int l = of(v);
        if (l < 0) throw Errors.contract(who, CONTRACT, v);
        return l;
    }

    public static Symbol symbol(int level) { return NAMES[level]; }

    /** As log-max-level reports it: #f for none. */
    static Object toRacket(int level) { return level == NONE ? Boolean.FALSE : NAMES[level]; }
}
