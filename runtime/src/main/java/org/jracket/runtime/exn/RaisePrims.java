package org.jracket.runtime.exn;

import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.prims.ArityPrims;
import org.jracket.runtime.prims.PrimitiveTable;
import org.jracket.runtime.print.Printer;

/** error, raise-user-error and the raise-...-error helpers, with Racket 8.7's message layouts. */
final class RaisePrims {
    private RaisePrims() {}

    static void register(PrimitiveTable t) {
        t.add(Primitive.ofN("error", 1, -1, a -> { throw Errors.raise(ExnTypes.FAIL, errorMessage("error", a)); }));
        t.add(Primitive.ofN("raise-user-error", 1, -1,
                a -> { throw Errors.raise(ExnTypes.USER, errorMessage("raise-user-error", a)); }));
        t.add(Primitive.ofN("raise-argument-error", 3, -1, a -> { throw argumentError("raise-argument-error", a, "given"); }));
        t.add(Primitive.ofN("raise-result-error", 3, -1, a -> { throw argumentError("raise-result-error", a, "result"); }));
        t.add(Primitive.ofN("raise-arguments-error", 2, -1, RaisePrims::argumentsError));
        t.add(Primitive.ofN("raise-range-error", 7, 8, RaisePrims::rangeError));
        t.add(Primitive.ofN("raise-type-error", 3, -1, RaisePrims::typeError));
        t.add(Primitive.ofN("raise-mismatch-error", 3, -1, a -> {
            StringBuilder sb = new StringBuilder(name("raise-mismatch-error", a[0])).append(": ")
                .append(string("raise-mismatch-error", a[1]));
            for (int i = 2; i < a.length; i++) sb.append(Printer.toPrintString(a[i]));
            throw Errors.raise(ExnTypes.CONTRACT, sb.toString());
        }));
        t.add(Primitive.ofN("raise-arity-error", 2, -1, RaisePrims::arityError));
    }

    private static String name(String who, Object v) {
        if (v instanceof Symbol s) return s.name;
        throw Errors.contract(who, "symbol?", v);
    }

    private static String string(String who, Object v) {
        if (v instanceof MString s) return s.toString();
        throw Errors.contract(who, "string?", v);
    }

    /** The three forms of error: (error sym), (error sym fmt v ...), (error str v ...). */
    static String errorMessage(String who, Object[] a) {
        if (a[0] instanceof Symbol s) {
            if (a.length == 1) return "error: " + s.name;
            String fmt = string(who, a[1]);
            return s.name + ": " + ErrorFormat.format(who, fmt, a, 2);
        }
        if (a[0] instanceof MString m) {
            StringBuilder sb = new StringBuilder(m.toString());
            for (int i = 1; i < a.length; i++) sb.append(' ').append(Printer.toPrintString(a[i]));
            return sb.toString();
        }
        throw Errors.contract(who, "(or/c symbol? string?)", a[0]);
    }

    private static RuntimeException argumentError(String who, Object[] a, String label) {
        String n = name(who, a[0]);
        String expected = string(who, a[1]);
        Object[] args;
        int pos;
        if (a.length == 3) { args = new Object[] {a[2]}; pos = 0; }
        else {
            if (!(a[2] instanceof Long p) || p < 0) throw Errors.contract(who, "exact-nonnegative-integer?", a[2]);
            args = java.util.Arrays.copyOfRange(a, 3, a.length);
            if (p >= args.length) {
                throw Errors.contractFail(who + ": position index >= provided argument count\n  position index: "
                        + p + "\n  provided argument count: " + args.length);
            }
            pos = (int) (long) p;
        }
        StringBuilder sb = new StringBuilder(n).append(": contract violation\n  expected: ").append(expected)
            .append("\n  ").append(label).append(": ").append(Printer.toPrintString(args[pos]));
        if (args.length > 1) {
            sb.append("\n  argument position: ").append(Errors.ordinal(pos + 1)).append("\n  other arguments...:");
            for (int i = 0; i < args.length; i++) if (i != pos) sb.append("\n   ").append(Printer.toPrintString(args[i]));
        }
        return Errors.raise(ExnTypes.CONTRACT, sb.toString());
    }

