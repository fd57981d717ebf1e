package org.jracket.runtime.boot;

import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.io.KernelAccess;

/** {@code (time-apply proc args)}: results as a list, then cpu, real and gc milliseconds. */
final class TimeApply {
    private TimeApply() {}

    static final Primitive INSTANCE = Primitive.of2("time-apply", (proc, args) -> {
        var sys = KernelAccess.syscalls();
        long cpu0 = sys.cpuTimeMillis(), gc0 = GcClock.millis();
        double real0 = sys.clockRealtimeMillis();
        Object r = ((Procedure) proc).apply(Pair.toArray(args));
        long cpu = sys.cpuTimeMillis() - cpu0, gc = GcClock.millis() - gc0;
        long real = Math.round(sys.clockRealtimeMillis() - real0);
        return MultipleValues.of(new Object[] {Pair.list(MultipleValues.toArray(r)), cpu, real, gc});
    });
}
