package org.jracket.runtime.eval;

import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.io.KernelAccess;
import org.jracket.runtime.io.Ports;
import org.jracket.runtime.prims.PrimitiveTable;
import org.jracket.runtime.print.PrintParams;
import org.jracket.runtime.syntax.Syntax;

/**
 * Racket's raise: the current exception handler (the innermost value of the
 * {@code exception-handler-key} mark) is called in the dynamic context of the raise, with
 * the handler installed before it current. Handlers escape (with-handlers) or, for an
 * uncaught exception, the uncaught-exception handler prints the error and escapes.
 */
public final class ExceptionHandling {
    private ExceptionHandling() {}

    /** The continuation-mark key under which exception handlers are installed. */
    public static final Object HANDLER_KEY = new ContinuationMarks.Key("exception-handler-key");

    private static final Primitive DEFAULT_ERROR_DISPLAY = Primitive.of2("default-error-display-handler", (msg, exn) -> {
        Ports.output().flush();
        var err = Ports.error();
        err.writeString(msg.toString());
        err.writeString(syntaxLocations(exn));
        err.writeString("\n");
        err.flush();
        return VoidValue.VOID;
    });

    /**
     * Racket's display of a syntax error ends with the locations of its expressions that have
     * one: {@code "\n  location...:\n   src:line:col"}, one line each, unless
     * error-print-context-length is 0.
     */
    private static String syntaxLocations(Object exn) {
        if (!(exn instanceof Struct s) || !s.type.isSubtypeOf(ExnTypes.SYNTAX)
                || Long.valueOf(0).equals(PrintParams.ERROR_PRINT_CONTEXT_LENGTH.get())) return "";
        StringBuilder sb = new StringBuilder();
        String dir = KernelAccess.currentDirectory();
        for (Object e = s.fields[2]; e instanceof Pair p; e = p.cdr) {
            String where = p.car instanceof Syntax stx && stx.loc != null ? stx.loc.describe(dir) : null;
            if (where != null) sb.append(sb.isEmpty() ? "\n  location...:" : "").append("\n   ").append(where);
        }
        return sb.toString();
    }

    public static final Parameter ERROR_DISPLAY_HANDLER = new Parameter("error-display-handler", DEFAULT_ERROR_DISPLAY, null);

    private static final ControlProcedure DEFAULT_ESCAPE = new ControlProcedure("default-error-escape-handler", 1) {
        @Override Object applyControl(Machine m, Object[] a) {
            throw new AbortSignal(PromptTag.DEFAULT, new Object[] {Primitive.of0("void", () -> VoidValue.VOID)}, m.winders);
        }
    };

    public static final Parameter ERROR_ESCAPE_HANDLER = new Parameter("error-escape-handler", DEFAULT_ESCAPE, null);

    private static final ControlProcedure DEFAULT_UNCAUGHT = new ControlProcedure("default-uncaught-exception-handler", 2) {
        @Override Object applyControl(Machine m, Object[] a) {
            Object v = a[0];
            String msg = ExnTypes.isExn(v) ? Errors.messageOf(v)
                : "uncaught exception: " + org.jracket.runtime.print.Printer.toPrintString(v);
            // as in Racket, a hang-up break ends quietly
            boolean hangUp = v instanceof org.jracket.runtime.data.Struct s && s.type.isSubtypeOf(ExnTypes.BREAK_HANG_UP);
            if (!hangUp) m.call(ERROR_DISPLAY_HANDLER.get(), new Object[] {org.jracket.runtime.data.MString.immutable(msg), v});
            return m.tailCall(ERROR_ESCAPE_HANDLER.get(), Procedure.NO_ARGS);
        }
    };

    public static final Parameter UNCAUGHT_EXCEPTION_HANDLER = new Parameter("uncaught-exception-handler", DEFAULT_UNCAUGHT, null);

