package org.jracket.runtime.print;

import org.jracket.runtime.data.Char;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.io.OutputPort;
import org.jracket.runtime.num.NumberPrinter;

/**
 * {@code format}/{@code printf} directives: ~a ~s ~v ~e ~c ~b ~o ~x ~n ~% ~~ and
 * ~whitespace, with Racket's errors. Arguments are counted before any output so that a
 * count mismatch prints nothing, as in Racket.
 */
public final class Formatter {
    private Formatter() {}

    public static void format(String who, String pattern, Object[] args, int from, OutputPort out) {
        checkPattern(who, pattern, args, from);
        int ai = from;
        int n = pattern.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            if (pattern.charAt(i) != '~') continue;
            if (plain < i) out.writeString(pattern.substring(plain, i));
            char d = pattern.charAt(++i);
            if (d == '.' && i + 1 < n) {
                // ~.a ~.s ~.v: printed, then cut to (error-print-width) with "..." as Racket does.
                char m = Character.toLowerCase(pattern.charAt(++i));
                PrintMode mode = m == 'a' ? PrintMode.DISPLAY : m == 's' ? PrintMode.WRITE : PrintMode.PRINT;
                out.writeString(truncated(Printer.toString(args[ai++], mode)));
                plain = i + 1;
                continue;
            }
            switch (Character.toLowerCase(d)) {
                case 'a' -> Printer.display(args[ai++], out);
                case 's' -> Printer.write(args[ai++], out);
                case 'v', 'e' -> Printer.print(args[ai++], out);
                case 'c' -> out.writeChar(((Char) args[ai++]).code);
                case 'b' -> out.writeString(NumberPrinter.toString(args[ai++], 2));
                case 'o' -> out.writeString(NumberPrinter.toString(args[ai++], 8));
                case 'x' -> out.writeString(NumberPrinter.toString(args[ai++], 16));
                case 'n', '%' -> out.writeChar('\n');
                case '~' -> out.writeChar('~');
                default -> i = skipWhitespace(pattern, i) - 1;
            }
            plain = i + 1;
        }
        if (plain < n) out.writeString(pattern.substring(plain));
    }

    private static String truncated(String s) {
        Object w = PrintParams.ERROR_PRINT_WIDTH.get();
        int width = w instanceof Long l ? (int) Math.min(l, Integer.MAX_VALUE) : 256;
        if (s.codePointCount(0, s.length()) <= width) return s;
        int keep = Math.max(0, width - 3);
        return s.substring(0, s.offsetByCodePoints(0, keep)) + "...";
    }

    /** After "~" followed by whitespace at i: skips it, one newline and the whitespace after. */
    private static int skipWhitespace(String p, int i) {
        int n = p.length();
        while (i < n && (p.charAt(i) == ' ' || p.charAt(i) == '\t')) i++;
        if (i < n && p.charAt(i) == '\n') i++;
        while (i < n && (p.charAt(i) == ' ' || p.charAt(i) == '\t')) i++;
        return i;
    }

    private static void checkPattern(String who, String p, Object[] args, int from) {
        int needed = 0;
        int n = p.length();
        for (int i = 0; i < n; i++) {
            if (p.charAt(i) != '~') continue;
            if (i + 1 >= n) throw fail(who, "ill-formed pattern string\n  explanation: cannot end in `~`", args, from);
            char d = p.charAt(++i);
            if (d == '.' && i + 1 < n && "asvASV".indexOf(p.charAt(i + 1)) >= 0) {
                i++;
                needed++;
                continue;
            }
            switch (Character.toLowerCase(d)) {
                case 'a', 's', 'v', 'e' -> needed++;
                case 'c' -> checkArg(who, args, from, needed++, "a character", v -> v instanceof Char);
                case 'b', 'o', 'x' -> checkArg(who, args, from, needed++, "a exact integer",
                        v -> v instanceof Long || v instanceof java.math.BigInteger || v instanceof org.jracket.runtime.num.Ratnum);
                case 'n', '%', '~' -> { }
                default -> {
                    if (!Character.isWhitespace(d)) {
                        throw fail(who, "ill-formed pattern string\n  explanation: tag `~" + d + "` not allowed", args, from);
                    }
                }
            }
        }
        int given = args.length - from;
        if (needed != given) {
            throw fail(who, "format string requires " + needed + " arguments, given " + given, args, from);
        }
    }

    private static void checkArg(String who, Object[] args, int from, int index, String what,
                                 java.util.function.Predicate<Object> ok) {
        int k = from + index;
        if (k < args.length && !ok.test(args[k])) {
            throw fail(who, "format string requires " + what + ", given something else\n  bad argument: "
                    + Printer.toPrintString(args[k]), args, from);
        }
    }

    private static RuntimeException fail(String who, String msg, Object[] args, int from) {
        StringBuilder sb = new StringBuilder(who).append(": ").append(msg);
        if (args.length > from) {
            sb.append("; arguments were:");
            for (int i = from; i < args.length; i++) sb.append(' ').append(Printer.toPrintString(args[i]));
        }
        return Errors.raise(ExnTypes.CONTRACT, sb.toString());
    }

    /** The pattern argument as a Java string, or a contract error. */
    public static String patternArg(String who, Object v) {
        if (v instanceof MString s) return s.toString();
        throw Errors.contract(who, "string?", v);
    }
}
