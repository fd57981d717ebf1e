package org.jracket.runtime.log;

import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.StructType;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.prims.KernelPrimitives;

/**
 * What the runtime itself logs (future and place events): debug-level events on a place's
 * root logger, whose data is a prefab struct, with the message already carrying its topic.
 * Callers first ask {@link Logger#wants} so that nothing is built when nobody listens.
 */
public final class RuntimeEvents {
    private RuntimeEvents() {}

    /** The prefab struct type named name with n fields (the same type as {@code #s(name ...)} literals). */
    public static StructType prefab(String name, int fields) {
        Procedure keyToType = (Procedure) KernelPrimitives.table().get("prefab-key->struct-type");
        return (StructType) keyToType.apply2(Symbol.of(name), (long) fields);
    }

    public static Struct make(StructType type, Object... fields) { return new Struct(type, fields); }

    /** Logs at debug level with the given topic, message "topic: text" and data. */
    public static void debug(Logger root, Symbol topic, String text, Object data) {
        root.log(LogLevel.DEBUG, topic, topic.name + ": " + text, data, false);
    }
}
