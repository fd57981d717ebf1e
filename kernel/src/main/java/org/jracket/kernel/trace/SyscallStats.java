package org.jracket.kernel.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-call counters: calls, failed calls, total time. Striped adders, so a task's threads running
 * in parallel on several CPUs can record without contending on one counter.
 */
public final class SyscallStats {
    private static final int N = Syscall.ALL.length;
    private final LongAdder[] calls = adders(), errors = adders(), nanos = adders();

    private static LongAdder[] adders() {
        LongAdder[] a = new LongAdder[N];
        for (int i = 0; i < N; i++) a[i] = new LongAdder();
        return a;
    }

    public void record(Syscall call, long result, long elapsedNanos) {
        int i = call.ordinal();
        calls[i].increment();
        if (result < 0) errors[i].increment();
        nanos[i].add(elapsedNanos);
    }

    public long calls(Syscall call) { return calls[call.ordinal()].sum(); }
    public long errors(Syscall call) { return errors[call.ordinal()].sum(); }
    public long nanos(Syscall call) { return nanos[call.ordinal()].sum(); }

    public long totalCalls() {
        long t = 0;
        for (LongAdder c : calls) t += c.sum();
        return t;
    }

    /** Adds another table's counts into this one (summing tasks for a kernel-wide summary). */
    public void add(SyscallStats other) {
        for (int i = 0; i < N; i++) {
            calls[i].add(other.calls[i].sum());
            errors[i].add(other.errors[i].sum());
            nanos[i].add(other.nanos[i].sum());
        }
    }

    /** A table like {@code strace -c}: most time first, then a total line. */
    public String summary() {
        List<Syscall> used = new ArrayList<>();
        long totalNanos = 0, totalCalls = 0, totalErrors = 0;
        for (Syscall s : Syscall.ALL) {
            if (calls(s) == 0) continue;
            used.add(s);
            totalNanos += nanos(s);
            totalCalls += calls(s);
            totalErrors += errors(s);
        }
        used.sort(Comparator.comparingLong(this::nanos).reversed().thenComparing(Syscall::ordinal));
        String rule = "------ ----------- ----------- --------- --------- ----------------\n";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%6s %11s %11s %9s %9s %s%n", "% time", "seconds", "usecs/call", "calls", "errors", "syscall"));
        sb.append(rule);
        for (Syscall s : used) {
            double pct = totalNanos == 0 ? 0 : 100.0 * nanos(s) / totalNanos;
            sb.append(String.format(Locale.ROOT, "%6.2f %11.6f %11d %9d %9s %s%n", pct, nanos(s) / 1e9,
                    nanos(s) / 1000 / calls(s), calls(s), errors(s) == 0 ? "" : Long.toString(errors(s)), s.traceName));
        }
        sb.append(rule);
        sb.append(String.format(Locale.ROOT, "%6.2f %11.6f %11s %9d %9s %s%n", 100.0, totalNanos / 1e9, "",
                totalCalls, totalErrors == 0 ? "" : Long.toString(totalErrors), "total"));
        return sb.toString();
    }
}
