package org.jracket.runtime.parallel;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/** sync and the event constructors, sleep, channels and semaphores (racket/base). */
final class SyncPrims {
    private SyncPrims() {}

    private static Object bool(boolean b) { return b ? Boolean.TRUE : Boolean.FALSE; }

    private static Object[] rest(Object[] a, int from) {
        Object[] r = new Object[a.length - from];
        System.arraycopy(a, from, r, 0, r.length);
        return r;
    }

    private static double nonNegReal(Object v) {
        if (v instanceof Long l) return l;
        if (v instanceof Double d) return d;
        if (v instanceof java.math.BigInteger b) return b.doubleValue();
        if (v instanceof Number n) return n.doubleValue();
        return Double.NaN;
    }

    private static boolean isReal(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof java.math.BigInteger
            || v instanceof org.jracket.runtime.num.Ratnum;
    }

    private static double realValue(Object v) {
        if (v instanceof org.jracket.runtime.num.Ratnum) {
            return ((Number) ((Procedure) org.jracket.runtime.prims.KernelPrimitives.table().get("exact->inexact")).apply1(v)).doubleValue();
        }
        return nonNegReal(v);
    }

    static long secondsToNanos(double secs) {
        double n = secs * 1e9;
        return n >= 9e18 ? Long.MAX_VALUE / 4 : (long) n;
    }

    private static Object syncTimeout(String who, Object[] a) {
        Object timeout = a[0];
        Object[] evts = rest(a, 1);
        if (timeout == Boolean.FALSE) return Sync.sync(who, -1, evts);
        if (timeout instanceof Procedure p && p.acceptsArity(0)) {
            Object r = Sync.sync(who, 0, evts);
            return r == Sync.TIMED_OUT ? p.apply0() : r;
        }
        if (!isReal(timeout) || !(realValue(timeout) >= 0)) {
            throw Errors.contract(who, "(or/c #f (and/c real? (not/c negative?)) (-> any))", timeout);
        }
        Object r = Sync.sync(who, secondsToNanos(realValue(timeout)), evts);
        return r == Sync.TIMED_OUT ? Boolean.FALSE : r;
    }

    static void register(PrimitiveTable t) {
        t.add(Primitive.ofN("sync", 0, -1, a -> Sync.sync("sync", -1, a)));
        t.add(Primitive.ofN("sync/enable-break", 0, -1, a -> Sync.sync("sync/enable-break", -1, a)));
        t.add(Primitive.ofN("sync/timeout", 1, -1, a -> syncTimeout("sync/timeout", a)));
        t.add(Primitive.ofN("sync/timeout/enable-break", 1, -1, a -> syncTimeout("sync/timeout/enable-break", a)));
        t.add(Primitive.of1("evt?", v -> bool(Sync.isEvt(v))));
        t.add(Primitive.ofN("choice-evt", 0, -1, a -> {
            for (int i = 0; i < a.length; i++) if (!Sync.isEvt(a[i])) throw Errors.contractArg("choice-evt", "evt?", i, a);
            return new ChoiceEvt(a.clone());
        }));
        t.add(Primitive.of2("wrap-evt", (e, p) -> wrap("wrap-evt", e, p, false)));
        t.add(Primitive.of2("handle-evt", (e, p) -> wrap("handle-evt", e, p, true)));
        t.add(Primitive.of1("handle-evt?", v -> bool(v instanceof WrapEvt w && w.handle)));
        t.add(Primitive.of1("guard-evt", p -> guard("guard-evt", p, 0, false)));
        t.add(Primitive.of1("nack-guard-evt", p -> guard("nack-guard-evt", p, 1, true)));
        t.add(Primitive.of1("poll-guard-evt", p -> {
            Procedure f = (Procedure) guard("poll-guard-evt", p, 1, false).proc;
            return new GuardEvt(Primitive.of0("poll-guard", () -> f.apply1(Boolean.FALSE)), false);
        }));
        t.add(Primitive.ofN("alarm-evt", 1, 2, a -> {
            if (!isReal(a[0])) throw Errors.contract("alarm-evt", "real?", a[0]);
            return new AlarmEvt(realValue(a[0]));
        }));
        t.put("always-evt", ConstantEvt.ALWAYS);
        t.put("never-evt", ConstantEvt.NEVER);
        t.add(Primitive.of0("system-idle-evt", SystemIdleEvt::new));
        t.add(Primitive.ofN("sleep", 0, 1, a -> {
            Object secs = a.length == 0 ? Long.valueOf(0) : a[0];
            if (!isReal(secs) || !(realValue(secs) >= 0)) throw Errors.contract("sleep", "(>=/c 0)", secs);
            double s = realValue(secs);
            RacketThread me = Scheduler.enter();
            if (s == 0) me.scheduler.yieldNow(me);
            else Sync.sync("sleep", Math.max(1, secondsToNanos(s)), new Object[0]);
            return VoidValue.VOID;
        }));
        registerChannels(t);
        registerSemaphores(t);
    }

