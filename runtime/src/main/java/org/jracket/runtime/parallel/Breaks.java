package org.jracket.runtime.parallel;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.prims.KernelPrimitives;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * Breaks (Racket's asynchronous interrupts): {@code break-thread} leaves a pending break on
 * the target, which raises {@code exn:break} (or its hang-up/terminate subtype) in that thread
 * the next time it checks while breaks are enabled: at the scheduler's preemption hook (every
 * few thousand calls), when it would block in sync or is parked there, and when breaks are
 * enabled again. Whether breaks are enabled is a mutable cell found through the
 * {@code break-enabled-key} continuation mark (parameterize-break installs a fresh one), else
 * the thread's own cell; exception handlers of with-handlers run with breaks disabled.
 */
final class Breaks {
    private Breaks() {}

    static final Symbol PLAIN = Symbol.of("break"), HANG_UP = Symbol.of("hang-up"), TERMINATE = Symbol.of("terminate");

    /** A break-enabled state (a thread cell in Racket). */
    static final class Cell {
        volatile boolean enabled;

        Cell(boolean enabled) { this.enabled = enabled; }

        @Override public String toString() { return "#<thread-cell>"; }
    }

    static final Object KEY = ((Procedure) KernelPrimitives.table().get("make-continuation-mark-key")).apply1(Symbol.of("break-enabled"));

    private static final Procedure MARK_FIRST = (Procedure) KernelPrimitives.table().get("continuation-mark-set-first");

    /** What calling an exn:break's continuation from its handler's context reports. */
    private static final Procedure RESUME = Primitive.ofN(null, 0, -1, a -> {
        throw Errors.raise(ExnTypes.CONTINUATION, "continuation application: attempt to jump into an escape continuation");
    });

    /** The break-enabled cell in effect for the calling thread me. */
    static Cell cell(RacketThread me) {
        Object c = MARK_FIRST.apply(new Object[] {Boolean.FALSE, KEY, Boolean.FALSE});
        return c instanceof Cell x ? x : me.breakCell;
    }

    static boolean enabled(RacketThread me) { return cell(me).enabled; }

    /** Raises me's pending break if there is one and breaks are enabled. */
    static void check(RacketThread me) {
        Symbol kind = me.pendingBreak;
        if (kind == null || !enabled(me)) return;
        me.pendingBreak = null;
        throw Errors.raise(kind == HANG_UP ? ExnTypes.BREAK_HANG_UP : kind == TERMINATE ? ExnTypes.BREAK_TERMINATE : ExnTypes.BREAK,
            "user break", RESUME);
    }

    /** The kind argument of break-thread and place-break: #f, 'hang-up or 'terminate. */
    static Symbol kind(String who, Object[] a, int i) {
        if (a.length <= i || a[i] == Boolean.FALSE) return PLAIN;
        if (a[i] == HANG_UP || a[i] == TERMINATE) return (Symbol) a[i];
        throw Errors.contract(who, "(or/c #f 'hang-up 'terminate)", a[i]);
    }

    private static RacketThread me() {
        RacketThread me = RacketThread.current();
        return me != null ? me : Scheduler.enter();
    }

    static void register(PrimitiveTable kernel) {
        kernel.add(Primitive.ofN("break-thread", 1, 2, a -> {
            RacketThread th = ThreadPrims.thread("break-thread", a[0]);
            Symbol kind = kind("break-thread", a, 1);
            RacketThread me = Scheduler.enter();
            th.breakWith(kind);
            if (th == me) check(me);
            return VoidValue.VOID;
        }));
        kernel.add(Primitive.ofN("break-enabled", 0, 1, a -> {
            RacketThread me = me();
            if (a.length == 0) return enabled(me) ? Boolean.TRUE : Boolean.FALSE;
            cell(me).enabled = a[0] != Boolean.FALSE;
            check(me);
            return VoidValue.VOID;
        }));
        PrimitiveTable t = new PrimitiveTable("#%breaks");
        t.put("break-enabled-key", KEY);
        t.add(Primitive.of1("make-break-cell", on -> new Cell(on != Boolean.FALSE)));
        t.add(Primitive.of0("check-for-break", () -> {
            RacketThread me = RacketThread.current();
            if (me != null && me.pendingBreak != null) check(me);
            return VoidValue.VOID;
        }));
        org.jracket.runtime.module.PrimitiveModules.register(t);
    }
}
