package org.jracket.runtime.print;

import java.util.concurrent.CopyOnWriteArrayList;
import org.jracket.runtime.data.StructProperty;
import org.jracket.runtime.io.OutputPort;

/**
 * Where other parts of the runtime plug into the printer without the printer depending on
 * them: the struct implementation names its {@code prop:custom-write} and
 * {@code prop:custom-print-quotable} properties here, and any value type the printer does
 * not know (threads, semaphores, struct types, ...) can register an {@link Extension}.
 */
public final class PrintHooks {
    private PrintHooks() {}

    /** prop:custom-write; its value is a procedure called as (proc v port mode). */
    public static volatile StructProperty customWrite;
    /** prop:custom-print-quotable; value one of the symbols self, never, maybe, always. */
    public static volatile StructProperty customPrintQuotable;

    /** Prints values of a type the printer does not know. */
    @FunctionalInterface
    public interface Extension {
        /** Prints v and returns true, or returns false if v is not this extension's type. */
        boolean print(Object v, OutputPort out, PrintMode mode);
    }

    static final CopyOnWriteArrayList<Extension> EXTENSIONS = new CopyOnWriteArrayList<>();

    public static void addExtension(Extension e) { EXTENSIONS.add(e); }

    static boolean tryExtensions(Object v, OutputPort out, PrintMode mode) {
        for (Extension e : EXTENSIONS) if (e.print(v, out, mode)) return true;
        return false;
    }
}
