package org.jracket.runtime.print;

import org.jracket.runtime.io.BytesOutputPort;
import org.jracket.runtime.io.OutputPort;

/**
 * Racket's printer: {@code print} (quote style, honouring {@code print-as-expression}),
 * {@code write} and {@code display}, onto any {@link OutputPort}.
 */
public final class Printer {
    private Printer() {}

    /** Prints v in the given style; quoteDepth is print's optional argument (0 or 1). */
    public static void print(Object v, OutputPort out, PrintMode mode, int quoteDepth) {
        if (mode == PrintMode.PRINT) {
            if (!PrintParams.isOn(PrintParams.PRINT_AS_EXPRESSION)) {
                new ValueWriter(out, PrintMode.WRITE).write(v);
            } else if (quoteDepth > 0) {
                new ValueWriter(out, PrintMode.PRINT).write(v);
            } else {
                new ExpressionPrinter(out).print(v);
            }
            return;
        }
        new ValueWriter(out, mode).write(v);
    }

    public static void write(Object v, OutputPort out) { print(v, out, PrintMode.WRITE, 0); }
    public static void display(Object v, OutputPort out) { print(v, out, PrintMode.DISPLAY, 0); }
    public static void print(Object v, OutputPort out) { print(v, out, PrintMode.PRINT, 0); }

    public static String toString(Object v, PrintMode mode) {
        BytesOutputPort out = new BytesOutputPort(org.jracket.runtime.data.Symbol.of("string"));
        print(v, out, mode, 0);
        return out.contentString();
    }

    public static String toPrintString(Object v) { return toString(v, PrintMode.PRINT); }
    public static String toWriteString(Object v) { return toString(v, PrintMode.WRITE); }
    public static String toDisplayString(Object v) { return toString(v, PrintMode.DISPLAY); }
}
