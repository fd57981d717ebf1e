package org.jracket.runtime.exn;

import java.util.function.Supplier;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.StructType;
import org.jracket.runtime.print.Printer;

/**
 * Builds Racket exceptions with Racket 8.7's exact messages and raises them. Methods return
 * RuntimeException so that call sites can write {@code throw Errors.contract(...)}; in fact
 * they raise themselves (the current exception handler runs at the point of the raise).
 *
 * <p>Message shapes follow Racket CS 8.7: a "who: headline" line followed by
 * "\n  field: value" lines, values printed in {@code print} style.
 */
public final class Errors {
    private Errors() {}

    /**
     * How a raise reaches Racket's handler chain; the evaluator installs the real one
     * (which calls the current exception handlers in the raising context).
     */
    public interface Raiser { RuntimeException raise(Object value, boolean continuable); }

    private static volatile Raiser raiser = (v, c) -> new RacketException(v, c);
    private static volatile Supplier<Object> marksSource = () -> Boolean.FALSE;

    public static void installRaiser(Raiser r) { raiser = r; }

    /** The evaluator supplies {@code (current-continuation-marks)} for new exceptions. */
    public static void installMarksSource(Supplier<Object> s) { marksSource = s; }

    /** Raises v (non-continuably); never returns normally. */
    public static RuntimeException raise(Object v) { throw raiser.raise(v, false); }

    public static Object marks() { return marksSource.get(); }

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

    /** exn:fail:contract with a message. */
    public static RuntimeException contractFail(String message) { return raise(ExnTypes.CONTRACT, message); }

    static String show(Object v) { return Printer.toPrintString(v); }

    /** "who: contract violation\n  expected: e\n  given: v" */
    public static RuntimeException contract(String who, String expected, Object given) {
        return raise(ExnTypes.CONTRACT, who + ": contract violation\n  expected: " + expected
                + "\n  given: " + show(given));
    }

    /** Contract violation naming the argument position, with the other arguments listed. */
    public static RuntimeException contractArg(String who, String expected, int index, Object[] args) {
        if (args.length <= 1) return contract(who, expected, args[index]);
        StringBuilder sb = new StringBuilder();
        sb.append(who).append(": contract violation\n  expected: ").append(expected)
          .append("\n  given: ").append(show(args[index]))
          .append("\n  argument position: ").append(ordinal(index + 1))
          .append("\n  other arguments...:");
        for (int i = 0; i < args.length; i++) {
            if (i != index) sb.append("\n   ").append(show(args[i]));
        }
        return raise(ExnTypes.CONTRACT, sb.toString());
    }

    /**
     * The shape Racket CS uses for a bad index of a two-argument accessor such as
     * {@code vector-ref}: the position plus "first argument...:" with the container.
     */
    public static RuntimeException contractArgFirst(String who, String expected, Object given,
                                                    int position, Object first) {
        return raise(ExnTypes.CONTRACT, who + ": contract violation\n  expected: " + expected
                + "\n  given: " + show(given) + "\n  argument position: " + ordinal(position)
                + "\n  first argument...:\n   " + show(first));
    }

    /** "who: result contract violation"-style error of {@code raise-result-error}. */
    public static RuntimeException result(String who, String expected, Object given) {
        return raise(ExnTypes.CONTRACT, who + ": contract violation\n  expected: " + expected
                + "\n  result: " + show(given));
    }

