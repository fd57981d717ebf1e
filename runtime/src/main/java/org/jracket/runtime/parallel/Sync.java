package org.jracket.runtime.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.StructProps;

/**
 * Racket's {@code sync}: flattens the events (choices, wraps, guards) into base events,
 * polls them starting at a random one (so no event starves), and if none is ready registers
 * with all of them and parks until one wakes or commits it. Runs under the place lock.
 */
final class Sync {
    private Sync() {}

    /** Returned by {@link #sync} when the timeout passed. */
    static final Object TIMED_OUT = new Object();

    private record Leaf(BaseEvt evt, List<Procedure> wraps, List<NackEvt> nacks) {}

    static boolean isEvt(Object v) {
        return v instanceof BaseEvt || v instanceof WrapEvt || v instanceof GuardEvt || v instanceof ChoiceEvt
            || v instanceof org.jracket.runtime.io.InputPort || v instanceof org.jracket.runtime.io.OutputPort
            || v instanceof Struct s && s.type.prop(StructProps.EVT) != null;
    }

    /**
     * Waits for one of evts. timeoutNanos: &lt; 0 waits forever, 0 polls once; returns
     * {@link #TIMED_OUT} when nothing was ready in time.
     */
    static Object sync(String who, long timeoutNanos, Object[] evts) {
        RacketThread me = Scheduler.enter();
        List<Leaf> leaves = new ArrayList<>();
        for (int i = 0; i < evts.length; i++) flatten(who, evts[i], List.of(), List.of(), leaves, i, evts);
        int chosen = -1;
        try {
            long deadline = timeoutNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
            Waiter w = new Waiter();
            int n = leaves.size();
            while (true) {
                int start = n > 1 ? ThreadLocalRandom.current().nextInt(n) : 0;
                for (int k = 0; k < n; k++) {
                    int i = (start + k) % n;
                    Object r = leaves.get(i).evt.poll(w, i);
                    if (r != BaseEvt.NOT_READY) { chosen = i; return finish(leaves.get(i), r); }
                }
                if (timeoutNanos == 0 || System.nanoTime() >= deadline) return TIMED_OUT;
                if (me.pendingBreak != null) Breaks.check(me);
                w.woken = false;
                long wake = deadline;
                for (int i = 0; i < n; i++) {
                    BaseEvt e = leaves.get(i).evt;
                    e.register(w, i);
                    wake = Math.min(wake, e.deadline());
                }
                try {
                    me.scheduler.park(me, w, wake);
                } finally {
                    for (int i = 0; i < n; i++) leaves.get(i).evt.unregister(w);
                }
                if (w.committed) { chosen = w.index; return finish(leaves.get(chosen), w.value); }
                if (me.pendingBreak != null) Breaks.check(me);
            }
        } finally {
            fireNacks(leaves, chosen);
        }
    }

    private static Object finish(Leaf leaf, Object r) {
        Object v = r;
        for (Procedure p : leaf.wraps) v = p.apply(MultipleValues.toArray(v));
        return v;
    }

    private static void fireNacks(List<Leaf> leaves, int chosen) {
        List<NackEvt> keep = chosen >= 0 ? leaves.get(chosen).nacks : List.of();
        for (Leaf l : leaves) for (NackEvt n : l.nacks) if (!keep.contains(n)) n.fire();
    }

    private static void flatten(String who, Object e, List<Procedure> wraps, List<NackEvt> nacks,
                                List<Leaf> out, int argIndex, Object[] args) {
        if (e instanceof BaseEvt b) {
            out.add(new Leaf(b, wraps, nacks));
        } else if (e instanceof org.jracket.runtime.io.InputPort || e instanceof org.jracket.runtime.io.OutputPort) {
            out.add(new Leaf(new PortEvt(e), wraps, nacks));
        } else if (e instanceof ChoiceEvt c) {
            for (Object x : c.evts) flatten(who, x, wraps, nacks, out, argIndex, args);
        } else if (e instanceof WrapEvt w) {
            List<Procedure> ws = new ArrayList<>(wraps.size() + 1);
            ws.add(w.proc);
            ws.addAll(wraps);
            flatten(who, w.evt, ws, nacks, out, argIndex, args);
        } else if (e instanceof GuardEvt g) {
            Object made;
            List<NackEvt> ns = nacks;
            if (g.nack) {
                NackEvt n = new NackEvt();
                ns = new ArrayList<>(nacks);
                ns.add(n);
                made = g.proc.apply1(n);
            } else {
                made = g.proc.apply0();
            }
            // a guard that returns a non-event yields an event that is ready with that value
            if (!isEvt(made)) made = new WrapEvt(ConstantEvt.ALWAYS, constant(made), false);
            flatten(who, made, wraps, ns, out, argIndex, args);
        } else if (e instanceof Struct s && s.type.prop(StructProps.EVT) != null) {
            Object p = s.type.prop(StructProps.EVT);
            Object inner = p instanceof Long idx ? s.fields[s.type.fieldOffset() + (int) (long) idx]
                : p instanceof Procedure proc ? proc.apply1(s) : p;
            if (!isEvt(inner)) inner = inner instanceof Procedure ? ConstantEvt.NEVER
                : new WrapEvt(ConstantEvt.ALWAYS, constant(s), false);
            flatten(who, inner, wraps, nacks, out, argIndex, args);
        } else {
            throw args.length > 1 ? Errors.contractArg(who, "evt?", argIndex, args) : Errors.contract(who, "evt?", e);
        }
    }

    private static Procedure constant(Object v) {
        return org.jracket.runtime.data.Primitive.ofN("guard-result", 0, -1, a -> v);
    }
}
