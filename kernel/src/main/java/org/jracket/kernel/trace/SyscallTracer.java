package org.jracket.kernel.trace;

import java.util.Locale;
import java.util.function.Consumer;

import org.jracket.kernel.syscall.Errno;

/**
 * Writes one line per system call, as strace does:
 * {@code [pid 1] open("/collects/racket/base.rkt", 0x0, 0) = 3 <0.000041>}.
 * Failed calls show {@code = -1 ENOENT (No such file or directory)}.
 */
public final class SyscallTracer {
    private final Consumer<String> out;

    public SyscallTracer(Consumer<String> out) { this.out = out; }

    /** An argument printed in hexadecimal (flags, addresses). */
    public static Object hex(long v) { return new Hex(v); }

    /** An argument printed in octal (file modes). */
    public static Object octal(int v) { return new Octal(v); }

    private record Octal(int v) {
        @Override public String toString() { return v == 0 ? "0" : "0" + Integer.toOctalString(v); }
    }

    private record Hex(long v) {
        @Override public String toString() { return "0x" + Long.toHexString(v); }
    }

    public void trace(int pid, Syscall call, long result, long elapsedNanos, Object... args) {
        StringBuilder sb = new StringBuilder(64);
        sb.append("[pid ").append(pid).append("] ").append(call.traceName).append('(');
        for (int i = 0; i < args.length; i++) {
            if (i > 0) sb.append(", ");
            appendArg(sb, args[i]);
        }
        sb.append(") = ");
        if (result < 0) {
            Errno e = Errno.of(result);
            sb.append("-1 ").append(e.name()).append(" (").append(e.message()).append(')');
        } else {
            sb.append(result);
        }
        sb.append(String.format(Locale.ROOT, " <%.6f>", elapsedNanos / 1e9));
        out.accept(sb.toString());
    }

    private static void appendArg(StringBuilder sb, Object a) {
        if (a instanceof String s) {
            sb.append('"');
            for (int i = 0; i < s.length() && i < 256; i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    default -> sb.append(c);
                }
            }
            sb.append('"');
        } else {
            sb.append(a);
        }
    }
}
