package org.jracket.runtime.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.eval.PlaceContext;

/**
 * Each place has its own root logger (current-logger's initial value there, and where the
 * runtime's own events, such as future events, go). Its standard-error receiver takes what
 * PLT_STDERR asks for, "error" by default, as in Racket.
 */
public final class RootLoggers {
    private RootLoggers() {}

    private static final Map<PlaceContext, Logger> ROOTS = Collections.synchronizedMap(new WeakHashMap<>());

    /** The place's root logger (places not booted through {@link #install} share current-logger's initial value). */
    public static Logger of(PlaceContext place) {
        Logger l = ROOTS.get(place);
        return l != null ? l : LoggingPrims.DETACHED_ROOT;
    }

    /** Gives the calling thread's place its root logger, writing to the task's stderr (once per place, at boot). */
    public static void install(SystemCalls sys) {
        Logger root = new Logger(null, null, TopicLevels.of(LogLevel.DEBUG));
        root.add(new StderrReceiver(stderrLevels(sys.getenv("PLT_STDERR")), sys), true);
        ROOTS.put(PlaceContext.current(), root);
        LoggingPrims.CURRENT_LOGGER.set(root);
    }

    /**
     * Parses PLT_STDERR: space-separated {@code level} or {@code level@topic}; anything
     * unreadable leaves the default, error.
     */
    static TopicLevels stderrLevels(String spec) {
        if (spec == null) return TopicLevels.of(LogLevel.ERROR);
        ArrayList<Object> args = new ArrayList<>();
        Object dflt = null;
        for (String part : spec.trim().split("\\s+")) {
            if (part.isEmpty()) continue;
            int at = part.indexOf('@');
            Symbol level = Symbol.of(at < 0 ? part : part.substring(0, at));
            if (LogLevel.of(level) < 0) return TopicLevels.of(LogLevel.ERROR);
            if (at < 0) dflt = level;
            else { args.add(level); args.add(Symbol.of(part.substring(at + 1))); }
        }
        args.add(dflt == null ? LogLevel.symbol(LogLevel.NONE) : dflt);
        return TopicLevels.parse("PLT_STDERR", args.toArray(), 0, LogLevel.NONE);
    }
}
