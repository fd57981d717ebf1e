package org.jracket.runtime.eval;

import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.print.Printer;

/** Spreads a result into the expected number of values, with Racket's arity error. */
final class ValuesCheck {
    private ValuesCheck() {}

    static Object[] spread(Object v, int expected) {
        Object[] vals = v instanceof MultipleValues mv ? mv.values : new Object[] {v};
        if (vals.length != expected) throw mismatch(expected, vals);
        return vals;
    }

    static Object single(Object v) {
        if (v instanceof MultipleValues mv) throw mismatch(1, mv.values);
        return v;
    }

    static RuntimeException mismatch(int expected, Object[] vals) {
        StringBuilder sb = new StringBuilder("result arity mismatch;\n expected number of values not received\n  expected: ")
            .append(expected).append("\n  received: ").append(vals.length);
        if (vals.length > 0) {
            sb.append("\n  in: local-binding form\n  arguments...:");
            for (Object x : vals) sb.append("\n   ").append(Printer.toPrintString(x));
        }
        return Errors.raise(ExnTypes.ARITY, sb.toString());
    }
}
