package org.jracket.runtime.exn;

import java.math.BigInteger;
import org.jracket.runtime.data.Char;
import org.jracket.runtime.print.Printer;

/**
 * The subset of {@code format} directives that error-message formatting needs (~a ~s ~v
 * ~e ~c ~b ~o ~x ~% ~n ~~ and ~ followed by whitespace), with Racket's messages for a
 * directive/argument count mismatch. Used by {@code error} and {@code raise-user-error}.
 */
public final class ErrorFormat {
    private ErrorFormat() {}

    public static String format(String who, String fmt, Object[] args, int from) {
        int needed = countDirectives(fmt);
        int given = args.length - from;
        if (needed != given) {
            StringBuilder sb = new StringBuilder(who).append(": format string requires ").append(needed)
                .append(" arguments, given ").append(given);
            if (given > 0) {
                sb.append("; arguments were:");
                for (int i = from; i < args.length; i++) sb.append(' ').append(Printer.toPrintString(args[i]));
            }
            throw Errors.contractFail(sb.toString());
        }
        StringBuilder out = new StringBuilder();
        int k = from;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '~' || i + 1 >= fmt.length()) { out.append(c); continue; }
            char d = Character.toLowerCase(fmt.charAt(++i));
            switch (d) {
                case 'a' -> out.append(Printer.toDisplayString(args[k++]));
                case 's' -> out.append(Printer.toWriteString(args[k++]));
                case 'v', 'e' -> out.append(Printer.toPrintString(args[k++]));
                case 'c' -> { Object v = args[k++]; out.append(v instanceof Char ch ? ch.toString() : Printer.toDisplayString(v)); }
                case 'b' -> out.append(radix(args[k++], 2));
                case 'o' -> out.append(radix(args[k++], 8));
                case 'x' -> out.append(radix(args[k++], 16));
                case '%', 'n' -> out.append('\n');
                case '~' -> out.append('~');
                default -> {
                    if (Character.isWhitespace(d)) {
                        // "~" + whitespace skips the whitespace through the first newline and after
                        int j = i;
                        while (j < fmt.length() && (fmt.charAt(j) == ' ' || fmt.charAt(j) == '\t')) j++;
                        if (j < fmt.length() && fmt.charAt(j) == '\n') j++;
                        while (j < fmt.length() && (fmt.charAt(j) == ' ' || fmt.charAt(j) == '\t')) j++;
                        i = j - 1;
                    } else {
                        out.append('~').append(fmt.charAt(i));
                    }
                }
            }
        }
        return out.toString();
    }

    private static String radix(Object v, int r) {
        if (v instanceof Long l) return Long.toString(l, r);
        if (v instanceof BigInteger b) return b.toString(r);
        return Printer.toDisplayString(v);
    }

    static int countDirectives(String fmt) {
        int n = 0;
        for (int i = 0; i + 1 < fmt.length(); i++) {
            if (fmt.charAt(i) != '~') continue;
            char d = Character.toLowerCase(fmt.charAt(++i));
            if ("asvecbox".indexOf(d) >= 0) n++;
        }
        return n;
    }
}
