package org.jracket.runtime.eval;

import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.print.Printer;

/** Spreads a result into the expected number of values, with Racket's arity error. */
final class ValuesCheck {
    private ValuesCheck() {}

    static Object[] spread(Object v, int expected) {
        Object[] vals = valuesOf(v);
        if (vals.length != expected) throw mismatch(expected, vals);
        return vals;
    }

    /** A result's values: those of a values call, else the result alone. */
    private static Object[] valuesOf(Object v) {
        return v instanceof MultipleValues mv ? mv.values : new Object[] {v};
    }

    static Object single(Object v) {
        if (v instanceof MultipleValues mv) throw mismatch(1, mv.values);
        return v;
    }

    /** A linklet-level define-values of n variables (n != 1), the first named first (null if none). */
    static Object[] spreadDefinition(Object v, int expected, Object first) {
        Object[] vals = valuesOf(v);
        if (vals.length != expected) {
            throw Errors.raise(ExnTypes.ARITY, "define-values: " + message(expected, vals,
                    first == null ? null : "definition of " + first + " ..."));
        }
        return vals;
    }

    /** As Racket's: a single expected value gets the plain message; let-values adds its form. */
    static RuntimeException mismatch(int expected, Object[] vals) {
        return Errors.raise(ExnTypes.ARITY, message(expected, vals, expected == 1 ? null : "local-binding form"));
    }

    private static String message(int expected, Object[] vals, String in) {
        StringBuilder sb = new StringBuilder("result arity mismatch;\n expected number of values not received\n  expected: ")
            .append(expected).append("\n  received: ").append(vals.length);
        if (expected == 1) return sb.toString();
        if (in != null) sb.append("\n  in: ").append(in);
        if (vals.length > 0) {
            sb.append("\n  arguments...:");
            for (Object x : vals) sb.append("\n   ").append(Printer.toPrintString(x));
        }
        return sb.toString();
    }
}