    private static Object argumentsError(Object[] a) {
        String who = "raise-arguments-error";
        StringBuilder sb = new StringBuilder(name(who, a[0])).append(": ").append(string(who, a[1]));
        for (int i = 2; i < a.length; i += 2) {
            String field = string(who, a[i]);
            if (i + 1 >= a.length) {
                throw Errors.contractFail(who + ": missing value after field string\n  string: " + Printer.toPrintString(a[i]));
            }
            sb.append("\n  ").append(field).append(": ").append(Printer.toPrintString(a[i + 1]));
        }
        throw Errors.raise(ExnTypes.CONTRACT, sb.toString());
    }

    /** (raise-range-error name type-desc index-prefix index in-value lower upper [alt-lower]) */
    private static Object rangeError(Object[] a) {
        String who = "raise-range-error";
        String n = name(who, a[0]);
        String type = string(who, a[1]);
        String prefix = string(who, a[2]);
        Object index = a[3], in = a[4], lower = a[5], upper = a[6];
        Object alt = a.length > 7 ? a[7] : Boolean.FALSE;
        String idx = Printer.toPrintString(index);
        StringBuilder sb = new StringBuilder(n).append(": ");
        if (cmp(upper, lower) < 0) {
            sb.append(prefix).append("index is out of range for empty ").append(type)
              .append("\n  ").append(prefix).append("index: ").append(idx);
        } else if (alt != Boolean.FALSE && cmp(index, alt) >= 0 && cmp(index, lower) < 0) {
            sb.append(prefix).append("index is smaller than starting index\n  ").append(prefix).append("index: ").append(idx)
              .append("\n  starting index: ").append(Printer.toPrintString(lower))
              .append("\n  valid range: [").append(Printer.toPrintString(alt)).append(", ")
              .append(Printer.toPrintString(upper)).append("]\n  ").append(type).append(": ").append(Printer.toPrintString(in));
        } else {
            sb.append(prefix).append("index is out of range\n  ").append(prefix).append("index: ").append(idx)
              .append("\n  valid range: [").append(Printer.toPrintString(alt != Boolean.FALSE ? alt : lower)).append(", ")
              .append(Printer.toPrintString(upper)).append("]\n  ").append(type).append(": ").append(Printer.toPrintString(in));
        }
        throw Errors.raise(ExnTypes.CONTRACT, sb.toString());
    }

    private static int cmp(Object x, Object y) {
        return org.jracket.runtime.num.Arith.compare("raise-range-error", x, y);
    }

    private static Object typeError(Object[] a) {
        String who = "raise-type-error";
        String n = name(who, a[0]);
        String expected = string(who, a[1]);
        StringBuilder sb = new StringBuilder(n).append(": expected argument of type <").append(expected).append(">; given: ");
        if (a.length == 3) sb.append(Printer.toPrintString(a[2]));
        else {
            if (!(a[2] instanceof Long p) || p < 0 || p >= a.length - 3) throw Errors.contract(who, "exact-nonnegative-integer?", a[2]);
            int pos = (int) (long) p + 3;
            sb.append(Printer.toPrintString(a[pos]));
            if (a.length > 4) sb.append("; other arguments:");
            for (int i = 3; i < a.length; i++) if (i != pos) sb.append(' ').append(Printer.toPrintString(a[i]));
        }
        throw Errors.raise(ExnTypes.CONTRACT, sb.toString());
    }

    private static Object arityError(Object[] a) {
        String who = "raise-arity-error";
        String n = a[0] instanceof Symbol s ? s.name
                : a[0] instanceof Procedure p ? (p.name() == null ? "#<procedure>" : p.name())
                : null;
        if (n == null) throw Errors.contract(who, "(or/c symbol? procedure?)", a[0]);
        long mask = ArityPrims.maskOfArity(who, a[1]);
        Object[] args = java.util.Arrays.copyOfRange(a, 2, a.length);
        throw Errors.arityMismatch(n, mask, args.length, args);
    }
}
