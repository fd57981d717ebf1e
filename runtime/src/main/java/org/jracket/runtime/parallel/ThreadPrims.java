package org.jracket.runtime.parallel;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.eval.Parameter;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/** Threads, mailboxes, thread cells and custodians (racket/base). */
final class ThreadPrims {
    private ThreadPrims() {}

    static final Custodian ROOT_CUSTODIAN = new Custodian(null);
    static final Parameter CURRENT_CUSTODIAN = new Parameter("current-custodian", ROOT_CUSTODIAN, null);

    static Custodian currentCustodian(RacketThread me) {
        return CURRENT_CUSTODIAN.get() instanceof Custodian c ? c : me.scheduler.rootCustodian;
    }

    static RacketThread thread(String who, Object v) {
        if (v instanceof RacketThread t) return t;
        throw Errors.contract(who, "thread?", v);
    }

    private static Object bool(boolean b) { return b ? Boolean.TRUE : Boolean.FALSE; }

    static void register(PrimitiveTable t) {
        t.add(Primitive.of1("thread", thunk -> {
            if (!(thunk instanceof Procedure p) || !p.acceptsArity(0)) {
                throw Errors.contract("thread", "(procedure-arity-includes/c 0)", thunk);
            }
            RacketThread me = Scheduler.enter();
            return ThreadStart.start(me, p, currentCustodian(me));
        }));
        t.add(Primitive.of1("thread/suspend-to-kill", thunk -> {
            if (!(thunk instanceof Procedure p) || !p.acceptsArity(0)) {
                throw Errors.contract("thread/suspend-to-kill", "(procedure-arity-includes/c 0)", thunk);
            }
            RacketThread me = Scheduler.enter();
            return ThreadStart.start(me, p, currentCustodian(me));
        }));
        t.add(Primitive.of1("thread?", v -> bool(v instanceof RacketThread)));
        t.add(Primitive.of0("current-thread", Scheduler::enter));
        t.add(Primitive.of1("thread-wait", v -> {
            RacketThread th = thread("thread-wait", v);
            Sync.sync("thread-wait", -1, new Object[] {th});
            return VoidValue.VOID;
        }));
        t.add(Primitive.of1("kill-thread", v -> {
            RacketThread th = thread("kill-thread", v);
            RacketThread me = Scheduler.enter();
            th.kill();
            if (th == me) {
                me.scheduler.release();
                throw ThreadKilled.INSTANCE;
            }
            return VoidValue.VOID;
        }));
        t.add(Primitive.of1("thread-suspend", v -> {
            RacketThread th = thread("thread-suspend", v);
            RacketThread me = Scheduler.enter();
            if (!th.isDead()) th.suspended = true;
            if (th == me) me.scheduler.yieldNow(me);
            return VoidValue.VOID;
        }));
        t.add(Primitive.ofN("thread-resume", 1, 2, a -> {
            RacketThread th = thread("thread-resume", a[0]);
            Scheduler.enter();
            th.suspended = false;
            Thread jt = th.javaThread;
            if (jt != null) java.util.concurrent.locks.LockSupport.unpark(jt);
            return VoidValue.VOID;
        }));
        t.add(Primitive.of1("thread-running?", v -> {
            RacketThread th = thread("thread-running?", v);
            Scheduler.enter();
            return bool(th.isRunning());
        }));
        t.add(Primitive.of1("thread-dead?", v -> {
            RacketThread th = thread("thread-dead?", v);
            Scheduler.enter();
            return bool(th.isDead());
        }));
        t.add(Primitive.of1("thread-dead-evt", v -> new ThreadDeadEvt(thread("thread-dead-evt", v))));
        t.add(Primitive.of1("thread-suspend-evt", v -> { thread("thread-suspend-evt", v); return ConstantEvt.NEVER; }));
        t.add(Primitive.of1("thread-resume-evt", v -> { thread("thread-resume-evt", v); return ConstantEvt.NEVER; }));
        registerMailbox(t);
        registerCells(t);
        registerCustodians(t);
    }

    private static void registerMailbox(PrimitiveTable t) {
        t.add(Primitive.ofN("thread-send", 2, 3, a -> {
            RacketThread th = thread("thread-send", a[0]);
            Scheduler.enter();
            if (!th.isDead()) {
                th.send(a[1]);
                return VoidValue.VOID;
            }
            if (a.length == 3) return a[2] instanceof Procedure p ? p.apply0() : a[2];
            throw Errors.fail("thread-send: target thread is not running");
        }));
        t.add(Primitive.of0("thread-receive", () -> {
            RacketThread me = Scheduler.enter();
            return Sync.sync("thread-receive", -1, new Object[] {new MailboxEvt(me)});
        }));
        t.add(Primitive.of0("thread-try-receive", () -> {
            RacketThread me = Scheduler.enter();
            return me.mailbox.isEmpty() ? Boolean.FALSE : me.mailbox.pollFirst();
        }));
        t.add(Primitive.of0("thread-receive-evt", () -> new ThreadReceiveEvt(Scheduler.enter())));
        t.add(Primitive.of1("thread-rewind-receive", lst -> {
            RacketThread me = Scheduler.enter();
            for (Object l = lst; l instanceof org.jracket.runtime.data.Pair p; l = p.cdr) me.mailbox.addFirst(p.car);
            return VoidValue.VOID;
        }));
    }

    private static ThreadCell cell(String who, Object v) {
        if (v instanceof ThreadCell c) return c;
        throw Errors.contract(who, "thread-cell?", v);
    }

    /** Thread cells live in the current Racket thread, so the place's main thread is adopted first. */
    private static void enterUnlessFuture() {
        if (RacketThread.current() == null && Future.workerRoot() == null) Scheduler.enter();
    }

    private static void registerCells(PrimitiveTable t) {
        t.add(Primitive.ofN("make-thread-cell", 1, 2, a -> new ThreadCell(a[0], a.length > 1 && a[1] != Boolean.FALSE)));
        t.add(Primitive.of1("thread-cell?", v -> bool(v instanceof ThreadCell)));
        t.add(Primitive.of1("thread-cell-ref", v -> {
            ThreadCell c = cell("thread-cell-ref", v);
            enterUnlessFuture();
            return c.get();
        }));
        t.add(Primitive.of2("thread-cell-set!", (v, x) -> {
            ThreadCell c = cell("thread-cell-set!", v);
            enterUnlessFuture();
            c.set(x);
            return VoidValue.VOID;
        }));
    }

    private static void registerCustodians(PrimitiveTable t) {
        t.put("current-custodian", CURRENT_CUSTODIAN);
        t.add(Primitive.ofN("make-custodian", 0, 1, a -> {
            RacketThread me = Scheduler.enter();
            Custodian parent = a.length == 0 ? currentCustodian(me) : custodian("make-custodian", a[0]);
            return new Custodian(parent);
        }));
        t.add(Primitive.of1("custodian?", v -> bool(v instanceof Custodian)));
        t.add(Primitive.of1("custodian-shutdown-all", v -> {
            Custodian c = custodian("custodian-shutdown-all", v);
            RacketThread me = Scheduler.enter();
            c.shutdownAll();
            if (me.killed) {
                me.scheduler.release();
                throw ThreadKilled.INSTANCE;
            }
            return VoidValue.VOID;
        }));
        t.add(Primitive.of1("custodian-shut-down?", v -> bool(custodian("custodian-shut-down?", v).isShutDown())));
    }

    private static Custodian custodian(String who, Object v) {
        if (v instanceof Custodian c) return c;
        throw Errors.contract(who, "custodian?", v);
    }
}
