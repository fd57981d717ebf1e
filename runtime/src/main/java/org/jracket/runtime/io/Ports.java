package org.jracket.runtime.io;

import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.eval.Parameter;
import org.jracket.runtime.exn.Errors;

/**
 * The standard port parameters. Their initial values are fd ports bound to descriptors
 * 0/1/2 of whichever task uses them (the SystemCalls are looked up per call), so the
 * single-place case needs no setup; a host running several places calls
 * {@link #installStandardPorts} in each place so that buffers are not shared.
 */
public final class Ports {
    private Ports() {}

    public static final Parameter CURRENT_OUTPUT_PORT = new Parameter("current-output-port",
            newStdout(), guard("current-output-port", "output-port?", OutputPort.class));
    public static final Parameter CURRENT_ERROR_PORT = new Parameter("current-error-port",
            newStderr(), guard("current-error-port", "output-port?", OutputPort.class));
    public static final Parameter CURRENT_INPUT_PORT = new Parameter("current-input-port",
            newStdin(), guard("current-input-port", "input-port?", InputPort.class));

    private static Primitive guard(String who, String expected, Class<?> cls) {
        return Primitive.of1(who, v -> {
            if (!cls.isInstance(v)) throw Errors.contract(who, expected, v);
            return v;
        });
    }

    private static FdOutputPort newStdout() {
        return new FdOutputPort(Symbol.of("stdout"), null, SystemCalls.STDOUT, false, FdOutputPort.BufferMode.BLOCK);
    }

    private static FdOutputPort newStderr() {
        return new FdOutputPort(Symbol.of("stderr"), null, SystemCalls.STDERR, false, FdOutputPort.BufferMode.NONE);
    }

    private static FdInputPort newStdin() {
        // Reading the console flushes pending output first, so prompts appear before input.
        return new FdInputPort(Symbol.of("stdin"), null, SystemCalls.STDIN, false,
                () -> output().flush());
    }

    /** Gives the current place fresh standard ports (call once per place at boot). */
    public static void installStandardPorts() {
        CURRENT_OUTPUT_PORT.set(newStdout());
        CURRENT_ERROR_PORT.set(newStderr());
        CURRENT_INPUT_PORT.set(newStdin());
    }

    public static OutputPort output() { return (OutputPort) CURRENT_OUTPUT_PORT.get(); }
    public static OutputPort error() { return (OutputPort) CURRENT_ERROR_PORT.get(); }
    public static InputPort input() { return (InputPort) CURRENT_INPUT_PORT.get(); }

    /** Flushes the current output and error ports (at exit), then all fd ports. */
    public static void flushAtExit() {
        try { output().flush(); } catch (RuntimeException ignored) { /* keep exiting */ }
        try { error().flush(); } catch (RuntimeException ignored) { /* keep exiting */ }
        Plumber.flushAll();
    }
}
