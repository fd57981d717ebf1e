package org.jracket.runtime.exn;

import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.StructType;
import org.jracket.runtime.print.Printer;

/**
 * Builds Racket exceptions with Racket 8.7's exact messages and raises them. Methods return
 * RuntimeException so that call sites can write {@code throw Errors.contract(...)}; in fact
 * they raise themselves (the current exception handler runs at the point of the raise).
 */
public final class Errors {
    private Errors() {}

    /**
     * How a raise reaches Racket's handler chain; the evaluator installs the real one
     * (which calls the current exception handlers in the raising context).
     */
    public interface Raiser { RuntimeException raise(Object value, boolean continuable); }

    private static volatile Raiser raiser = (v, c) -> new RacketException(v, c);

    public static void installRaiser(Raiser r) { raiser = r; }

    /** Raises v (non-continuably); never returns normally. */
    public static RuntimeException raise(Object v) { throw raiser.raise(v, false); }

    public static Object marks() { return Boolean.FALSE; }

    public static Struct makeExn(StructType type, String message, Object... extra) {
        Object[] f = new Object[type.totalFieldCount];
        f[0] = MString.immutable(message);
        f[1] = marks();
        System.arraycopy(extra, 0, f, 2, extra.length);
        return new Struct(type, f);
    }

    public static RuntimeException raise(StructType type, String message, Object... extra) {
        return raise(makeExn(type, message, extra));
    }

    /** exn:fail with a message. */
    public static RuntimeException fail(String message) { return raise(ExnTypes.FAIL, message); }

    /** "who: contract violation\n  expected: e\n  given: v" */
    public static RuntimeException contract(String who, String expected, Object given) {
        return raise(ExnTypes.CONTRACT, who + ": contract violation\n  expected: " + expected
                + "\n  given: " + Printer.toPrintString(given));
    }

    /** Contract violation naming the argument position, with the other arguments listed. */
    public static RuntimeException contractArg(String who, String expected, int index, Object[] args) {
        if (args.length <= 1) return contract(who, expected, args[index]);
        StringBuilder sb = new StringBuilder();
        sb.append(who).append(": contract violation\n  expected: ").append(expected)
          .append("\n  given: ").append(Printer.toPrintString(args[index]))
          .append("\n  argument position: ").append(ordinal(index + 1))
          .append("\n  other arguments...:");
        for (int i = 0; i < args.length; i++) {
            if (i != index) sb.append("\n   ").append(Printer.toPrintString(args[i]));
        }
        return raise(ExnTypes.CONTRACT, sb.toString());
    }

    public static String ordinal(int n) {
        int m100 = n % 100, m10 = n % 10;
        String suffix = (m100 >= 11 && m100 <= 13) ? "th" : m10 == 1 ? "st" : m10 == 2 ? "nd" : m10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    public static RuntimeException divideByZero(String who) {
        return raise(ExnTypes.DIVIDE_BY_ZERO, who + ": division by zero");
    }

    /** Arity mismatch for calling p with args. */
    public static RuntimeException arityMismatch(Procedure p, Object[] args) {
        String name = p.name() == null ? "#<procedure>" : p.name();
        StringBuilder sb = new StringBuilder(name)
            .append(": arity mismatch;\n the expected number of arguments does not match the given number\n  expected: ")
            .append(arityDescription(p.arityMask()))
            .append("\n  given: ").append(args.length);
        if (args.length > 0) {
            sb.append("\n  arguments...:");
            for (Object a : args) sb.append("\n   ").append(Printer.toPrintString(a));
        }
        return raise(ExnTypes.ARITY, sb.toString());
    }

    /** "2", "at least 1", "1 to 3", ... as Racket describes an arity mask. */
    public static String arityDescription(long mask) {
        if (mask < 0) {
            int min = Long.numberOfTrailingZeros(mask);
            long below = mask & ~(-1L << min);
            if (below == 0 && (mask == -1L << min)) return "at least " + min;
        }
        if (mask > 0 && Long.bitCount(mask) == 1) return Integer.toString(Long.numberOfTrailingZeros(mask));
        int min = Long.numberOfTrailingZeros(mask);
        int max = 63 - Long.numberOfLeadingZeros(mask);
        if (mask > 0 && mask == (((1L << (max + 1)) - 1) & (-1L << min))) return min + " to " + max;
        return "a different number";
    }

    /** The message field of an exn, or a printed form of a non-exn raised value. */
    public static String messageOf(Object v) {
        if (v instanceof Struct s && s.type.isSubtypeOf(ExnTypes.EXN)) return s.fields[0].toString();
        return Printer.toPrintString(v);
    }
}