    private static WrapEvt wrap(String who, Object e, Object p, boolean handle) {
        if (!Sync.isEvt(e)) throw Errors.contractArg(who, "evt?", 0, new Object[] {e, p});
        if (!(p instanceof Procedure proc)) throw Errors.contractArg(who, "procedure?", 1, new Object[] {e, p});
        return new WrapEvt(e, proc, handle);
    }

    private static GuardEvt guard(String who, Object p, int arity, boolean nack) {
        if (!(p instanceof Procedure proc) || !proc.acceptsArity(arity)) {
            throw Errors.contract(who, "(procedure-arity-includes/c " + arity + ")", p);
        }
        return new GuardEvt(proc, nack);
    }

    static Channel channel(String who, Object v) {
        if (v instanceof Channel c) return c;
        throw Errors.contract(who, "channel?", v);
    }

    private static void registerChannels(PrimitiveTable t) {
        t.add(Primitive.of0("make-channel", Channel::new));
        t.add(Primitive.of1("channel?", v -> bool(v instanceof Channel)));
        t.add(Primitive.of1("channel-get", c -> Sync.sync("channel-get", -1, new Object[] {channel("channel-get", c)})));
        t.add(Primitive.of1("channel-try-get", c -> {
            Object r = Sync.sync("channel-try-get", 0, new Object[] {channel("channel-try-get", c)});
            return r == Sync.TIMED_OUT ? Boolean.FALSE : r;
        }));
        t.add(Primitive.of2("channel-put", (c, v) -> {
            Channel ch = channel("channel-put", c);
            Sync.sync("channel-put", -1, new Object[] {new ChannelPutEvt(ch, v)});
            return VoidValue.VOID;
        }));
        t.add(Primitive.of2("channel-put-evt", (c, v) -> new ChannelPutEvt(channel("channel-put-evt", c), v)));
        t.add(Primitive.of1("channel-put-evt?", v -> bool(v instanceof ChannelPutEvt)));
    }

    static Semaphore semaphore(String who, Object v) {
        if (v instanceof Semaphore s) return s;
        throw Errors.contract(who, "semaphore?", v);
    }

    private static void registerSemaphores(PrimitiveTable t) {
        t.add(Primitive.ofN("make-semaphore", 0, 1, a -> {
            Object n = a.length == 0 ? Long.valueOf(0) : a[0];
            if (!(n instanceof Long l) || l < 0) throw Errors.contract("make-semaphore", "exact-nonnegative-integer?", n);
            return new Semaphore(l);
        }));
        t.add(Primitive.of1("semaphore?", v -> bool(v instanceof Semaphore)));
        t.add(Primitive.of1("semaphore-post", v -> {
            Semaphore s = semaphore("semaphore-post", v);
            Scheduler.enter();
            s.post();
            return VoidValue.VOID;
        }));
        t.add(Primitive.of1("semaphore-wait", v -> semaphoreWait("semaphore-wait", v)));
        t.add(Primitive.of1("semaphore-wait/enable-break", v -> semaphoreWait("semaphore-wait/enable-break", v)));
        t.add(Primitive.of1("semaphore-try-wait?", v -> {
            Semaphore s = semaphore("semaphore-try-wait?", v);
            Scheduler.enter();
            return bool(s.tryWait());
        }));
        t.add(Primitive.of1("semaphore-peek-evt", v -> new SemaphorePeekEvt(semaphore("semaphore-peek-evt", v))));
        t.add(Primitive.of1("semaphore-peek-evt?", v -> bool(v instanceof SemaphorePeekEvt)));
        t.add(Primitive.ofN("call-with-semaphore", 2, -1, a -> callWithSemaphore("call-with-semaphore", a)));
        t.add(Primitive.ofN("call-with-semaphore/enable-break", 2, -1, a -> callWithSemaphore("call-with-semaphore/enable-break", a)));
    }

    private static Object semaphoreWait(String who, Object v) {
        Semaphore s = semaphore(who, v);
        Scheduler.enter();
        if (!s.tryWait()) Sync.sync(who, -1, new Object[] {s});
        return VoidValue.VOID;
    }

    private static Object callWithSemaphore(String who, Object[] a) {
        Semaphore s = semaphore(who, a[0]);
        if (!(a[1] instanceof Procedure proc)) throw Errors.contractArg(who, "procedure?", 1, a);
        Object fail = a.length > 2 ? a[2] : Boolean.FALSE;
        Object[] args = rest(a, Math.min(3, a.length));
        Scheduler.enter();
        if (fail != Boolean.FALSE) {
            if (!s.tryWait()) return ((Procedure) fail).apply0();
        } else if (!s.tryWait()) {
            Sync.sync(who, -1, new Object[] {s});
        }
        try {
            return proc.apply(args);
        } finally {
            Scheduler.enter();
            s.post();
        }
    }
}
