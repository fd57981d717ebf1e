package org.jracket.runtime.parallel;

import java.util.concurrent.CountDownLatch;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.boot.Boot;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.eval.Evaluator;
import org.jracket.runtime.eval.PlaceContext;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.io.KernelAccess;
import org.jracket.runtime.io.Ports;
import org.jracket.runtime.namespace.Namespace;

/**
 * Creates a place: a child kernel task (inheriting descriptors, so its standard output and
 * error go where the creator's do) that boots a fresh runtime instance: its own place
 * context, parameters, namespace and module instances. Module declarations come from the
 * host-wide declaration cache, so racket/base is not read or expanded again. The place then
 * calls the start function with its end of the place channel; returning ends it with
 * status 0, an uncaught error with 1, {@code (exit n)} with n.
 */
final class PlaceStart {
    private PlaceStart() {}

    /** Java stack of a place's main thread, and the Racket call depth it allows before spilling. */
    private static final long PLACE_STACK = 512L << 20;
    private static final int PLACE_MAX_DEPTH = 20_000;

    static Place start(Object modulePath, Symbol startName) {
        SystemCalls parent = KernelAccess.syscalls();
        PlaceChannel[] ends = PlaceChannel.pair();
        Place place = new Place(ends[0], parent);
        Object mp = modulePath instanceof org.jracket.runtime.io.Path p
            ? Pair.list(Symbol.of("file"), MString.immutable(p.text)) : modulePath;
        int pid = parent.spawnTask("place", child -> runTask(child, place, mp, startName, ends[1]));
        if (pid < 0) throw Errors.fail("dynamic-place: could not create a place");
        place.pid = pid;
        place.watch();
        return place;
    }

    /** The task's first thread: runs the place on a thread with a large stack and waits for it. */
    private static int runTask(SystemCalls child, Place place, Object mp, Symbol startName, PlaceChannel ch) {
        int[] status = {1};
        CountDownLatch done = new CountDownLatch(1);
        int tid = child.spawnThread("place-main", PLACE_STACK, () -> {
            try {
                status[0] = runPlace(child, place, mp, startName, ch);
            } catch (ThreadKilled killed) {
                status[0] = Place.KILLED_STATUS;
            } finally {
                done.countDown();
            }
        });
        if (tid < 0) return 1;
        try {
            done.await();
        } catch (InterruptedException e) {
            // the task ended (exit or kill) while the place ran: its status is already set
        }
        return status[0];
    }

    private static int runPlace(SystemCalls child, Place place, Object mp, Symbol startName, PlaceChannel ch) {
        Boot.initialize(child, PLACE_MAX_DEPTH);
        PlaceEvents.enter(place.id);
        Scheduler s = Scheduler.of(PlaceContext.current());
        place.scheduler = s;
        if (place.isKilled()) return Place.KILLED_STATUS;
        place.mainStarted(s.adopt(Thread.currentThread(), null));
        try {
            Namespace ns = new Namespace();
            Namespace.CURRENT.set(ns);
            Object r = Evaluator.atTopLevel(() -> {
                Object f = ns.dynamicRequire(mp, startName);
                if (!(f instanceof Procedure p)) throw Errors.contract("dynamic-place", "procedure?", f);
                p.apply1(ch);
                return VoidValue.VOID;
            });
            Ports.flushAtExit();
            org.jracket.runtime.io.Plumber.forgetTask();
            return r == Evaluator.ABORTED ? 1 : 0;
        } finally {
            s.release();
        }
    }
}