    /** Calls the uncaught-exception handler (the bottom of every handler chain). */
    private static final ControlProcedure UNCAUGHT = new ControlProcedure("uncaught", 2) {
        @Override Object applyControl(Machine m, Object[] a) {
            return m.tailCall(UNCAUGHT_EXCEPTION_HANDLER.get(), a);
        }
    };

    /**
     * Raises v in the current context; returns only for a continuable raise. Each handler runs
     * with the handler installed before it current; when a handler returns from a
     * non-continuable raise, its result is propagated to that previous handler, as in Racket.
     */
    static Object raise(Machine m, Object v, boolean continuable) {
        MarkFrame from = m.marks;
        while (true) {
            Object handler = UNCAUGHT;
            MarkFrame below = null;
            for (MarkFrame f = from; f != null; f = f.next) {
                if (f.key == HANDLER_KEY) { handler = f.value; below = f.next; break; }
            }
            if (handler == UNCAUGHT && m.topLevels == 0) {
                // Not under a Racket top level (Java code calling into the runtime, e.g. a
                // test or an embedder): the raise surfaces as a Java exception.
                throw new org.jracket.runtime.exn.RacketException(v, continuable);
            }
            Object next = UNCAUGHT;
            for (MarkFrame f = below; f != null; f = f.next) {
                if (f.key == HANDLER_KEY) { next = f.value; break; }
            }
            MarkFrame savedMarks = m.marks, savedBase = m.frameBase;
            Object r;
            m.frameBase = m.marks;
            m.marks = new MarkFrame(HANDLER_KEY, next, m.marks);
            try {
                r = m.call(handler, new Object[] {v});
            } finally {
                m.marks = savedMarks;
                m.frameBase = savedBase;
            }
            if (continuable) return r;
            if (handler == UNCAUGHT) {
                // The uncaught-exception handler must escape; if it returned, abort anyway.
                throw new AbortSignal(PromptTag.DEFAULT, new Object[] {Primitive.of0("void", () -> VoidValue.VOID)}, m.winders);
            }
            v = r;
            from = below;
        }
    }

    /** Installs this raise as the one used by Java primitives (Errors.raise). */
    public static void install() {
        Errors.installRaiser((v, continuable) -> {
            raise(Machine.current(), v, false);
            return new IllegalStateException("unreachable: raise returned");
        });
        Parameterization.installSource(() -> ParameterPrims.current(Machine.current()));
        Errors.installMarksSource(() -> new ContinuationMarks.MarkSet(Machine.current().marks, PromptTag.DEFAULT));
    }

    static void register(PrimitiveTable t) {
        t.put("exception-handler-key", HANDLER_KEY);
        t.put("raise", new ControlProcedure("raise", Procedure.maskRange(1, 2)) {
            @Override Object applyControl(Machine m, Object[] a) { checkArity(a); return raise(m, a[0], false); }
        });
        t.put("raise-continuable", new ControlProcedure("raise-continuable", Procedure.maskExactly(1)) {
            @Override Object applyControl(Machine m, Object[] a) { checkArity(a); return raise(m, a[0], true); }
        });
        t.put("call-with-exception-handler", new ControlProcedure("call-with-exception-handler", Procedure.maskExactly(2)) {
            @Override Object applyControl(Machine m, Object[] a) {
                checkArity(a);
                // A frame of its own, so the handler never replaces one installed by the
                // caller's frame: handlers chain (a returning handler passes to the previous).
                MarkFrame savedMarks = m.marks, savedBase = m.frameBase;
                m.frameBase = m.marks;
                m.setMark(HANDLER_KEY, a[0]);
                try {
                    return m.call(a[1], Procedure.NO_ARGS);
                } finally {
                    m.marks = savedMarks;
                    m.frameBase = savedBase;
                }
            }
        });
        t.put("uncaught-exception-handler", UNCAUGHT_EXCEPTION_HANDLER);
        t.put("error-display-handler", ERROR_DISPLAY_HANDLER);
        t.put("error-escape-handler", ERROR_ESCAPE_HANDLER);
    }
}
