package org.jracket.runtime.boot;

import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.eval.Parameter;
import org.jracket.runtime.io.KernelAccess;
import org.jracket.runtime.io.Ports;
import org.jracket.runtime.print.Printer;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * Primitives about the running program and its host: exit, clocks, command-line arguments,
 * and the printing of module-level results. Clocks and exit go through the kernel.
 */
public final class SystemPrims {
    private SystemPrims() {}

    public static final Parameter COMMAND_LINE_ARGUMENTS =
        new Parameter("current-command-line-arguments", new MVector(new Object[0], true),
            Primitive.of1("current-command-line-arguments", SystemPrims::argumentsGuard));

    /** Racket keeps a copy of a vector of strings (later changes to the given vector do not show). */
    private static Object argumentsGuard(Object v) {
        if (v instanceof MVector vec) {
            boolean strings = true;
            for (Object x : vec.items) strings &= x instanceof org.jracket.runtime.data.MString;
            if (strings) return new MVector(vec.items.clone(), false);
        }
        throw org.jracket.runtime.exn.Errors.contract("current-command-line-arguments", "(vectorof string?)", v);
    }

    private static final Primitive DEFAULT_PRINT = Primitive.of1("current-print", v -> {
        if (v != VoidValue.VOID) {
            Printer.print(v, Ports.output());
            Ports.output().writeString("\n");
        }
        return VoidValue.VOID;
    });

    public static final Parameter CURRENT_PRINT = new Parameter("current-print", DEFAULT_PRINT, null);

    private static final Primitive DEFAULT_EXIT = Primitive.of1("exit", v -> {
        int code = v instanceof Long l && l >= 1 && l <= 255 ? l.intValue() : 0;
        Ports.flushAtExit();
        KernelAccess.syscalls().exit(code);
        return VoidValue.VOID;
    });

    public static final Parameter EXIT_HANDLER = new Parameter("exit-handler", DEFAULT_EXIT, null);

    /** Sets current-command-line-arguments to immutable strings. */
    public static void setCommandLine(java.util.List<String> args) {
        Object[] items = new Object[args.size()];
        for (int i = 0; i < items.length; i++) items[i] = MString.immutable(args.get(i));
        COMMAND_LINE_ARGUMENTS.set(new MVector(items, false));
    }

    /** find-system-path 'run-file: the program file racket was started with, else "racket". */
    private static volatile String runFile = "racket";

    public static void setRunFile(String file) { runFile = file == null ? "racket" : file; }

    static String runFile() { return runFile; }

    public static void register(PrimitiveTable t) {
        t.put("current-command-line-arguments", COMMAND_LINE_ARGUMENTS);
        t.put("current-print", CURRENT_PRINT);
        t.put("exit-handler", EXIT_HANDLER);
        t.add(Primitive.ofN("exit", 0, 1, a -> ((Procedure) EXIT_HANDLER.get()).apply1(a.length == 0 ? Boolean.TRUE : a[0])));
        t.add(Primitive.ofN("print-values", 0, -1, a -> {
            Procedure p = (Procedure) CURRENT_PRINT.get();
            for (Object v : a) p.apply1(v);
            return VoidValue.VOID;
        }));
        t.add(Primitive.of0("current-inexact-milliseconds", () -> KernelAccess.syscalls().clockRealtimeMillis()));
        t.add(Primitive.of0("current-inexact-monotonic-milliseconds", () -> KernelAccess.syscalls().clockMonotonicNanos() / 1e6));
        t.add(Primitive.of0("current-milliseconds", () -> (long) KernelAccess.syscalls().clockRealtimeMillis()));
        t.add(Primitive.of0("current-seconds", () -> (long) (KernelAccess.syscalls().clockRealtimeMillis() / 1000)));
        t.add(Primitive.ofN("current-process-milliseconds", 0, 1, a -> KernelAccess.syscalls().cpuTimeMillis()));
        t.add(Primitive.of0("current-gc-milliseconds", () -> GcClock.millis()));
        t.add(Primitive.ofN("collect-garbage", 0, 1, a -> { GcClock.collect(); return VoidValue.VOID; }));
        t.add(Primitive.ofN("system-type", 0, 1, a -> a.length == 0 || a[0] == Symbol.of("os") ? Symbol.of("unix")
            : a[0] == Symbol.of("vm") ? Symbol.of("chez-scheme") : Symbol.of("unix")));
        t.add(Primitive.of0("version", () -> MString.immutable("8.7")));
        t.add(Primitive.of1("getenv", name -> {
            String v = KernelAccess.syscalls().getenv(name.toString());
            return v == null ? Boolean.FALSE : MString.mutable(v);
        }));
        t.put("time-apply", TimeApply.INSTANCE);
        SystemPaths.register(t);
        BaseSupport.register();
        t.add(Primitive.ofN("current-memory-use", 0, 1, a -> {
            Runtime r = Runtime.getRuntime();
            return r.totalMemory() - r.freeMemory();
        }));
    }
}
