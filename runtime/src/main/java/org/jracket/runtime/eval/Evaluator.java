package org.jracket.runtime.eval;

import java.util.function.Supplier;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.ir.Linklet;

/** Entry points of the evaluator for the expander, module system and command line. */
public final class Evaluator {
    private Evaluator() {}

    /** Returned by {@link #atTopLevel} when the body was aborted (e.g. by an uncaught error). */
    public static final Object ABORTED = new Object() {
        @Override public String toString() { return "#<aborted>"; }
    };

    /** Compiles a linklet into shareable executable code. */
    public static CompiledLinklet compile(Linklet linklet) {
        return new Compiler(linklet).compile();
    }

    /**
     * Runs body under a prompt for the default tag that also catches aborts, as the REPL and
     * each command-line action do: an uncaught error (already reported by the
     * uncaught-exception handler) ends the body and yields {@link #ABORTED}.
     */
    public static Object atTopLevel(Supplier<Object> body) {
        Machine m = Machine.current();
        ControlProcedure thunk = new ControlProcedure("top-level", 1) {
            @Override Object applyControl(Machine mm, Object[] a) { return body.get(); }
        };
        ControlProcedure onAbort = new ControlProcedure("top-level-abort", -1) {
            @Override Object applyControl(Machine mm, Object[] a) { return ABORTED; }
        };
        m.topLevels++;
        try {
            return m.callWithPrompt(PromptTag.DEFAULT, onAbort, thunk, Procedure.NO_ARGS, true);
        } catch (ControlSignal stray) {
            // An escape or jump with no target left on this thread: report, do not crash.
            org.jracket.runtime.io.Ports.error().writeString("jracket: continuation application outside its prompt\n");
            return ABORTED;
        } finally {
            m.topLevels--;
        }
    }

    /** Sets how many Racket calls may nest on this thread's Java stack before spilling to the heap. */
    public static void setMaxDepth(int depth) { Machine.current().setMaxDepth(depth); }
}
