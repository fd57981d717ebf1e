package org.jracket.runtime.parallel;

import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.StructProperty;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/** The primitive module {@code '#%place} behind racket/place (the place forms are in place.rkt). */
final class PlacePrims {
    private PlacePrims() {}

    static final StructProperty PROP_PLACE_LOCATION =
        new StructProperty(Symbol.of("prop:place-location"), Boolean.FALSE, org.jracket.runtime.data.Null.NULL);

    private static Object bool(boolean b) { return b ? Boolean.TRUE : Boolean.FALSE; }

    static PlaceChannel channel(String who, Object v) {
        if (v instanceof PlaceChannel c) return c;
        if (v instanceof Place p) return p.channel;
        throw Errors.contract(who, "place-channel?", v);
    }

    static Place place(String who, Object v) {
        if (v instanceof Place p) return p;
        throw Errors.contract(who, "place?", v);
    }

    private static Symbol startName(String who, Object v) {
        if (v instanceof Symbol s) return s;
        throw Errors.contract(who, "symbol?", v);
    }

    /**
     * place-channel-get. A message already queued is taken at once (the common case when a
     * place streams messages), without the general sync; a future still goes through sync,
     * which suspends it.
     */
    static Object get(PlaceChannel c) {
        if (Future.workerRoot() == null) {
            Object m = c.poll(null, 0);
            if (m != BaseEvt.NOT_READY) return m;
        }
        return Sync.sync("place-channel-get", -1, new Object[] {c});
    }

    private static Place start(Object modulePath, Symbol startName) {
        Place p = PlaceStart.start(modulePath, startName);
        PlaceEvents.log("create", p.id);
        return p;
    }

    static PrimitiveTable table() {
        PrimitiveTable t = new PrimitiveTable("#%place");
        t.add(Primitive.of2("dynamic-place", (mp, name) -> start(mp, startName("dynamic-place", name))));
        t.add(Primitive.of2("dynamic-place*", (mp, name) -> MultipleValues.of(new Object[] {
            start(mp, startName("dynamic-place*", name)), Boolean.FALSE, Boolean.FALSE, Boolean.FALSE})));
        t.add(Primitive.of0("place-channel", () -> MultipleValues.of(PlaceChannel.pair())));
        t.add(Primitive.of2("place-channel-put", (c, v) -> {
            channel("place-channel-put", c).put(v);
            return VoidValue.VOID;
        }));
        t.add(Primitive.of1("place-channel-get", c -> get(channel("place-channel-get", c))));
        t.add(Primitive.of2("place-channel-put/get", (c, v) -> {
            PlaceChannel ch = channel("place-channel-put/get", c);
            ch.put(v);
            return get(ch);
        }));
        t.add(Primitive.of1("place-channel?", v -> bool(v instanceof PlaceChannel || v instanceof Place)));
        t.add(Primitive.of1("place?", v -> bool(v instanceof Place)));
        t.add(Primitive.of1("place-wait", v -> {
            Place p = place("place-wait", v);
            Sync.sync("place-wait", -1, new Object[] {new PlaceDeadEvt(p)});
            p.reap();
            return (long) p.status();
        }));
        t.add(Primitive.of1("place-kill", v -> {
            Place p = place("place-kill", v);
            RacketThread me = Scheduler.enter();
            me.scheduler.outside(me, () -> { p.kill(); return null; });
            p.reap();
            return VoidValue.VOID;
        }));
        t.add(Primitive.ofN("place-break", 1, 2, a -> {
            place("place-break", a[0]).breakMain(Breaks.kind("place-break", a, 1));
            return VoidValue.VOID;
        }));
        t.add(Primitive.of1("place-dead-evt", v -> new PlaceDeadEvt(place("place-dead-evt", v))));
        t.add(Primitive.of0("place-enabled?", () -> Boolean.TRUE));
        t.add(Primitive.of1("place-message-allowed?", v -> bool(PlaceMessages.allowed(v))));
        t.add(Primitive.of1("place-location?", v -> bool(v instanceof org.jracket.runtime.data.Struct s
            && s.type.prop(PROP_PLACE_LOCATION) != null)));
        t.put("prop:place-location", PROP_PLACE_LOCATION);
        return t;
    }
}
