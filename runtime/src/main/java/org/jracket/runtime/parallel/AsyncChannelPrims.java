package org.jracket.runtime.parallel;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/** The primitive module {@code '#%async-channel} behind racket/async-channel. */
final class AsyncChannelPrims {
    private AsyncChannelPrims() {}

    private static AsyncChannel ac(String who, Object v) {
        if (v instanceof AsyncChannel c) return c;
        throw Errors.contract(who, "async-channel?", v);
    }

    static PrimitiveTable table() {
        PrimitiveTable t = new PrimitiveTable("#%async-channel");
        t.add(Primitive.ofN("make-async-channel", 0, 1, a -> {
            Object limit = a.length == 0 ? Boolean.FALSE : a[0];
            if (limit == Boolean.FALSE) return new AsyncChannel(null);
            if (limit instanceof Long l && l > 0) return new AsyncChannel(l);
            throw Errors.contract("make-async-channel", "(or/c #f exact-positive-integer?)", limit);
        }));
        t.add(Primitive.of1("async-channel?", v -> v instanceof AsyncChannel ? Boolean.TRUE : Boolean.FALSE));
        t.add(Primitive.of1("async-channel-get", c -> Sync.sync("async-channel-get", -1, new Object[] {ac("async-channel-get", c)})));
        t.add(Primitive.of1("async-channel-try-get", c -> {
            Object r = Sync.sync("async-channel-try-get", 0, new Object[] {ac("async-channel-try-get", c)});
            return r == Sync.TIMED_OUT ? Boolean.FALSE : r;
        }));
        t.add(Primitive.of2("async-channel-put", (c, v) -> {
            Sync.sync("async-channel-put", -1, new Object[] {new AsyncChannel.PutEvt(ac("async-channel-put", c), v)});
            return VoidValue.VOID;
        }));
        t.add(Primitive.of2("async-channel-put-evt", (c, v) -> new AsyncChannel.PutEvt(ac("async-channel-put-evt", c), v)));
        return t;
    }
}
