package org.jracket.runtime.parallel;

import org.jracket.runtime.data.StructType;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.log.LogLevel;
import org.jracket.runtime.log.Logger;
import org.jracket.runtime.log.RuntimeEvents;
import org.jracket.runtime.num.FlonumPrinter;

/**
 * Racket's future events, for drawing a future timeline: a {@code 'future} debug event on the
 * place's root logger whose data is {@code #s(future-event future-id proc-id action time
 * prim-name user-data)}; proc-id is the worker (0 for the place's own threads). The message
 * is Racket's text for the action. Callers test {@link #on} first: one cached level check
 * when nobody listens.
 */
final class FutureEvents {
    private FutureEvents() {}

    static final Symbol TOPIC = Symbol.of("future");
    private static volatile StructType type;

    static boolean on(Logger root) { return root.wants(LogLevel.DEBUG, TOPIC); }

    /** Logs action (a Racket action symbol name) for the future with id (null: none). */
    static void log(Logger root, double time, Long id, int proc, String action, Symbol prim, Object userData) {
        StructType t = type;
        if (t == null) type = t = RuntimeEvents.prefab("future-event", 6);
        String what = proc == 0 && action.equals("block") ? "HANDLING: " + (prim == null ? "[unknown]" : prim.name)
            : proc == 0 && action.equals("sync") ? "synchronizing: " + (prim == null ? "[unknown]" : prim.name)
            : text(action);
        String msg = "id " + (id == null ? "-1" : id.toString()) + ", process " + proc + ": " + what
            + "; time: " + FlonumPrinter.toString(time);
        Object data = RuntimeEvents.make(t, id == null ? Boolean.FALSE : id, (long) proc, Symbol.of(action), time,
            prim == null ? Boolean.FALSE : prim, userData);
        RuntimeEvents.debug(root, TOPIC, msg, data);
    }

    private static String text(String action) {
        return switch (action) {
            case "create" -> "created";
            case "complete" -> "completed";
            case "start-work" -> "started work";
            case "end-work" -> "ended work";
            case "block" -> "BLOCKING on process 0";
            case "sync" -> "synchronizing with process 0";
            case "touch" -> "touching future: touch";
            case "result" -> "result determined";
            case "suspend" -> "suspended";
            case "touch-pause" -> "paused for touch";
            case "touch-resume" -> "resumed for touch";
            default -> "[unknown action]";
        };
    }
}
