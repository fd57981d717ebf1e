package org.jracket.runtime.boot;

import org.jracket.runtime.data.Eof;
import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.eval.Evaluator;
import org.jracket.runtime.eval.ExceptionHandling;
import org.jracket.runtime.io.InputPort;
import org.jracket.runtime.io.KernelAccess;
import org.jracket.runtime.io.Ports;

/**
 * What the command line does with a running runtime: evaluate expressions, load files,
 * require modules, run the REPL. Each action runs at the top level under a prompt, so an
 * uncaught error (reported by the uncaught-exception handler) ends just that action, and
 * the command line decides the exit status, as {@code racket} does.
 */
public final class RacketSession {
    private final TopLevel top;

    private RacketSession(TopLevel top) { this.top = top; }

    /**
     * A session whose top-level namespace has {@code racket} required when initLibrary is set,
     * and {@code racket/init}, which makes results print through pretty-print as racket's do.
     */
    public static RacketSession start(boolean initLibrary) {
        TopLevel top = TopLevel.create();
        RacketSession s = new RacketSession(top);
        if (initLibrary && !s.run(() -> { top.require("racket"); top.require("racket/init"); return VoidValue.VOID; })) {
            throw new IllegalStateException("jracket: could not load the init library racket");
        }
        return s;
    }

    /** Runs body at the top level; false if it was aborted by an uncaught error. */
    private boolean run(java.util.function.Supplier<Object> body) {
        return Evaluator.atTopLevel(body) != Evaluator.ABORTED;
    }

    /** {@code -e}: reads every form of the text, evaluates each, prints the results. */
    public boolean evalString(String text) {
        InputPort in = org.jracket.runtime.io.BytesInputPort.ofString(org.jracket.runtime.data.Symbol.of("string"), text);
        return run(() -> {
            while (true) {
                // a datum, as racket reads -e text: no source locations in its errors
                Object form = org.jracket.runtime.read.Reader.read(in);
                if (form == Eof.EOF) return VoidValue.VOID;
                printResults(top.eval(form));
            }
        });
    }

    /** {@code -f}: evaluates the file's forms at the top level, without printing results. */
    public boolean load(String file) {
        return run(() -> top.load(file));
    }

    /** A module file on the command line: instantiate it, then its main submodule. */
    public boolean requireFile(String file) {
        boolean ok = run(() -> { top.runModuleFile(file); return VoidValue.VOID; });
        org.jracket.runtime.module.compiled.StartupProfile.note("ran", file);
        return ok;
    }

    /** {@code -l}: require a collection library into the top level. */
    public boolean requireLib(String lib) {
        return run(() -> { top.require(lib); return VoidValue.VOID; });
    }

    /**
     * The read-eval-print loop on the current input port, as racket -i shows it: locations in
     * its input are line:column, and errors show as xrepl (which racket -i loads) shows them.
     */
    public void repl() {
        var out = Ports.output();
        Ports.input().countLines();
        ExceptionHandling.ERROR_DISPLAY_HANDLER.set(REPL_ERROR_DISPLAY);
        out.writeString("Welcome to Racket v8.7 [cs].\n");
        while (true) {
            out.writeString("> ");
            out.flush();
            Object[] form = new Object[1];
            boolean ok = run(() -> { form[0] = top.read(Ports.input()); return VoidValue.VOID; });
            if (ok && form[0] == Eof.EOF) {
                out.writeString("\n");
                out.flush();
                return;
            }
            if (ok) run(() -> { printResults(top.eval(form[0])); return VoidValue.VOID; });
        }
    }

    /**
     * xrepl's error display: each line of the message after "; ", then the pointer to its ,bt
     * command, on the message's line if it has one line, else on a line of its own.
     */
    private static final Primitive REPL_ERROR_DISPLAY = Primitive.of2("error-display-handler", (msg, exn) -> {
        Ports.output().flush();
        String text = "; " + msg.toString().replace("\n", "\n; ");
        var err = Ports.error();
        err.writeString(text + (text.indexOf('\n') < 0 ? " " : "\n; ") + "[,bt for context]\n");
        err.flush();
        return VoidValue.VOID;
    });

    private static void printResults(Object r) {
        Procedure print = (Procedure) SystemPrims.CURRENT_PRINT.get();
        for (Object v : MultipleValues.toArray(r)) print.apply1(v);
    }

    /** Flushes the standard ports and ends the program's task with status. */
    public void exit(int status) {
        Ports.flushAtExit();
        KernelAccess.syscalls().exit(status);
    }
}
