package org.jracket.runtime.prims;

import static org.junit.jupiter.api.Assertions.fail;

import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.RacketException;

/** Calls kernel primitives by name and captures the messages of the errors they raise. */
public final class PrimTestSupport {
    private PrimTestSupport() {}

    static {
        // Building the table initializes the standard ports, which need a kernel: a test run
        // alone (not after one that installed a kernel) gets an in-memory one.
        try {
            org.jracket.runtime.io.KernelAccess.syscalls();
        } catch (IllegalStateException none) {
            org.jracket.runtime.io.KernelAccess.install(new org.jracket.runtime.namespace.TestKernel());
        }
    }

    /** The kernel primitive table, with a kernel installed for it. */
    public static PrimitiveTable table() { return KernelPrimitives.table(); }

    public static Object call(String name, Object... args) {
        Object p = table().get(name);
        if (!(p instanceof Procedure proc)) throw new AssertionError("no primitive " + name);
        return proc.apply(args);
    }

    /** The exn message raised by the call (fails the test if nothing is raised). */
    public static String err(String name, Object... args) {
        try {
            Object r = call(name, args);
            fail("expected an error from " + name + ", got " + r);
            return null;
        } catch (RacketException e) {
            return Errors.messageOf(e.value);
        }
    }

    public static Object raised(String name, Object... args) {
        try {
            call(name, args);
        } catch (RacketException e) {
            return e.value;
        }
        throw new AssertionError("no error");
    }

    public static MString str(String s) { return MString.immutable(s); }
    public static Symbol sym(String s) { return Symbol.of(s); }
    public static Object list(Object... xs) { return Pair.list(xs); }
    public static Object T = Boolean.TRUE, F = Boolean.FALSE;
}
