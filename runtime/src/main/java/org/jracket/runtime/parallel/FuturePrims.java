package org.jracket.runtime.parallel;

import java.util.concurrent.atomic.AtomicLong;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.eval.PlaceContext;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.io.KernelAccess;
import org.jracket.runtime.prims.PrimitiveTable;

/** The primitive module {@code '#%futures} behind racket/future (the macros are in future.rkt). */
final class FuturePrims {
    private FuturePrims() {}

    private static final AtomicLong IDS = new AtomicLong();

    private static Object bool(boolean b) { return b ? Boolean.TRUE : Boolean.FALSE; }

    private static Procedure thunk(String who, Object v) {
        if (v instanceof Procedure p && p.acceptsArity(0)) return p;
        throw Errors.contract(who, "(procedure-arity-includes/c 0)", v);
    }

    private static FSemaphore fsema(String who, Object v) {
        if (v instanceof FSemaphore s) return s;
        throw Errors.contract(who, "fsemaphore?", v);
    }

    static int processorCount() { return Math.max(1, KernelAccess.syscalls().cpuCount()); }

    static PrimitiveTable table() {
        PrimitiveTable t = new PrimitiveTable("#%futures");
        t.add(Primitive.of1("future", v -> {
            Procedure p = thunk("future", v);
            Future f = new Future(PlaceContext.current(), p, IDS.incrementAndGet());
            f.created();
            FuturePool.get(processorCount()).submit(f);
            return f;
        }));
        t.add(Primitive.of1("would-be-future", v -> {
            Future f = new Future(PlaceContext.current(), thunk("would-be-future", v), IDS.incrementAndGet());
            f.created();
            return f;
        }));
        t.add(Primitive.of1("touch", v -> {
            if (v instanceof Future f) return f.touch();
            throw Errors.contract("touch", "future*?", v);
        }));
        t.add(Primitive.of1("future?", v -> bool(v instanceof Future)));
        t.add(Primitive.of0("futures-enabled?", () -> Boolean.TRUE));
        t.add(Primitive.of0("current-future", () -> {
            Future f = Future.running();
            return f == null ? Boolean.FALSE : f;
        }));
        t.add(Primitive.of0("processor-count", () -> (long) processorCount()));
        t.add(Primitive.of1("make-fsemaphore", n -> {
            if (!(n instanceof Long l) || l < 0) throw Errors.contract("make-fsemaphore", "exact-nonnegative-integer?", n);
            return new FSemaphore(l);
        }));
        t.add(Primitive.of1("fsemaphore?", v -> bool(v instanceof FSemaphore)));
        t.add(Primitive.of1("fsemaphore-post", v -> { fsema("fsemaphore-post", v).post(); return VoidValue.VOID; }));
        t.add(Primitive.of1("fsemaphore-wait", v -> { fsema("fsemaphore-wait", v).await(); return VoidValue.VOID; }));
        t.add(Primitive.of1("fsemaphore-try-wait?", v -> bool(fsema("fsemaphore-try-wait?", v).tryWait())));
        t.add(Primitive.of1("fsemaphore-count", v -> fsema("fsemaphore-count", v).count()));
        return t;
    }
}