    /**
     * "who: message" followed by "\n  field: value" lines; {@code fields} alternates field
     * names (Strings) and values (printed).
     */
    public static RuntimeException arguments(String who, String message, Object... fields) {
        StringBuilder sb = new StringBuilder(who).append(": ").append(message);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            sb.append("\n  ").append(fields[i]).append(": ").append(show(fields[i + 1]));
        }
        return raise(ExnTypes.CONTRACT, sb.toString());
    }

    /** Index out of range for a whole-container index (vector-ref, string-ref, ...). */
    public static RuntimeException indexOutOfRange(String who, String kind, Object index, Object in, int length) {
        return range(who, kind, "", index, in, 0, length - 1);
    }

    /**
     * The message of {@code raise-range-error}: prefix is "" / "starting " / "ending ";
     * an empty valid range (upper &lt; lower) gets Racket's "for empty kind" form.
     */
    public static RuntimeException range(String who, String kind, String prefix, Object index,
                                         Object in, long lower, long upper) {
        StringBuilder sb = new StringBuilder(who).append(": ").append(prefix).append("index is out of range");
        if (upper < lower) {
            sb.append(" for empty ").append(kind).append("\n  ").append(prefix).append("index: ").append(show(index));
            if (prefix.isEmpty() && in != null) sb.append("\n  ").append(kind).append(": ").append(show(in));
        } else {
            sb.append("\n  ").append(prefix).append("index: ").append(show(index))
              .append("\n  valid range: [").append(lower).append(", ").append(upper).append("]");
            if (in != null) sb.append("\n  ").append(kind).append(": ").append(show(in));
        }
        return raise(ExnTypes.CONTRACT, sb.toString());
    }

    /** "ending index is smaller than starting index" of substring-like operations. */
    public static RuntimeException endBeforeStart(String who, String kind, long start, long end, Object in, int length) {
        return raise(ExnTypes.CONTRACT, who + ": ending index is smaller than starting index\n  ending index: "
                + end + "\n  starting index: " + start + "\n  valid range: [0, " + length + "]\n  "
                + kind + ": " + show(in));
    }

    public static String ordinal(int n) {
        int m100 = n % 100, m10 = n % 10;
        String suffix = (m100 >= 11 && m100 <= 13) ? "th" : m10 == 1 ? "st" : m10 == 2 ? "nd" : m10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    public static RuntimeException divideByZero(String who) {
        return raise(ExnTypes.DIVIDE_BY_ZERO, who + ": division by zero");
    }

    /**
     * Arity mismatch for calling p with args. Racket CS 8.7 does not list the arguments
     * here, and omits the "expected:" line unless the arity is exact or "at least n".
     */
    public static RuntimeException arityMismatch(Procedure p, Object[] args) {
        ArityErrorHandlers.raiseFor(p, args);
        String name = p.name() == null ? "#<procedure>" : p.name();
        return arityMismatch(name, p.arityMask(), args.length, null);
    }

    /**
     * Arity mismatch by name; {@code shownArgs} (or null) are listed as "arguments...:",
     * which only {@code raise-arity-error} does.
     */
    public static RuntimeException arityMismatch(String name, long mask, int given, Object[] shownArgs) {
        StringBuilder sb = new StringBuilder(name)
            .append(": arity mismatch;\n the expected number of arguments does not match the given number");
        String expected = arityDescription(mask);
        if (expected != null) sb.append("\n  expected: ").append(expected);
        sb.append("\n  given: ").append(given);
        if (shownArgs != null && shownArgs.length > 0) {
            sb.append("\n  arguments...:");
            for (Object a : shownArgs) sb.append("\n   ").append(show(a));
        }
        return raise(ExnTypes.ARITY, sb.toString());
    }

    /** "2" or "at least 1" as Racket describes an arity mask; null for any other shape. */
    public static String arityDescription(long mask) {
        if (mask == 0) return null;
        int min = Long.numberOfTrailingZeros(mask);
        if (mask < 0 && mask == (-1L << min)) return "at least " + min;
        if (mask > 0 && Long.bitCount(mask) == 1) return Integer.toString(min);
        return null;
    }

    /** The message field of an exn, or a printed form of a non-exn raised value. */
    public static String messageOf(Object v) {
        if (v instanceof Struct s && s.type.isSubtypeOf(ExnTypes.EXN)) return s.fields[0].toString();
        return show(v);
    }
}
