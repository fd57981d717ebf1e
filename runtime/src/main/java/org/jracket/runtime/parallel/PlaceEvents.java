package org.jracket.runtime.parallel;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.jracket.runtime.data.StructType;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.eval.PlaceContext;
import org.jracket.runtime.log.LogLevel;
import org.jracket.runtime.log.Logger;
import org.jracket.runtime.log.RootLoggers;
import org.jracket.runtime.log.RuntimeEvents;

/**
 * Racket's place events: a {@code 'place} debug event on the acting place's root logger, data
 * {@code #s(place-event place-id action value time)}, for creating a place, putting and getting
 * a message, and reaping an ended place. The first place is id 0, created ones 1, 2, ...
 */
final class PlaceEvents {
    private PlaceEvents() {}

    private static final Symbol TOPIC = Symbol.of("place");
    private static final Map<PlaceContext, Long> IDS = Collections.synchronizedMap(new WeakHashMap<>());
    private static volatile StructType type;

    /** Records the calling thread's place as place id (a new place, at boot). */
    static void enter(long id) { IDS.put(PlaceContext.current(), id); }

    /** Logs action ("create", "put", "get", "reap") by the calling thread's place; value is the other place's id or null. */
    static void log(String action, Long value) {
        if (!Logger.debugListened()) return;
        PlaceContext here;
        try {
            here = PlaceContext.current();
        } catch (IllegalStateException notInAPlace) {
            return; // a host thread using a place channel (embedding, tests): no place to log for
        }
        Logger root = RootLoggers.of(here);
        if (!root.wants(LogLevel.DEBUG, TOPIC)) return;
        StructType t = type;
        if (t == null) type = t = RuntimeEvents.prefab("place-event", 4);
        long self = IDS.getOrDefault(here, 0L);
        String what = value == null ? action + " message" : action + " " + value;
        Object data = RuntimeEvents.make(t, self, Symbol.of(action), value == null ? Boolean.FALSE : value,
            here.syscalls.clockRealtimeMillis());
        RuntimeEvents.debug(root, TOPIC, "id " + self + ": " + what, data);
    }
}
