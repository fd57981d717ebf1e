package org.jracket.runtime.log;

import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.eval.Parameter;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/** Loggers and log receivers in {@code #%kernel} (racket/base); the log-* forms are in collects/racket/private/logger.rkt. */
public final class LoggingPrims {
    private LoggingPrims() {}

    /** Without a booted place (embedding, tests) loggers still work, into this root. */
    static final Logger DETACHED_ROOT = new Logger(null, null, TopicLevels.of(LogLevel.DEBUG));

    static final Parameter CURRENT_LOGGER = new Parameter("current-logger", DETACHED_ROOT,
        Primitive.of1("current-logger", v -> logger("current-logger", v)));

    private static Object bool(boolean b) { return b ? Boolean.TRUE : Boolean.FALSE; }

    static Logger logger(String who, Object v) {
        if (v instanceof Logger l) return l;
        throw Errors.contract(who, "logger?", v);
    }

    private static Symbol topic(String who, Object v) {
        if (v == Boolean.FALSE) return null;
        if (v instanceof Symbol s) return s;
        throw Errors.contract(who, "(or/c #f symbol?)", v);
    }

    public static void register(PrimitiveTable t) {
        t.put("current-logger", CURRENT_LOGGER);
        t.add(Primitive.ofN("make-logger", 0, -1, a -> {
            Symbol name = null;
            if (a.length > 0 && a[0] != Boolean.FALSE) {
                if (!(a[0] instanceof Symbol s)) throw Errors.contract("make-logger", "(or/c symbol? #f)", a[0]);
                name = s;
            }
            Logger parent = null;
            if (a.length > 1 && a[1] != Boolean.FALSE) {
                if (!(a[1] instanceof Logger p)) throw Errors.contract("make-logger", "(or/c logger? #f)", a[1]);
                parent = p;
            }
            return new Logger(name, parent, TopicLevels.parse("make-logger", a, 2, LogLevel.DEBUG));
        }));
        t.add(Primitive.of1("logger?", v -> bool(v instanceof Logger)));
        t.add(Primitive.of1("logger-name", v -> {
            Symbol n = logger("logger-name", v).name;
            return n == null ? Boolean.FALSE : n;
        }));
        t.add(Primitive.ofN("log-message", 3, 6, LoggingPrims::logMessage));
        t.add(Primitive.ofN("log-level?", 2, 3, a -> {
            Logger l = logger("log-level?", a[0]);
            int level = LogLevel.check("log-level?", a[1]);
            Symbol tp = a.length > 2 ? topic("log-level?", a[2]) : null;
            return bool(l.wants(level, tp));
        }));
        t.add(Primitive.ofN("log-max-level", 1, 2, a -> {
            Logger l = logger("log-max-level", a[0]);
            Symbol tp = a.length > 1 ? topic("log-max-level", a[1]) : null;
            return LogLevel.toRacket(l.wanted(tp));
        }));
        t.add(Primitive.of1("log-all-levels", v -> logger("log-all-levels", v).allLevels()));
        t.add(Primitive.of1("log-level-evt", v -> new LevelChangeEvt(logger("log-level-evt", v).clock)));
        t.add(Primitive.ofN("make-log-receiver", 2, -1, a -> {
            Logger l = logger("make-log-receiver", a[0]);
            LogReceiver r = new LogReceiver(TopicLevels.parse("make-log-receiver", a, 1, LogLevel.NONE));
            l.add(r, false);
            return r;
        }));
        t.add(Primitive.of1("log-receiver?", v -> bool(v instanceof LogReceiver)));
    }

    /**
     * {@code (log-message logger level [topic] message [data] [prefix?])}: a string in third
     * place is the message (the topic is then the logger's name), else the topic.
     */
    private static Object logMessage(Object[] a) {
        String who = "log-message";
        Object loggerName = a[0] instanceof Logger l && l.name != null ? l.name : Boolean.FALSE;
        Object topic, message, data = Boolean.FALSE, prefix = Boolean.TRUE;
        if (a.length == 3) {
            topic = loggerName;
            message = a[2];
        } else if (a[2] instanceof MString || a.length == 6) {
            topic = a.length == 6 ? a[2] : loggerName;
            int m = a.length == 6 ? 3 : 2;
            message = a[m];
            if (m + 1 < a.length) data = a[m + 1];
            if (m + 2 < a.length) prefix = a[m + 2];
        } else if (a[2] == Boolean.FALSE || a[2] instanceof Symbol) {
            topic = a[2];
            message = a[3];
            if (a.length > 4) data = a[4];
        } else {
            logger(who, a[0]);
            LogLevel.check(who, a[1]);
            throw Errors.contract(who, "(or/c string? symbol?)", a[2]);
        }
        Logger l = logger(who, a[0]);
        int level = LogLevel.check(who, a[1]);
        Symbol tp = topic(who, topic);
        if (!(message instanceof MString s)) throw Errors.contract(who, "string?", message);
        l.log(level, tp, s.toString(), data, prefix != Boolean.FALSE);
        return org.jracket.runtime.data.VoidValue.VOID;
    }
}
